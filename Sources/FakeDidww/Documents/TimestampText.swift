import Foundation

/// Formats instants the way the API does: ISO-8601 UTC with milliseconds and `Z`.
enum TimestampText {
    /// The text for a number of milliseconds since 1970, e.g. `2026-04-23T19:52:20.859Z`.
    static func format(millisecondsSince1970 milliseconds: Int64) -> String {
        let date = Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
        return date.formatted(style)
    }

    /// The text for the current instant.
    static func now() -> String {
        format(millisecondsSince1970: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)))
    }

    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
}
