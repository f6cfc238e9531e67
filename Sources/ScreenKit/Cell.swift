/// One terminal cell: the grapheme drawn there, its style role and the surface it lies on.
///
/// A wide grapheme occupies two cells; the second is a continuation cell with an empty string.
public struct Cell: Equatable, Sendable {
    /// The grapheme cluster shown in this cell; empty for the right half of a wide grapheme.
    public var text: String
    /// The semantic style of the cell.
    public var role: StyleRole
    /// The page or a dialog: where a role without colours of its own takes them from.
    public var surface: Surface

    /// A cell showing `text` in `role` on `surface`.
    public init(_ text: String = " ", role: StyleRole = .text, surface: Surface = .page) {
        self.text = text
        self.role = role
        self.surface = surface
    }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { text.isEmpty }

    /// A blank cell in the text role.
    public static let blank = Cell()
}
