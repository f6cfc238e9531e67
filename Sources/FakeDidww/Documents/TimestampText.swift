import Foundation

/// Formats instants the way the API does: ISO-8601 UTC with milliseconds and `Z`.
enum TimestampText {
    /// The text for a number of milliseconds since 1970, e.g. `2026-04-23T19:52:20.859Z`, exactly
    /// as `Date.ISO8601FormatStyle` writes it. Years 1970–9999 are written digit by digit
    /// (seeding writes one per trunk); others by Foundation.
    static func format(millisecondsSince1970 milliseconds: Int64) -> String {
        guard milliseconds >= 0, milliseconds < 253_402_300_800_000 else {
            return Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000).formatted(style)
        }
        let days = milliseconds / 86_400_000
        var rest = milliseconds % 86_400_000
        let (year, month, day) = civilDate(daysSince1970: days)
        let hour = rest / 3_600_000
        rest %= 3_600_000
        let minute = rest / 60_000
        rest %= 60_000
        let second = rest / 1000
        // As Foundation's style writes it: the fraction of the seconds since 2001 (what `Date`
        // holds) as a double, truncated, so that 999 ms can read .998.
        let seconds = Double(milliseconds) / 1000 - Date.timeIntervalBetween1970AndReferenceDate
        let millisecond = Int64((seconds - seconds.rounded(.down)) * 1000)
        return String(unsafeUninitializedCapacity: 24) { buffer in
            var at = 0
            func put(_ value: Int64, digits: Int) {
                var divisor: Int64 = 1
                for _ in 1..<digits { divisor *= 10 }
                while divisor > 0 {
                    buffer[at] = UInt8(ascii: "0") + UInt8((value / divisor) % 10)
                    at += 1
                    divisor /= 10
                }
            }
            func put(_ character: Unicode.Scalar) {
                buffer[at] = UInt8(ascii: character)
                at += 1
            }
            put(year, digits: 4); put("-"); put(month, digits: 2); put("-"); put(day, digits: 2); put("T")
            put(hour, digits: 2); put(":"); put(minute, digits: 2); put(":"); put(second, digits: 2); put(".")
            put(millisecond, digits: 3); put("Z")
            return at
        }
    }

    /// The text for the current instant.
    static func now() -> String {
        format(millisecondsSince1970: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)))
    }

    /// Year, month and day of the proleptic Gregorian calendar for a day count from 1970-01-01
    /// (not negative), after Howard Hinnant's `civil_from_days`.
    private static func civilDate(daysSince1970: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = daysSince1970 + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
}
