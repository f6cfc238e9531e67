import ScreenKit
import TrunkModel

/// The one geometry of the audit trail: how each line wraps and how many rows the overlay has,
/// used by the reducer to keep the selected line in view and by `AuditOverlay` to draw.
enum AuditTrailLayout {
    /// The width each line wraps at inside a body `bodyWidth` wide (border, margin and marker).
    static func wrapWidth(bodyWidth: Int) -> Int { max(10, bodyWidth - 6) }

    /// The rows for lines inside a body `bodyRows` high, at the tallest (border and footer).
    static func rows(bodyRows: Int) -> Int { max(1, bodyRows - 3) }

    /// The body of a terminal `rows` × `columns` (header and status line off).
    static func body(rows: Int, columns: Int) -> (rows: Int, width: Int) { (rows - 2, columns) }

    /// The text of `entry`, wrapped at `width`.
    static func lines(_ entry: AuditEntry, width: Int) -> [String] {
        TextWrap.wrap(TerminalSafeText.line(entry.summary), width: width, continuationIndent: 2)
    }

    /// The first line in view that keeps `trail`'s selection in view, as near `trail.top` as it
    /// can be: the selection at the top when it is above, else the fewest steps down from `top`
    /// that show the whole selected line.
    static func top(_ trail: AuditTrailState, width: Int, rows: Int) -> Int {
        let selection = trail.selection
        guard trail.shown.indices.contains(selection) else { return 0 }
        if selection <= trail.top { return selection }
        // The earliest top from which the lines down to the selection fit.
        var earliest = selection
        var used = lines(trail.entries[trail.shown[selection]], width: width).count
        while earliest > trail.top {
            let above = lines(trail.entries[trail.shown[earliest - 1]], width: width).count
            guard used + above <= rows else { break }
            used += above
            earliest -= 1
        }
        return max(trail.top, earliest)
    }

    /// How many lines, from `top`, are wholly in `rows` (at least one).
    static func linesInView(_ trail: AuditTrailState, from top: Int, width: Int, rows: Int) -> Int {
        var used = 0
        var count = 0
        for index in top..<trail.shown.count {
            used += lines(trail.entries[trail.shown[index]], width: width).count
            if used > rows { break }
            count += 1
        }
        return max(1, count)
    }
}
