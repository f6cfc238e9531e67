import FoundationEssentials
import ScreenKit
import TrunkModel

/// The offer of a change to many trunks an earlier run left unfinished: what it was, what became
/// of each trunk, and the keys (finish, forget, later; read-only mode cannot finish).
enum UnfinishedBulkDialog {
    static func draw(_ state: AppState, _ journal: BulkJournal, in body: Rect, grid: inout Grid) {
        let width = min(body.width - 2, 84)
        let text = UnfinishedBulkText.lines(journal, now: state.now, width: width - 2)
        let footer = KeyHintLine.wrap(UnfinishedBulkText.footer(journal, readOnly: state.readOnly), width: width - 2)
        let height = min(max(0, body.height - 2), text.count + footer.count + 3)
        let rect = Rect(row: body.row + max(0, (body.height - height) / 2), column: body.column + (body.width - width) / 2,
                        height: height, width: width)
        let inner = grid.dialog(rect, title: UnfinishedBulkText.title(journal))
        let rows = max(0, inner.height - footer.count - 1)
        var shown = Array(text.prefix(rows))
        if text.count > rows, rows > 0 {
            shown[rows - 1] = ("   … and \(text.count - rows + 1) more", .muted)
        }
        for (row, line) in shown.enumerated() { grid.line(line.0, in: inner, row: row, role: line.1) }
        for (offset, line) in footer.enumerated() {
            grid.line(line, in: inner, row: inner.height - footer.count + offset, role: .keyHint)
        }
    }
}

/// What the offer of an unfinished change to many trunks says. Pure, for the dialog and the tests.
enum UnfinishedBulkText {
    static func title(_ journal: BulkJournal) -> String {
        "Unfinished change from an earlier run"
    }

    /// The change and its counts, then one line per trunk.
    static func lines(_ journal: BulkJournal, now: Date, width: Int) -> [(String, StyleRole)] {
        let n = journal.trunks.count
        let verb = BulkChangeWords.verb(journal.edit)
        let what = "\(verb) \(n) trunk\(n == 1 ? "" : "s"), started \(Screen.age(now.timeIntervalSince(journal.startedAt)))"
        let done = journal.doneCount, unanswered = journal.sentUnanswered.count
        let failed = journal.trunks.filter { if case .failed? = journal.outcomes[$0.id] { true } else { false } }.count
        let skipped = journal.trunks.filter { if case .skipped? = journal.outcomes[$0.id] { true } else { false } }.count
        let notSent = n - journal.outcomes.count - unanswered
        var counts = ["\(done) done"]
        if unanswered > 0 { counts.append("\(unanswered) sent, no answer") }
        if failed > 0 { counts.append("\(failed) failed") }
        if skipped > 0 { counts.append("\(skipped) skipped") }
        counts.append("\(notSent) not sent")
        var lines: [(String, StyleRole)] = TextWrap.wrap(what, width: width - 1).map { (" " + $0, .header) }
        lines += TextWrap.wrap(counts.joined(separator: " · "), width: width - 1).map { (" " + $0, .dialog) }
        lines.append(("", .dialog))
        let nameWidth = min(max(8, journal.trunks.map { DisplayWidth.of($0.name ?? $0.id) }.max() ?? 8), max(8, width / 2))
        // What is left to do first, so that a small terminal shows it: the trunk sent without an
        // answer, those not sent, failed, skipped, then those done.
        let rank = { (id: String) -> Int in
            if journal.sentUnanswered.contains(id) { return 0 }
            switch journal.outcomes[id] {
            case nil: return 1
            case .failed?: return 2
            case .skipped?: return 3
            default: return 4
            }
        }
        let ordered = journal.trunks.enumerated().sorted { (rank($0.element.id), $0.offset) < (rank($1.element.id), $1.offset) }
        for entry in ordered.map(\.element) {
            let name = DisplayWidth.pad(DisplayWidth.truncate(entry.name ?? entry.id, to: nameWidth), to: nameWidth)
            let (sign, words, role) = state(of: entry.id, in: journal)
            lines.append((DisplayWidth.truncate(" \(sign) \(name)  \(words)", to: width), role))
        }
        return lines
    }

    /// One trunk's sign, words and role.
    static func state(of id: String, in journal: BulkJournal) -> (String, String, StyleRole) {
        if journal.sentUnanswered.contains(id) { return ("?", "sent, no answer: read first", .warning) }
        switch journal.outcomes[id] {
        case .changed?: return ("✓", BulkChangeWords.done(journal.edit), .ok)
        case .alreadySo?: return ("✓", BulkChangeWords.already(journal.edit) + " (no request)", .muted)
        case .failed(let why)?: return ("✗", "failed: " + why, .error)
        case .skipped(let why)?: return ("–", "skipped: " + why, .warning)
        case nil: return ("·", "not sent", .dialog)
        }
    }

    /// The key line: finish, forget, later; in read-only mode (or when a secret value was not
    /// kept) it says why it cannot be finished.
    static func footer(_ journal: BulkJournal, readOnly: Bool) -> String {
        let rest = "d forget (marks the trunks not done again) · Esc keep for later"
        if readOnly { return " read-only mode: it cannot be finished here · " + rest }
        if !journal.canFinish { return " a secret value was not kept: it cannot be finished · " + rest }
        return " f finish (read again first, sent only if unchanged) · " + rest
    }
}
