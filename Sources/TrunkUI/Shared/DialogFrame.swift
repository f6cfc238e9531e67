import ScreenKit

/// Where a dialog goes and how big it is: as big as its content (borders included), never
/// narrower than a sensible minimum, never past the body's margins, centred in the body.
/// A dialog whose content is taller than the room scrolls inside the tallest frame.
enum DialogFrame {
    /// The dialog's rectangle for content `width` × `height` cells (inside the border).
    /// `maximumWidth` caps the outer width below the body's (e.g. 72 for a message).
    static func rect(contentWidth: Int, contentHeight: Int, title: String, in body: Rect,
                     minimumWidth: Int = 44, maximumWidth: Int? = nil, margin: Int = 1) -> Rect {
        let widest = min(maximumWidth ?? Int.max, body.width - 2 * margin)
        // The title sits in the top border after "┌─ " and needs room for " ─┐" after it.
        let natural = max(contentWidth, DisplayWidth.of(title) + 4) + 2
        let width = max(0, min(widest, max(minimumWidth, natural)))
        let height = max(0, min(body.height - 2 * margin, contentHeight + 2))
        return Rect(row: body.row + max(0, (body.height - height) / 2),
                    column: body.column + max(0, (body.width - width) / 2), height: height, width: width)
    }
}

extension StyledLine {
    /// The display width of the line's text.
    var width: Int { pieces.reduce(0) { $0 + DisplayWidth.of($1.text) } }
}
