import ScreenKit
import TrunkModel

/// The comparison's reducer: `=` opens it on the two marked trunks (or the one marked and the
/// selected one); inside it the cursor moves over the fields, Space chooses what to copy, Tab
/// says which way, and `c` opens the target's form with the chosen values in its draft.
extension AppState {
    /// `=` in the list or the detail: the two marked trunks side by side, the first in the list's
    /// order on the left; with one trunk marked, the marked one beside the selected one (the
    /// selected one is the target). Reads a trunk known only as a list row, for its DIDs.
    mutating func openCompare() -> [Effect] {
        let marked = marks.count <= 2 ? markedPositions() : []
        let left: (trunk: Trunk, position: Int)
        let right: (trunk: Trunk, position: Int)
        switch marks.count {
        case 2 where marked.count == 2:
            (left, right) = ((freshest(trunks[marked[0]]), marked[0]), (freshest(trunks[marked[1]]), marked[1]))
        case 1 where marked.count == 1:
            guard let selected = detailTrunk, visible.indices.contains(selection), selected.id != trunks[marked[0]].id else {
                message = StatusMessage("Mark two trunks to compare them (1 marked: select another trunk to compare it with the mark)", .warning)
                return []
            }
            (left, right) = ((freshest(trunks[marked[0]]), marked[0]), (selected, visible[selection]))
        case 1, 2:
            let reload = keymap.key(for: .refresh, in: .list).map { " (\($0.displayName) reloads the list)" } ?? ""
            message = StatusMessage("A marked trunk is not loaded, so it cannot be compared\(reload)", .warning)
            return []
        case 0:
            let mark = keymap.key(for: .toggleMark, in: .list).map { "; \($0.displayName) marks" } ?? ""
            message = StatusMessage("Mark two trunks to compare them (none marked\(mark))", .warning)
            return []
        default:
            message = StatusMessage("Mark two trunks to compare them (\(GroupedNumber.text(marks.count)) marked)", .warning)
            return []
        }
        var view = CompareState(left: left.trunk, right: right.trunk)
        view.leftPosition = left.position
        view.rightPosition = right.position
        view.cursor = TrunkComparison(left: left.trunk, right: right.trunk).rows.first?.field.key ?? view.cursor
        compare = view
        message = nil
        return [left.trunk, right.trunk].compactMap { trunk in
            guard trunk.dids == nil || trunk.emergencyDids == nil, !requests.isOpen(.detail(trunkID: trunk.id)) else { return nil }
            return readForDetail(trunk.id)
        }
    }

    /// Where the marked trunks are in the list's trunks, in its order: ids read in place, no
    /// trunk copied (a scan of 100,000 trunks).
    private func markedPositions() -> [Int] {
        var found: [Int] = []
        trunks.elements.withUnsafeBufferPointer { buffer in
            for position in buffer.indices where marks.contains(buffer[position].id) { found.append(position) }
        }
        return found
    }

    /// The freshest copy of `trunk`: the detail's when it is that trunk (it holds the DIDs).
    private func freshest(_ trunk: Trunk) -> Trunk {
        if let detail, detail.id == trunk.id { return detail }
        return trunk
    }

    /// The trunk on `side` of `view` as known now, nil when it is no longer loaded.
    func compared(_ view: CompareState, _ side: CompareState.Side) -> Trunk? {
        let id = view.id(side)
        if let detail, detail.id == id { return detail }
        if let position = view.position(side), trunks.indices.contains(position), trunks[position].id == id { return trunks[position] }
        return trunks.elements.first { $0.id == id }
    }

    /// The comparison `view` shows, nil when one of its trunks is no longer loaded.
    func comparison(_ view: CompareState) -> TrunkComparison? {
        guard let left = compared(view, .left), let right = compared(view, .right) else { return nil }
        let reading = Set([left.id, right.id].filter { requests.isOpen(.detail(trunkID: $0)) })
        return TrunkComparison(left: left, right: right, reading: reading)
    }

