import ScreenKit
import TrunkModel

/// The dialog of a change to the marked trunks (`BulkChangeText` says what it holds): the body
/// scrolls, the words to type sit on a line of their own above the keys.
enum BulkChangeDialog {
    static func draw(_ state: AppState, _ bulk: BulkChangeState, in body: Rect, grid: inout Grid) {
        let width = min(body.width - 2, 96)
        let candidates = state.bulkDidCandidates(bulk)
        var lines = BulkChangeText.lines(bulk, width: width - 2, issues: state.bulkPrefixIssues(bulk), candidates: candidates)
        let footer = KeyHintLine.wrap(BulkChangeText.footer(bulk), width: width - 2)
        let entering = bulk.phase == .entering
        let typing = entering || (bulk.phase == .reviewing && bulk.confirmText != nil)
        let fixed = footer.count + (typing ? 2 : 0)
        // Matching DIDs that do not fit: fewer are listed, the highlighted one always among them.
        let overflow = lines.count - (max(0, body.height - 2) - 2 - fixed)
        if entering, !candidates.isEmpty, overflow > 0 {
            lines = BulkChangeText.lines(bulk, width: width - 2, candidates: candidates, candidateRoom: candidates.count - overflow)
        }
        let height = min(max(0, body.height - 2), lines.count + fixed + 2)
        let rect = Rect(row: body.row + max(0, (body.height - height) / 2), column: body.column + (body.width - width) / 2,
                        height: height, width: width)
        let inner = grid.dialog(rect, title: BulkChangeText.title(bulk))
        let rows = max(0, inner.height - fixed)
        let scroll = min(bulk.scroll, max(0, lines.count - rows))
        for row in 0..<rows where scroll + row < lines.count {
            grid.line(lines[scroll + row].0, in: inner, row: row, role: lines[scroll + row].1)
        }
        if typing, let words = entering ? bulk.prefixAction?.rawValue ?? bulk.didAction?.rawValue : bulk.confirmText {
            let label = entering ? " \(words): " : " type \(words): "
            let input = entering ? bulk.input : bulk.typed
            let row = inner.height - footer.count - 1
            grid.line(label + input.text, in: inner, row: row, role: .input)
            let before = String(input.characters.prefix(input.cursor))
            grid.cursor = (inner.row + row, inner.column + DisplayWidth.of(label) + DisplayWidth.of(before))
        }
        for (offset, line) in footer.enumerated() {
            grid.line(line, in: inner, row: inner.height - footer.count + offset, role: .keyHint)
        }
    }
}
