import ScreenKit

/// A line of styled pieces, for panes that build text before drawing it.
struct StyledLine: Sendable {
    var pieces: [(text: String, role: StyleRole)]

    init(_ pieces: [(String, StyleRole)]) {
        self.pieces = pieces.map { (text: $0.0, role: $0.1) }
    }

    init(_ text: String, _ role: StyleRole = .text) {
        pieces = [(text: text, role: role)]
    }

    static let blank = StyledLine("")

    /// The line's text, without its styles.
    var text: String { pieces.map(\.text).joined() }

    /// Nothing but spaces.
    var isBlank: Bool { pieces.allSatisfy { $0.text.allSatisfy { $0 == " " } } }

    /// A single piece in the heading role.
    var isHeading: Bool { pieces.count == 1 && pieces[0].role == .header }
}