    /// A key while the comparison is open.
    mutating func compareKey(_ key: Key) -> [Effect] {
        guard var view = compare else { return [] }
        guard let command = keymap.command(for: key, in: .compare) else { return noAction(for: key, in: .compare) }
        guard let comparison = comparison(view) else {
            compare = nil
            message = StatusMessage("A compared trunk is no longer loaded", .warning)
            return []
        }
        if readOnly && Self.changesData(command) {
            message = StatusMessage(readOnlyRefusal(command, in: .compare), .warning)
            return []
        }
        message = nil
        let page = max(1, CompareLayout.listRows(inner: compareInner(comparison.lines(differingOnly: view.differingOnly).count)) - 1)
        switch command {
        case .close:
            compare = nil
            return []
        case .help:
            showHelp = true
            return []
        case .moveDown: moveCompareCursor(&view, comparison, by: 1)
        case .moveUp: moveCompareCursor(&view, comparison, by: -1)
        case .pageDown: moveCompareCursor(&view, comparison, by: page)
        case .pageUp: moveCompareCursor(&view, comparison, by: -page)
        case .top: moveCompareCursor(&view, comparison, by: -Int.max / 2)
        case .bottom: moveCompareCursor(&view, comparison, by: Int.max / 2)
        case .differingOnly:
            view.differingOnly.toggle()
            moveCompareCursor(&view, comparison, by: 0)
            if view.differingOnly && comparison.differingCount == 0 {
                message = StatusMessage("The two trunks have the same value in every field", .info)
            }
        case .swapDirection: view.target = view.target.other
        case .targetLeft: view.target = .left
        case .targetRight: view.target = .right
        case .toggleField: chooseField(&view, comparison)
        case .chooseDiffering: chooseDiffering(&view, comparison)
        case .copyChosen: return copyChosen(view)
        default: break
        }
        compare = view
        return []
    }

    /// The room inside the comparison's border at the terminal's size, for a list of `lines` lines.
    func compareInner(_ lines: Int) -> Rect {
        CompareLayout.inner(rows: terminalSize.rows, columns: terminalSize.columns, lines: lines)
    }

    /// Moves the cursor `delta` fields among those shown (0 puts it back on a shown field) and
    /// scrolls so that it stays in view.
    private func moveCompareCursor(_ view: inout CompareState, _ comparison: TrunkComparison, by delta: Int) {
        let lines = comparison.lines(differingOnly: view.differingOnly)
        let fields = lines.compactMap(\.row?.field.key)
        guard !fields.isEmpty else {
            view.scroll = 0
            return
        }
        let current = fields.firstIndex(of: view.cursor)
            ?? nearestShown(view.cursor, among: fields, in: comparison)
        let next = ListCursor.clamped(current + max(-fields.count, min(fields.count, delta)), count: fields.count)
        view.cursor = fields[next]
        guard let line = lines.firstIndex(where: { $0.row?.field.key == view.cursor }) else { return }
        let rows = CompareLayout.listRows(inner: compareInner(lines.count))
        // The heading above the first field of a group comes into view with it.
        let top = line > 0 && lines[line - 1].row == nil ? line - 1 : line
        if top < view.scroll { view.scroll = top }
        if line >= view.scroll + rows { view.scroll = line - rows + 1 }
        view.scroll = max(0, min(view.scroll, max(0, lines.count - rows)))
    }

    /// The index among `fields` of the first shown field at or after `key` in the table (else the last).
    private func nearestShown(_ key: FieldKey, among fields: [FieldKey], in comparison: TrunkComparison) -> Int {
        let order = comparison.rows.map(\.field.key)
        let position = order.firstIndex(of: key) ?? 0
        return fields.firstIndex { (order.firstIndex(of: $0) ?? 0) >= position } ?? fields.count - 1
    }

    /// Space: the field under the cursor chosen for copying, or no longer chosen; a field that
    /// cannot be copied this way is not chosen, and the status line says why.
    private mutating func chooseField(_ view: inout CompareState, _ comparison: TrunkComparison) {
        let key = view.cursor
        let label = FieldTable.field(key).label
        if view.chosen.contains(key) {
            view.chosen.remove(key)
            return
        }
        if let reason = copyRefusal(key, view) {
            message = StatusMessage("\(label) is not copied: \(reason)", .warning)
            return
        }
        if comparison.rows.first(where: { $0.field.key == key })?.outcome == .same {
            message = StatusMessage("\(label) is the same on both trunks", .info)
            return
        }
        view.chosen.insert(key)
    }

