import ScreenKit
import TrunkModel

extension BulkChangeState {
    /// The digits typed of the next number to pick.
    var typedDigits: String { String(input.text.filter(\.isNumber)) }
}

extension AppState {
    /// `L` with trunks marked: link or unlink DIDs on all of them, picked by number from the
    /// account's DIDs (read now when they were not yet).
    mutating func openBulkDidLinks() -> [Effect] {
        openBulkChange(.dids)
        guard bulkChange != nil else { return [] }
        switch accountDids {
        case .notLoaded, .failed:
            accountDids = .loading
            return [ask(.loadAccountDids, for: .accountDids)]
        case .loading, .loaded:
            return []
        }
    }

    /// The account's DIDs whose number holds the digits typed, not picked yet: numbers that start
    /// with them first, then the others, each by number; at most `didCandidateLimit`.
    func bulkDidCandidates(_ bulk: BulkChangeState) -> [DidRef] {
        let digits = bulk.typedDigits
        guard !digits.isEmpty else { return [] }
        let picked = Set(bulk.didsChosen.map(\.id))
        let matching = accountDids.dids.filter { !picked.contains($0.id) && $0.numberContains(digits) }
        return Array(matching.sorted { left, right in
            let l = left.number ?? "", r = right.number ?? ""
            let lp = l.hasPrefix(digits), rp = r.hasPrefix(digits)
            return lp != rp ? lp : l < r
        }.prefix(Self.didCandidateLimit))
    }

    /// Picking DIDs: digits narrow the account's DIDs, ↑/↓ move the highlight, Enter picks it
    /// (with nothing typed, reviews the DIDs picked), a paste picks every number in it, Ctrl-D
    /// drops the last picked, Esc goes back to the choice of link or unlink.
    mutating func bulkDidsKey(_ key: Key) -> [Effect] {
        guard var bulk = bulkChange, let action = bulk.didAction else { return [] }
        let candidates = bulkDidCandidates(bulk)
        switch keymap.command(for: key, in: .bulkDidNumbers) {
        case .acceptItems?:
            if bulk.typedDigits.isEmpty {
                guard !bulk.didsChosen.isEmpty else {
                    message = StatusMessage("Type digits of a number and Enter picks it; then Enter reviews", .warning)
                    return []
                }
                bulk.change = reviewedChange(bulk.trunks, .dids(DidLinkEdit(action, bulk.didsChosen)))
                message = nil
            } else if candidates.indices.contains(bulk.didCandidate) {
                bulk.didsChosen.append(candidates[bulk.didCandidate])
                bulk.input = TextInput()
                bulk.didCandidate = 0
                message = nil
            } else {
                message = StatusMessage(bulkNoMatchReason(bulk.typedDigits), .warning)
            }
        case .moveDown?: bulk.didCandidate = min(bulk.didCandidate + 1, max(0, candidates.count - 1))
        case .moveUp?: bulk.didCandidate = max(bulk.didCandidate - 1, 0)
        case .deleteItem?:
            if !bulk.didsChosen.isEmpty { bulk.didsChosen.removeLast() }
        case .cancel?:
            bulk.didAction = nil
            bulk.didsChosen = []
            bulk.input = TextInput()
            bulk.didCandidate = 0
        default:
            if case .paste(let text) = key, Self.pastedNumbers(text).count > 1 {
                pickPasted(text, &bulk)
            } else if bulk.input.apply(key) {
                bulk.didCandidate = 0
            }
        }
        bulkChange = bulk
        return []
    }

    /// Pasted numbers: each must be one of the account's DIDs; all are picked, or none and the
    /// status line names the ones not found.
    private mutating func pickPasted(_ text: String, _ bulk: inout BulkChangeState) {
        var found: [DidRef] = [], missing: [String] = []
        for number in Self.pastedNumbers(text) {
            guard let did = accountDids.dids.first(where: { $0.number == number }) else {
                missing.append("+" + number)
                continue
            }
            if !bulk.didsChosen.contains(where: { $0.id == did.id }) && !found.contains(did) { found.append(did) }
        }
        guard missing.isEmpty else {
            message = StatusMessage("Not a DID of this account: " + missing.joined(separator: ", "), .warning)
            return
        }
        bulk.didsChosen += found
        bulk.input = TextInput()
    }

    /// Why nothing matches the digits typed, in words.
    private func bulkNoMatchReason(_ digits: String) -> String {
        switch accountDids {
        case .loading, .notLoaded: return "The account's DIDs are still loading"
        case .failed(let why): return "The account's DIDs could not be read: \(why)"
        case .loaded(let all):
            if all.isEmpty { return "This account has no DIDs" }
            let read = accountDidsTruncation.map { " among the first \($0.readOfTotal) read" } ?? ""
            return "No DID\(read) not picked yet has \(digits) in its number"
        }
    }
}
