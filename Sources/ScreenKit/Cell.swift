/// One terminal cell: the grapheme drawn there and its style role.
///
/// A wide grapheme occupies two cells; the second is a continuation cell with an empty string.
public struct Cell: Equatable, Sendable {
    /// The grapheme cluster shown in this cell; empty for the right half of a wide grapheme.
    public var text: String
    /// The semantic style of the cell.
    public var role: StyleRole

    /// A cell showing `text` in `role`.
    public init(_ text: String = " ", role: StyleRole = .text) {
        self.text = text
        self.role = role
    }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { text.isEmpty }

    /// A blank cell in the text role.
    public static let blank = Cell()
}
