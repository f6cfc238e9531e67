/// The one rule for a cursor in a list of rows (the trunk list, the form's fields, a picker, the
/// list and DID editors, the draft offer, the help's lines): it moves by a step and stays on a row.
enum ListCursor {
    /// `position` moved by `delta`, kept within `0..<count` (0 when the list is empty).
    static func moved(_ position: Int, by delta: Int, count: Int) -> Int {
        clamped(position + delta, count: count)
    }

    /// Where a scrolling command moves the first line shown of something `last + 1` lines long,
    /// `page` lines a page; nil for a command that does not scroll (it closes an overlay).
    static func scrolled(_ command: Command?, from current: Int, last: Int, page: Int) -> Int? {
        switch command {
        case .moveDown?: moved(current, by: 1, count: last + 1)
        case .moveUp?: moved(current, by: -1, count: last + 1)
        case .pageDown?: moved(current, by: page, count: last + 1)
        case .pageUp?: moved(current, by: -page, count: last + 1)
        case .top?: 0
        case .bottom?: last
        default: nil
        }
    }

    /// `position` kept within `0..<count` (0 when the list is empty).
    static func clamped(_ position: Int, count: Int) -> Int {
        max(0, min(position, count - 1))
    }
}
