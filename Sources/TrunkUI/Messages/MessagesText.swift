import Foundation
import ScreenKit

/// What the `:messages` overlay says: this run's status messages, the newest first, each whole
/// and wrapped under its text, after the time it was shown. The reducer scrolls by it and
/// `MessagesOverlay` draws it.
enum MessagesText {
    /// The overlay's title.
    static let title = "Messages (newest first)"

    /// The lines for the log at `width` columns (inside the overlay's border).
    static func lines(_ log: MessageLog, width: Int, timeZone: TimeZone = .current) -> [StyledLine] {
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

    /// "14:03:27" in `timeZone`.
    static func clock(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return [parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
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
