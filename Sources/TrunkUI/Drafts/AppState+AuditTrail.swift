import ScreenKit
import TrunkModel

/// The keys of the audit trail (`:audit`): move among the lines, show one ticket's lines, undo
/// the selected change, close it; other keys do nothing.
extension AppState {
    mutating func auditTrailKey(_ key: Key) -> [Effect] {
        guard var trail = auditTrail else { return [] }
        let body = AuditTrailLayout.body(rows: terminalSize.rows, columns: terminalSize.columns)
        let width = AuditTrailLayout.wrapWidth(bodyWidth: body.width)
        let rows = AuditTrailLayout.rows(bodyRows: body.rows)
        let last = max(0, trail.shown.count - 1)
        switch keymap.command(for: key, in: .audit) {
        case .moveUp?: trail.selection = max(0, trail.selection - 1)
        case .moveDown?: trail.selection = min(last, trail.selection + 1)
        case .pageUp?:
            let page = AuditTrailLayout.linesInView(trail, from: trail.top, width: width, rows: rows)
            trail.selection = max(0, trail.selection - max(1, page - 1))
        case .pageDown?:
            let page = AuditTrailLayout.linesInView(trail, from: trail.top, width: width, rows: rows)
            trail.selection = min(last, trail.selection + max(1, page - 1))
        case .filterByTicket?: filterAuditTrail(&trail)
        case .undoChange?:
            return undoAuditLine(wholeGroup: true)
        case .undoTrunkPart?:
            return undoAuditLine(wholeGroup: false)
        case .close?:
            auditTrail = nil
            return []
        default:
            return []
        }
        trail.top = AuditTrailLayout.top(trail, width: width, rows: rows)
        auditTrail = trail
        return []
    }

    /// `t`: only the selected line's ticket, or, when one ticket's lines are shown, every line.
    private mutating func filterAuditTrail(_ trail: inout AuditTrailState) {
        if trail.ticket != nil {
            trail.filter(ticket: nil)
            message = StatusMessage("Every line of the audit trail", .info)
            return
        }
        guard let selected = trail.selected else { return }
        guard let ticket = selected.ticket else {
            message = StatusMessage("This line has no ticket (:ticket ABC-123 sets one for the changes that follow)", .info)
            return
        }
        trail.filter(ticket: ticket)
        let count = trail.shown.count
        message = StatusMessage("\(count) line\(count == 1 ? "" : "s") of ticket \(ticket) (t shows every line)", .info)
    }

    /// `Enter`: the reverse of the selected line opens as a draft, once its trunk is read again;
    /// a line of a change to many trunks opens the reverse of that whole change (`o`: this trunk's
    /// part alone); a line that cannot be undone says why and the trail stays open.
    private mutating func undoAuditLine(wholeGroup: Bool) -> [Effect] {
        guard let trail = auditTrail, let entry = trail.selected else { return [] }
        if wholeGroup, let group = entry.batch {
            let (plans, refused) = bulkUndoPlans(group: group, in: trail.entries)
            if plans.count > 1 {
                guard canStartUndo() else { return [] }
                auditTrail = nil
                return startBulkUndo(plans, refused: refused)
            }
        }
        let deleteKey = keymap.key(for: .deleteTrunk, in: .list)?.displayName ?? "D"
        switch UndoPlan.undoing(entry, validator: validator, deleteKey: deleteKey) {
        case .failure(let refusal):
            message = StatusMessage(refusal.message, .warning)
            return []
        case .success(let plan):
            guard canStartUndo() else { return [] }
            auditTrail = nil
            return startUndo(plan)
        }
    }
}
