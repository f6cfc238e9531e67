import FoundationEssentials
import ScreenKit
import TrunkModel

/// The call check's reducer: `C` opens it on the selected trunk, `:check` on every loaded trunk;
/// each key edits a field, moves between them or scrolls the answer, and the answer follows at once.
extension AppState {
    /// `C` in the list or the detail: the check of the selected trunk, filled with what was typed
    /// the last time it was open. Reads the trunk with its DIDs when the list's copy has none, so the
    /// CLI rules can be decided.
    mutating func openCallCheck() -> [Effect] {
        guard let trunk = detailTrunk else {
            message = StatusMessage("No trunk selected: :check checks a call on all loaded trunks", .warning)
            return []
        }
        var check = CallCheckState(inputs: callCheckInputs, trunkID: trunk.id, allTrunks: false)
        check.field = .sourceIP
        callCheck = check
        recordCallCheck()
        let unread = trunk.dids == nil && requests.oldest(where: { $0 == .detail(trunkID: trunk.id) }) == nil
        return unread ? [readForDetail(trunk.id)] : []
    }

    /// `:check`: the same form on every loaded trunk ("which trunks would accept this call?").
    mutating func openAllTrunksCheck() -> [Effect] {
        var check = CallCheckState(inputs: callCheckInputs, trunkID: selectedTrunk?.id, allTrunks: true)
        check.field = .sourceIP
        check.answers = AllTrunksCheck.answers(check.inputs.call, on: trunks.elements)
        callCheck = check
        return []
    }

    /// A key while the call check is open.
    mutating func callCheckKey(_ key: Key) -> [Effect] {
        guard var check = callCheck else { return [] }
        let fields = CallCheckField.allCases
        var inputsChanged = false
        switch keymap.command(for: key, in: .callCheck) {
        case .close?:
            if check.allTrunks && check.openedTrunkID != nil {
                check.openedTrunkID = nil
                check.scroll = 0
                callCheck = check
                followCallCheckSelection()
                return []
            }
            callCheckInputs = check.inputs
            callCheck = nil
            return []
        case .nextField?:
            check.field = fields[(check.field.rawValue + 1) % fields.count]
        case .previousField?:
            check.field = fields[(check.field.rawValue + fields.count - 1) % fields.count]
        case .toggleField? where check.field == .scope:
            if check.allTrunks, check.openedTrunkID == nil, let id = check.trunkID ?? selectedTrunk?.id {
                check.allTrunks = false
                check.trunkID = id
            } else {
                check.allTrunks = true
                check.openedTrunkID = nil
            }
            check.scroll = 0
            check.selection = 0
            inputsChanged = true
        case .toggleField? where check.field == .emergency:
            check.inputs.emergency.toggle()
            inputsChanged = true
        case .moveDown?: moveInCallCheck(&check, by: 1)
        case .moveUp?: moveInCallCheck(&check, by: -1)
        case .pageDown?: moveInCallCheck(&check, by: max(1, callCheckPageRows - 1))
        case .pageUp?: moveInCallCheck(&check, by: -max(1, callCheckPageRows - 1))
        case .showTrunkCheck?:
            if check.allTrunks, check.openedTrunkID == nil, check.answers.rows.indices.contains(check.selection) {
                check.openedTrunkID = check.answers.rows[check.selection].trunkID
                check.scroll = 0
            } else {
                check.field = fields[(check.field.rawValue + 1) % fields.count]
            }
        default:
            guard var input = check.inputs.input(check.field), input.apply(key) else { return [] }
            check.inputs.set(check.field, input)
            inputsChanged = true
        }
        if inputsChanged {
            callCheckInputs = check.inputs
            if check.allTrunks && check.openedTrunkID == nil {
                check.answers = AllTrunksCheck.answers(check.inputs.call, on: trunks.elements)
                check.selection = min(check.selection, max(0, check.answers.rows.count - 1))
            }
        }
        callCheck = check
        if check.allTrunks && check.openedTrunkID == nil { followCallCheckSelection() }
        recordCallCheck()
        return []
    }

    /// The trunk `id` as the check sees it: the detail's copy (with its DIDs) when it is that trunk.
    func trunkForCallCheck(_ id: String) -> Trunk? {
        if let detail, detail.id == id { return detail }
        return trunks.elements.first { $0.id == id }
    }

    /// The trunk of a row of the all-trunks answer: where it was when checked, else by its id.
    func trunkForCallCheck(_ answer: AllTrunksCheck.Answer) -> Trunk? {
        if let detail, detail.id == answer.trunkID { return detail }
        let elements = trunks.elements
        if elements.indices.contains(answer.position), elements[answer.position].id == answer.trunkID { return elements[answer.position] }
        return trunkForCallCheck(answer.trunkID)
    }

    /// The report of the trunk whose rules are shown, if one is.
    func callCheckReport(_ check: CallCheckState) -> CallCheck.Report? {
        guard let id = check.shownTrunkID, let trunk = trunkForCallCheck(id) else { return nil }
        return CallCheck.evaluate(check.inputs.call, on: trunk)
    }

    /// Keeps the call shown on a trunk, once its number is typed, as that trunk's last check.
    private mutating func recordCallCheck() {
        guard let check = callCheck, check.inputs.hasNumber, let report = callCheckReport(check) else { return }
        lastCallChecks[report.trunkID] = CheckedCall(call: check.inputs.call, report: report)
    }

    /// The rows of the answer in view at the terminal's size.
    var callCheckPageRows: Int {
        CallCheckLayout.scrollingRows(inner: CallCheckLayout.inner(rows: terminalSize.rows, columns: terminalSize.columns))
    }

    /// Moves the highlighted trunk (all-trunks list) or scrolls the rules (one trunk), within the answer.
    private func moveInCallCheck(_ check: inout CallCheckState, by delta: Int) {
        if check.allTrunks && check.openedTrunkID == nil {
            check.selection = ListCursor.clamped(check.selection + delta, count: check.answers.rows.count)
            return
        }
        let inner = CallCheckLayout.inner(rows: terminalSize.rows, columns: terminalSize.columns)
        guard let report = callCheckReport(check) else { return }
        let answer = CallCheckText.answer(report, numberTyped: check.inputs.hasNumber, width: CallCheckLayout.textWidth(inner: inner))
        let rows = max(1, CallCheckLayout.scrollingRows(inner: inner) + 1 - answer.verdict.count)
        let last = max(0, answer.rules.count - rows)
        check.scroll = min(last, max(0, check.scroll + delta))
    }

    /// Scrolls the all-trunks list so the highlighted trunk is in view.
    private mutating func followCallCheckSelection() {
        guard var check = callCheck else { return }
        let rows = callCheckPageRows
        if check.selection < check.scroll { check.scroll = check.selection }
        if check.selection >= check.scroll + rows { check.scroll = check.selection - rows + 1 }
        check.scroll = max(0, min(check.scroll, max(0, check.answers.rows.count - rows)))
        callCheck = check
    }
}

extension CommandLineCommand {
    /// `:check`: the call check on every loaded trunk ("which trunks would accept this call?").
    public static let check = CommandLineCommand("check", help: "which loaded trunks would accept a call?") {
        state, _ in state.openAllTrunksCheck()
    }
}
