import FoundationEssentials
import TrunkModel

extension CommandLineCommand {
    /// `:unmark`: every trunk unmarked, as Ctrl-\ does.
    public static let unmark = CommandLineCommand(
        "unmark", help: "unmark every marked trunk (as Ctrl-\\ does)") { state, _ in
        state.clearMarks()
        return []
    }
}

extension AppState {
    /// Space: the selected trunk marked, or unmarked when it was; the selection moves down.
    mutating func toggleMark() {
        guard let trunk = selectedTrunk else { return }
        if marks.contains(trunk.id) {
            marks.unmark(trunk.id)
        } else {
            marks.mark(trunk.id, name: trunk.name)
        }
        moveSelection(by: 1)
    }

    /// `V`: every trunk shown from the last mark to the selection marked; without a last mark in
    /// view, the selected trunk alone.
    mutating func markRange() {
        guard let trunk = selectedTrunk else { return }
        let anchorRow = marks.anchor.flatMap { anchor in visible.firstIndex { trunks[$0].id == anchor } }
        guard let anchorRow else {
            marks.mark(trunk.id, name: trunk.name)
            message = StatusMessage("Marked \(trunk.name ?? trunk.id); V again marks from it to the selection (\(markedCountText))")
            return
        }
        let rows = min(anchorRow, selection)...max(anchorRow, selection)
        var added = 0
        for row in rows {
            let position = visible[row]
            let id = trunks[position].id
            if !marks.contains(id) { added += 1 }
            marks.mark(id, name: trunks[position].name, anchoring: false)
        }
        marks.mark(trunk.id, name: trunk.name)
        message = StatusMessage("Marked \(rows.count) trunk\(rows.count == 1 ? "" : "s") from the last mark (\(added) new, \(markedCountText))")
    }

    /// `*`: every trunk the filter shows marked.
    mutating func markAllShown() {
        guard !visible.isEmpty else {
            message = StatusMessage("No trunk is shown to mark", .warning)
            return
        }
        marks.reserveCapacity(marks.count + visible.count)
        // The id and name are read in place: copying each `Trunk` out would retain all its fields.
        for position in visible {
            marks.mark(trunks[position].id, name: trunks[position].name, anchoring: false)
        }
        let shown = visible.count == trunks.count ? "every trunk (\(GroupedNumber.text(visible.count)))"
            : "the \(GroupedNumber.text(visible.count)) trunk\(visible.count == 1 ? "" : "s") shown"
        message = StatusMessage("Marked \(shown) · \(markedCountText) · Ctrl-\\ unmarks")
    }

    /// Ctrl-\ and `:unmark`: no trunk marked.
    mutating func clearMarks() {
        guard !marks.isEmpty else {
            message = StatusMessage("No trunk is marked")
            return
        }
        let count = marks.count
        marks.removeAll()
        message = StatusMessage("Unmarked \(GroupedNumber.text(count)) trunk\(count == 1 ? "" : "s")")
    }

    /// "12 marked".
    var markedCountText: String {
        "\(GroupedNumber.text(marks.count)) marked"
    }

    /// The marked trunks that are loaded, in list order.
    /// The names of the marked trunks the list does not hold now (a server filter or a load left
    /// them out): a change to the marked trunks cannot reach them, and says so.
    var markedNotLoaded: [String] {
        guard !marks.isEmpty else { return [] }
        let loaded = Set(trunks.elements.lazy.map(\.id))
        return marks.names.filter { !loaded.contains($0.key) }.map(\.value).sorted()
    }

    var markedTrunks: [Trunk] {
        guard !marks.isEmpty else { return [] }
        return trunks.elements.filter { marks.contains($0.id) }
    }

    /// After a whole list is loaded without server filters, a marked trunk it lacks is gone from
    /// the server: it is unmarked, and the status line names it.
    mutating func dropVanishedMarks() {
        guard !marks.isEmpty, serverQuery.filters.isEmpty else { return }
        let loaded = Set(trunks.elements.lazy.map(\.id))
        let gone = marks.removeAll(notIn: { loaded.contains($0) })
        guard !gone.isEmpty else { return }
        let names = ItemListText.fit(gone, width: 60)
        message = StatusMessage("\(gone.count) marked trunk\(gone.count == 1 ? " is" : "s are") gone from the server and no longer marked: \(names)", .warning)
    }
}
