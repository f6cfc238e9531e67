import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ScreenKit

/// What the `:messages` overlay says: this run's status messages, the newest first, each whole
/// and wrapped under its text, after the time it was shown. The reducer scrolls by it and
/// `MessagesOverlay` draws it.
enum MessagesText {
    /// The overlay's title.
    static let title = "Messages (newest first)"

    /// The lines for the log at `width` columns (inside the overlay's border), times in
    /// `timeZone` or, when nil, in the machine's local time.
    static func lines(_ log: MessageLog, width: Int, timeZone: TimeZone? = nil) -> [StyledLine] {
        guard !log.entries.isEmpty else { return [StyledLine(" No messages yet in this run.", .muted)] }
        var lines: [StyledLine] = []
        for entry in log.entries.reversed() {
            let time = " " + clock(entry.time, timeZone: timeZone) + " "
            let (sign, role) = mark(entry.message.kind)
            let lead = DisplayWidth.of(time) + DisplayWidth.of(sign)
            let wrapped = TextWrap.wrap(entry.message.text, width: max(10, width - lead - 1))
            for (index, part) in wrapped.enumerated() {
                lines.append(index == 0
                    ? StyledLine([(time, .muted), (sign, role), (part, role == .statusBar ? .dialog : role)])
                    : StyledLine([(String(repeating: " ", count: lead), .dialog), (part, role == .statusBar ? .dialog : role)]))
            }
        }
        return lines
    }

    /// The status line while the overlay is open.
    static func hint(_ state: AppState) -> String {
        " \(HelpText.scrollKeys(state)) scroll · any other key closes the messages"
    }

    /// The overlay's bottom row: where the text stands when it scrolls, and the keys.
    static func footer(_ state: AppState, top: Int, shown: Int, total: Int, width: Int) -> String {
        HelpText.footer(state, top: top, shown: shown, total: total, width: width)
    }

    /// The sign and role of a message of `kind`, as the status line shows it.
    static func mark(_ kind: StatusMessage.Kind) -> (String, StyleRole) {
        switch kind {
        case .error: ("✗ ", .error)
        case .warning: ("⚠ ", .warning)
        case .success: ("✓ ", .ok)
        case .info: ("  ", .statusBar)
        }
    }

    /// "14:03:27" in `timeZone`, or when nil in the machine's local time (`TZ`, else
    /// /etc/localtime, as the C library reads them).
    static func clock(_ date: Date, timeZone: TimeZone?) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let offset = timeZone.map { $0.secondsFromGMT(for: date) } ?? localOffset(at: seconds)
        let ofDay = ((seconds + offset) % 86_400 + 86_400) % 86_400
        return [ofDay / 3600, ofDay / 60 % 60, ofDay % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }

    /// Seconds east of UTC of the local time at `seconds` since 1970.
    private static func localOffset(at seconds: Int) -> Int {
        var time = time_t(seconds)
        var parts = tm()
        guard localtime_r(&time, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }

    /// The body a terminal of `size` gives the overlay, and the rows of text inside it (less the
    /// border and the key line).
    static func textRows(for size: ScreenSize) -> (width: Int, rows: Int) {
        (max(1, size.columns - 2), max(1, size.rows - 2 - 3))
    }

    /// The largest useful scroll offset for `log` at `size`.
    static func maxScroll(_ log: MessageLog, size: ScreenSize) -> Int {
        let room = textRows(for: size)
        return max(0, lines(log, width: room.width).count - room.rows)
    }
}
