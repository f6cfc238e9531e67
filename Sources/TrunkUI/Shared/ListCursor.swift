/// The one rule for a cursor in a list of rows (the trunk list, the form's fields, a picker, the
/// list and DID editors, the draft offer, the help's lines): it moves by a step and stays on a row.
enum ListCursor {
    /// `position` moved by `delta`, kept within `0..<count` (0 when the list is empty).
    static func moved(_ position: Int, by delta: Int, count: Int) -> Int {
        clamped(position + delta, count: count)
    }

    /// `position` kept within `0..<count` (0 when the list is empty).
    static func clamped(_ position: Int, count: Int) -> Int {
        max(0, min(position, count - 1))
    }
}