    /// `a`: every differing field that can be copied this way chosen; when all of them are
    /// chosen already, none. The status line names the differing fields left out, and why.
    private mutating func chooseDiffering(_ view: inout CompareState, _ comparison: TrunkComparison) {
        let differing = comparison.rows.filter { $0.outcome == .differs }.map(\.field.key)
        guard !differing.isEmpty else {
            message = StatusMessage("The two trunks have the same value in every field", .info)
            return
        }
        // The method first: the fields the target has follow from it.
        var choosing = view
        if differing.contains(.authType) && copyRefusal(.authType, view) == nil { choosing.chosen.insert(.authType) }
        let copyable = differing.filter { copyRefusal($0, choosing) == nil }
        let refused = differing.compactMap { key in copyRefusal(key, choosing).map { (key: key, reason: $0) } }
        let notCopied = refused.isEmpty ? "" : " · not copied: " + CompareCopy.words(refused)
        if !copyable.isEmpty && Set(copyable).isSubset(of: view.chosen) {
            view.chosen.subtract(copyable)
            message = StatusMessage("No field chosen", .info)
            return
        }
        view.chosen.formUnion(copyable)
        let count = copyable.count
        message = StatusMessage("Chose \(count) differing field\(count == 1 ? "" : "s")" + notCopied, refused.isEmpty ? .info : .warning)
    }

    /// Why `key` cannot be copied in `view`'s direction now; nil when it can. When the method is
    /// chosen too, the target's fields are those of the method it would have.
    func copyRefusal(_ key: FieldKey, _ view: CompareState) -> String? {
        if let reason = CompareCopy.neverCopied(key) { return reason }
        guard let source = compared(view, view.source), let target = compared(view, view.target) else { return "not loaded" }
        var form = FormState(trunk: target, returnPane: pane)
        if key != .authType, view.chosen.contains(.authType), CompareCopy.refusal(.authType, from: source, into: form) == nil {
            form.draft.set(.authType, source.value(.authType))
        }
        return CompareCopy.refusal(key, from: source, into: form)
    }

    /// `c`: the target's form opens with the chosen values in its draft (nothing is sent: the
    /// form checks them, and Ctrl-S reviews them as any edit); the status line says what was
    /// copied and names each chosen field left out, with why.
    private mutating func copyChosen(_ view: CompareState) -> [Effect] {
        guard let source = compared(view, view.source), let target = compared(view, view.target) else { return [] }
        guard !view.chosen.isEmpty else {
            let space = keymap.key(for: .toggleField, in: .compare).map { $0 == .char(" ") ? "Space" : $0.displayName } ?? "Space"
            let all = keymap.key(for: .chooseDiffering, in: .compare).map { ", \($0.displayName) every differing one" } ?? ""
            message = StatusMessage("No field chosen to copy (\(space) chooses one\(all))", .warning)
            return []
        }
        let returnPane: Pane = pane == .detail ? .detail : .list
        let copy = CompareCopy(view.chosen, from: source, into: target, returnPane: returnPane)
        let sourceName = source.name ?? source.id
        let notCopied = copy.refused.isEmpty ? "" : " · not copied: " + CompareCopy.words(copy.refused)
        guard !copy.copied.isEmpty else {
            message = StatusMessage("Nothing copied into \(target.name ?? target.id)" + notCopied, .warning)
            return []
        }
        compare = nil
        if let index = trunks.firstIndex(where: { $0.id == target.id }) {
            if !visible.contains(index) {
                filter = ""
                refreshVisible(keeping: target.id)
            }
            if let position = visible.firstIndex(of: index) {
                let old = selectedTrunk?.id
                selection = position
                followSelection()
                if old != target.id { detailScroll = 0 }
            }
        }
        var form = copy.form
        if let first = copy.copied.first, let index = form.fieldKeys.firstIndex(of: first) { form.selected = index }
        let count = copy.copied.count
        let save = keymap.key(for: .save, in: .form).map { ": \($0.displayName) reviews and saves" } ?? ""
        message = StatusMessage("Copied \(count) field\(count == 1 ? "" : "s") from \(sourceName)\(save)" + notCopied,
                                copy.refused.isEmpty ? .success : .warning)
        return openWithDraft(form)
    }
}
