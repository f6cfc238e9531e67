import FoundationEssentials
import ScreenKit
import TrunkModel

/// The delete confirmation: the user types the trunk's name exactly before anything is sent.
public struct DeleteState: TypedConfirmation, Equatable, Sendable {
    public var trunkID: String
    /// What must be typed: the trunk's name (its id when it has none).
    public var expected: String
    /// What the user is about to lose, in one line ("Active · Credentials & IP · 2 CLI DIDs").
    public var summary = ""
    public var input = TextInput()
    public var sending = false
    /// Why the last Enter did not delete, or the server's answer to a failed delete.
    public var error: String?
}

extension AppState {
    /// `D`: asks for the selected trunk's name before deleting it.
    mutating func openDelete() {
        guard let trunk = detailTrunk else { return }
        deletion = DeleteState(trunkID: trunk.id, expected: trunk.name ?? trunk.id, summary: Self.deleteSummary(trunk))
    }

    /// Status, method and linked DIDs of a trunk about to be deleted.
    static func deleteSummary(_ trunk: Trunk) -> String {
        var parts: [String] = []
        if let status = trunk.status { parts.append(status.label) }
        if let method = trunk.authenticationMethod?.type { parts.append(method.label) }
        if let dids = trunk.dids, !dids.isEmpty { parts.append("\(dids.count) CLI DID\(dids.count == 1 ? "" : "s")") }
        if let emergency = trunk.emergencyDids, !emergency.isEmpty {
            parts.append("\(emergency.count) emergency DID\(emergency.count == 1 ? "" : "s")")
        }
        if let prefixes = trunk.dstPrefixes, !prefixes.isEmpty {
            parts.append("\(prefixes.count) destination prefix\(prefixes.count == 1 ? "" : "es")")
        }
        return parts.joined(separator: " · ")
    }

    /// Keys while the delete confirmation is open: text editing, confirming checks the name,
    /// cancelling keeps the trunk.
    mutating func deleteKey(_ key: Key) -> [Effect] {
        guard var current = deletion else { return [] }
        let command = keymap.command(for: key, in: .deleteConfirmation)
        switch current.handle(key, as: command, empty: "type the name to delete, or Esc to keep the trunk",
                              mismatch: "the name does not match; nothing deleted") {
        case .cancelled(let wasSending):
            deletion = nil
            message = wasSending ? StatusMessage("Deleting continues; the answer will show here")
                                 : StatusMessage("Nothing deleted", .info)
            return []
        case .confirmed:
            guard ticketAllowsSending() else {
                current.sending = false
                deletion = current
                return []
            }
            deletion = current
            message = StatusMessage("Deleting…", .info)
            return [ask(.delete(id: current.trunkID), for: .delete(trunkID: current.trunkID))]
        case .stays:
            deletion = current
            return []
        }
    }

    /// The server deleted the trunk: it leaves the list and the detail. `settled` says how it was
    /// learned when the answer was lost (or was 404).
    mutating func deleteSucceeded(id: String, settled: String? = nil) -> [Effect] {
        let name = deletion?.expected ?? trunks.first { $0.id == id }?.name ?? id
        deletion = nil
        let position = selection
        if let index = trunks.firstIndex(where: { $0.id == id }) {
            trunks.remove(at: index)
            totalRecords = totalRecords.map { max(0, $0 - 1) }
        }
        if detail?.id == id { detail = nil }
        marks.unmark(id)
        refreshVisible(keeping: id)
        selection = min(position, max(0, visible.count - 1))
        if pane == .detail { focus = .list }
        message = StatusMessage("Deleted \(name)" + (settled.map { " (\($0))" } ?? ""), .success)
        return []
    }

    /// The delete failed, or (`outcomeUnknown`) reading the trunk could not tell whether it did:
    /// the confirmation stays open with the reason; nothing changes locally.
    mutating func deleteFailed(_ text: String, outcomeUnknown: Bool = false) -> [Effect] {
        let headline = outcomeUnknown ? "Not known whether the trunk was deleted (r refreshes): \(text)" : "Delete failed: \(text)"
        guard var current = deletion else {
            message = StatusMessage(headline, .error)
            return []
        }
        current.sending = false
        current.error = text
        deletion = current
        message = StatusMessage(headline, .error)
        return []
    }
}
