import FoundationEssentials

/// HTTP dates as `Retry-After` may carry them: "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110's
/// IMF-fixdate; the day may have one digit, the zone may be GMT, UTC, UT or "+hhmm"/"-hhmm").
enum HTTPDate {
    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The instant `text` names, nil when it is not an HTTP date.
    static func date(_ text: String) -> Date? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 6, parts[0].hasSuffix(","),
              weekdays.contains(parts[0].dropLast().lowercased()),
              let day = number(parts[1], digits: 1...2), (1...31).contains(day),
              let month = months.firstIndex(of: parts[2].lowercased()).map({ $0 + 1 }),
              let year = number(parts[3], digits: 4...4),
              let offset = zoneOffset(parts[5]) else { return nil }
        let clock = parts[4].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3,
              let hour = number(clock[0], digits: 2...2), hour < 24,
              let minute = number(clock[1], digits: 2...2), minute < 60,
              let second = number(clock[2], digits: 2...2), second < 61,
              day <= daysIn(month: month, year: year) else { return nil }
        let days = daysSince1970(year: year, month: month, day: day)
        let seconds = ((days * 24 + hour) * 60 + minute) * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static func number(_ text: Substring, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// Seconds east of GMT.
    private static func zoneOffset(_ text: Substring) -> Int? {
        switch text.uppercased() {
        case "GMT", "UTC", "UT", "Z": return 0
        default:
            guard let sign = text.first, sign == "+" || sign == "-",
                  let value = number(text.dropFirst(), digits: 4...4) else { return nil }
            let seconds = (value / 100 * 60 + value % 100) * 60
            return sign == "-" ? -seconds : seconds
        }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to the date in the proleptic Gregorian calendar.
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
