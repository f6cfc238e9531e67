import ScreenKit
import TrunkModel

/// The raw JSON of a trunk as the server sent it: pretty, scrollable, secrets masked unless
/// revealed, the search's current match marked. Pure.
enum RawJSONView {
    static func draw(_ raw: RawJSONState, revealSecrets: Bool, search: TextSearch? = nil, in inner: Rect, grid: inout Grid) {
        let note = revealSecrets ? "secrets shown, x hides" : "secrets masked, x reveals"
        grid.line(" As sent by the server · \(note) · J, q or Esc back", in: inner, row: 0, role: .muted)
        let body = Rect(row: inner.row + 1, column: inner.column, height: RawJSONText.bodyRows(innerRows: inner.height),
                        width: inner.width)
        let lines = RawJSONText.lines(raw, revealSecrets: revealSecrets)
        let scroll = min(raw.scroll, max(0, lines.count - body.height))
        for row in 0..<body.height where scroll + row < lines.count {
            let text = lines[scroll + row]
            let masked = text.contains(TrunkJSONText.mask)
            grid.line(" " + text, in: body, row: row, role: masked ? .maskedSecret : (raw.document == nil ? .muted : .text))
        }
        if let search { DetailPane.markMatch(search, in: lines, scroll: scroll, in: body, indent: 1, grid: &grid) }
        if lines.count > body.height, inner.width > 24 {
            let text = " \(scroll + 1)–\(min(lines.count, scroll + body.height)) of \(lines.count) "
            grid.write(text, row: inner.bottom, column: inner.right - 1 - DisplayWidth.of(text), role: .muted)
        }
    }
}
