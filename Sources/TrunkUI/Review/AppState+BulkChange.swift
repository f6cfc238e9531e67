import FoundationEssentials
import ScreenKit
import TrunkModel

/// `b`, `p` or `L` with trunks marked (or Ctrl-S in their form): which change (block or unblock;
/// add, remove or replace prefixes, and which; link or unlink DIDs, and which), one review of
/// every trunk, then sending one trunk at a time with the single save's read-again guard, and
/// the results.
public struct BulkChangeState: Equatable, Sendable {
    /// What kind of change the key asked for.
    public enum Kind: Equatable, Sendable { case status, prefixes, fields, dids, undo }

    public var kind: Kind
    /// The names of marked trunks the list does not hold now: the change leaves them out.
    public var leftOut: [String] = []
    /// The marked trunks as loaded when the key was pressed, in list order.
    public var trunks: [Trunk]
    /// Prefixes: the action chosen, and the prefixes typed for it.
    public var prefixAction: PrefixEdit.Action?
    public var input = TextInput()
    /// DIDs: link or unlink, the DIDs chosen, and the highlighted match of the number typed.
    public var didAction: DidLinkEdit.Action?
    public var didsChosen: [DidRef] = []
    public var didCandidate = 0
    /// The change reviewed, once it is chosen (and its prefixes typed).
    public var change: BulkChange?
    /// The sending, once `y` sent it (its outcomes are the results table).
    public var sending: BulkSending?
    /// The words typed before `y` (see `BulkStatusChange.confirmWords`).
    public var typed = TextInput()
    public var scroll = 0
    /// The earliest time the next request may start (20 requests per second at most).
    public var nextStart: Date?
    /// A request waits for `nextStart` (a wake-up was asked for).
    public var waiting = false
    /// The PATCH of the trunk read again, when it waits for `nextStart`.
    public var pendingPatch: PendingPatch?
    /// The group id of the sending, on disk (`BulkJournal`) and in its audit lines.
    public var batch: String?
    /// How many of the sending's settled outcomes (`BulkSending.settledOrder`) are written down.
    public var journaled = 0

    /// A PATCH ready to send.
    public struct PendingPatch: Equatable, Sendable {
        public var id: String
        public var body: Data
    }

    /// What the dialog shows now.
    public enum Phase: Equatable, Sendable { case choosing, entering, reviewing, sending, done }

    public init(_ kind: Kind, trunks: [Trunk]) {
        self.kind = kind
        self.trunks = trunks
    }

    public var phase: Phase {
        if let sending { return sending.isDone ? .done : .sending }
        if change != nil { return .reviewing }
        return prefixAction == nil && didAction == nil ? .choosing : .entering
    }

    /// The prefixes typed, split as the list editor splits a paste.
    public var typedPrefixes: [String] { ListInput.split(input.text) }

    /// The words to type, joined as they are typed ("block 12"); nil when `y` alone sends.
    public var confirmText: String? {
        guard let words = change?.confirmWords, !words.isEmpty else { return nil }
        return words.joined(separator: " ")
    }
}

extension AppState {
    /// The API's pace: at most 20 requests a second, so one start at least this far after the last
    /// (50 ms and a margin: the server sees the starts with the network's jitter, and exactly
    /// 50 ms apart 21 of them can land within its second).
    static let bulkRequestSpacing: TimeInterval = 0.055

    /// `b` or `p` with trunks marked: ask which change, for the marked trunks loaded.
    mutating func openBulkChange(_ kind: BulkChangeState.Kind) {
        let marked = markedTrunks
        guard !marked.isEmpty else {
            message = StatusMessage("None of the \(markedCountText) trunks is loaded now", .warning)
            return
        }
        var bulk = BulkChangeState(kind, trunks: marked)
        bulk.leftOut = markedNotLoaded
        bulkChange = bulk
        if !bulk.leftOut.isEmpty {
            message = StatusMessage("\(bulk.leftOut.count) marked trunk\(bulk.leftOut.count == 1 ? " is" : "s are") not in the list "
                                    + "loaded now and left out of this change", .warning)
        }
    }

    /// The change of the marked trunks, each checked with the validator of the API version in
    /// use against its own authentication type (a value one trunk cannot take refuses that trunk).
    func reviewedChange(_ trunks: [Trunk], _ edit: BulkEdit) -> BulkChange {
        BulkChange(trunks, edit, validator: validator)
    }

    /// The keys of the bulk change dialog.
    mutating func bulkChangeKey(_ key: Key) -> [Effect] {
        guard var bulk = bulkChange else { return [] }
        if bulk.phase == .reviewing, let word = bulk.confirmText, typesConfirmation(key, word: word) {
            _ = bulk.typed.apply(key)
            bulkChange = bulk
            return []
        }
        if bulk.phase == .entering { return bulk.kind == .dids ? bulkDidsKey(key) : bulkPrefixesKey(key) }
        let command = keymap.command(for: key, in: keyContext(of: .bulkChange(bulk)))
        switch (bulk.phase, command) {
        case (.choosing, .blockMarked?) where bulk.kind == .status, (.choosing, .unblockMarked?) where bulk.kind == .status:
            bulk.change = reviewedChange(bulk.trunks, .status(command == .blockMarked ? .blocked : .active))
            bulkChange = bulk
        case (.choosing, .addPrefixesMarked?) where bulk.kind == .prefixes:
            bulk.prefixAction = .add
            bulkChange = bulk
        case (.choosing, .removePrefixesMarked?) where bulk.kind == .prefixes:
            bulk.prefixAction = .remove
            bulkChange = bulk
        case (.choosing, .replacePrefixesMarked?) where bulk.kind == .prefixes:
            bulk.prefixAction = .replace
            bulkChange = bulk
        case (.choosing, .linkDidsMarked?) where bulk.kind == .dids, (.choosing, .unlinkDidsMarked?) where bulk.kind == .dids:
            bulk.didAction = command == .linkDidsMarked ? .link : .unlink
            bulkChange = bulk
        case (.reviewing, .confirm?):
            return sendBulkChange()
        case (.sending, .cancel?):
            bulk.sending?.stop()
            bulkChange = bulk
            message = StatusMessage("Stopping after the request in flight…", .warning)
            if bulk.waiting {
                bulkChange?.nextStart = nil
                return bulkStep()
            }
        case (.sending, _):
            break
        case (_, .moveDown?):
            bulk.scroll += 1
            bulkChange = bulk
        case (_, .moveUp?):
            bulk.scroll = max(0, bulk.scroll - 1)
            bulkChange = bulk
        case (.done, _), (_, .cancel?):
            if bulk.phase != .done { message = StatusMessage("Cancelled: nothing was sent") }
            bulkChange = nil
            if bulk.phase == .done, let batch = bulk.batch { return [.bulkJournal(.remove(batch: batch))] + offerNextUnfinished() }
        default:
            break
        }
        return []
    }

    /// The prefixes line: typing, Enter reviews the change (only when every prefix is valid), Esc
    /// goes back to the choice of action.
    private mutating func bulkPrefixesKey(_ key: Key) -> [Effect] {
        guard var bulk = bulkChange, let action = bulk.prefixAction else { return [] }
        switch keymap.command(for: key, in: .bulkPrefixes) {
        case .acceptItems?:
            let prefixes = bulk.typedPrefixes
            if let issue = bulkPrefixIssues(bulk).first {
                message = StatusMessage(issue, .error)
                return []
            }
            if prefixes.isEmpty && action != .replace {
                message = StatusMessage("Type the prefixes to \(action.rawValue) first", .warning)
                return []
            }
            bulk.change = reviewedChange(bulk.trunks, .prefixes(PrefixEdit(action, prefixes)))
            message = nil
        case .cancel?:
            bulk.prefixAction = nil
            bulk.input = TextInput()
        default:
            _ = bulk.input.apply(key)
        }
        bulkChange = bulk
        return []
    }

    /// What is wrong with the prefixes typed, one line each (checked as they are typed).
    func bulkPrefixIssues(_ bulk: BulkChangeState) -> [String] {
        bulk.typedPrefixes.compactMap { validator.itemIssue($0, for: .dstPrefixes)?.message }
    }

    /// True when `key` is typed into the confirmation: a character of `word` (send, cancel and
    /// scroll keys still reach the dialog unless the word holds them), Backspace, Ctrl-U.
    private func typesConfirmation(_ key: Key, word: String) -> Bool {
        switch key {
        case .char(let c): return word.contains(c.lowercased())
        case .backspace, .ctrl("u"), .ctrl("w"): return true
        default: return false
        }
    }

    /// `y`: sends once the words asked for are typed, and never in read-only mode.
    private mutating func sendBulkChange() -> [Effect] {
        guard var bulk = bulkChange, let change = bulk.change else { return [] }
        if change.changingCount == 0 {
            message = StatusMessage("Nothing to send: every trunk is already so or not valid for the change", .warning)
            return []
        }
        if let word = bulk.confirmText, bulk.typed.text.lowercased().trimmingWhitespace() != word {
            message = StatusMessage("Type \(word) to confirm (y alone does not send this)", .warning)
            return []
        }
        if readOnly {
            message = StatusMessage("Read-only mode: changes are not sent", .warning)
            return []
        }
        guard ticketAllowsSending() else { return [] }
        let sending = BulkSending(change)
        let journal = BulkJournal(batch: BulkJournal.batchID(at: now), sending: sending, at: now)
        bulk.sending = sending
        bulk.batch = journal.batch
        bulk.journaled = sending.settledOrder.count
        bulkChange = bulk
        // The form of the marked trunks has done its part once its change is sent.
        if form?.mode.markedTrunks != nil { _ = leaveForm() }
        return [.bulkJournal(.begin(journal)), .setAuditBatch(journal.batch)] + bulkStep()
    }

    /// Starts the next trunk's read when the pace allows, else asks to be woken; at the end, the
    /// results stay and the trunks that failed or were skipped stay marked. Each outcome settled
    /// meanwhile is written down first, and a PATCH is written down before it goes.
    mutating func bulkStep() -> [Effect] {
        let effects = bulkAdvance()
        guard var bulk = bulkChange, let sending = bulk.sending, let batch = bulk.batch,
              bulk.journaled < sending.settledOrder.count else { return effects }
        let settled = sending.settledOrder[bulk.journaled...].compactMap { id in
            sending.outcomes[id].map { Effect.bulkJournal(.record(batch: batch, .settled(id, $0))) }
        }
        bulk.journaled = sending.settledOrder.count
        bulkChange = bulk
        return settled + effects
    }

    private mutating func bulkAdvance() -> [Effect] {
        guard var bulk = bulkChange, var sending = bulk.sending else { return [] }
        if let start = bulk.nextStart, start > now, bulk.pendingPatch != nil || (!sending.stopped && sending.inFlight == nil && !sending.isDone) {
            bulk.waiting = true
            bulkChange = bulk
            return [.wake(after: .milliseconds(Int((start.timeIntervalSince(now) * 1000).rounded(.up))))]
        }
        bulk.waiting = false
        if let patch = bulk.pendingPatch {
            bulk.pendingPatch = nil
            if sending.stopped {
                sending.answered(patch.id, .skipped("stopped before it was sent"))
                bulk.sending = sending
            } else {
                bulkChange = bulk
                let ahead = bulk.batch.map { [Effect.bulkJournal(.record(batch: $0, .sending(patch.id)))] } ?? []
                return ahead + [bulkAsk(.patch(id: patch.id, body: patch.body), for: .bulkSave(trunkID: patch.id))]
            }
        }
        guard sending.inFlight == nil else {
            bulkChange = bulk
            return []
        }
        guard let id = sending.next() else {
            bulk.sending = sending
            bulkChange = bulk
            finishBulkChange()
            return bulk.batch == nil ? [] : [.setAuditBatch(nil)]
        }
        bulk.sending = sending
        bulkChange = bulk
        message = StatusMessage("Sending: " + sending.progressText, .info)
        return [bulkAsk(.loadTrunk(id: id), for: .bulkRead(trunkID: id))]
    }

    /// Asks for `call`, keeping the pace for the next.
    private mutating func bulkAsk(_ call: APICall, for purpose: RequestPurpose) -> Effect {
        let next = now.addingTimeInterval(Self.bulkRequestSpacing)
        bulkChange?.nextStart = next
        return ask(call, for: purpose)
    }

    /// A tick: a request waiting for its time goes out.
    mutating func bulkTick() -> [Effect] {
        guard bulkChange?.waiting == true else { return [] }
        return bulkStep()
    }

    /// The trunk as read again (or the read failed): its PATCH, or its outcome and the next.
    mutating func bulkRead(_ id: String, _ result: Result<Trunk, RequestFailure>) -> [Effect] {
        guard var bulk = bulkChange, var sending = bulk.sending else { return [] }
        switch result {
        case .failure(let failure):
            sending.answered(id, .failed("not read again: \(failure.message)"))
        case .success(let fresh):
            replace(fresh)
            if let body = sending.read(fresh) {
                // The PATCH keeps the pace too: `bulkStep` sends it now or at the next wake-up.
                bulk.sending = sending
                bulk.pendingPatch = BulkChangeState.PendingPatch(id: id, body: body.encoded())
                bulkChange = bulk
                return bulkStep()
            }
        }
        bulk.sending = sending
        bulkChange = bulk
        return appliedWithoutAnswer(id, sending) + bulkStep()
    }

    /// The audit line of a PATCH an earlier run sent with no answer seen, once the read finds it
    /// applied (the audit trail then holds every trunk of the change).
    private func appliedWithoutAnswer(_ id: String, _ sending: BulkSending) -> [Effect] {
        guard sending.doubtful.contains(id), sending.outcomes[id] == .changed,
              let item = sending.change.items.first(where: { $0.trunk.id == id }), let body = sending.change.body(of: item) else { return [] }
        return [.auditAppliedWithoutAnswer(trunkID: id, body: body.encoded(), before: item.trunk)]
    }

    /// The PATCH's answer: the trunk's outcome, then the next trunk.
    mutating func bulkSaved(_ id: String, _ result: Result<ChangeMade, RequestFailure>) -> [Effect] {
        guard var bulk = bulkChange, var sending = bulk.sending else { return [] }
        switch result {
        case .success(let made):
            if let trunk = made.trunk { replace(trunk) }
            sending.answered(id, .changed)
        case .failure(let failure):
            let unknown = failure.outcomeUnknown ? "not known whether it was applied: " : ""
            sending.answered(id, .failed(unknown + failure.message))
            // A failed PATCH may have been followed by a read of the trunk to learn what became
            // of it (`SettlingTrunkService`): the next request keeps the pace after that one.
            bulk.nextStart = max(bulk.nextStart ?? now, now.addingTimeInterval(Self.bulkRequestSpacing))
        }
        bulk.sending = sending
        bulkChange = bulk
        return bulkStep()
    }

    /// Every trunk settled: the trunks changed (or already so) are unmarked, the others stay.
    private mutating func finishBulkChange() {
        guard let sending = bulkChange?.sending else { return }
        let plans = Self.undoPlans(of: sending)
        if !plans.isEmpty { lastChange = .success(.many(plans)) }
        let keep = Set(sending.unsettledIDs)
        for item in sending.change.items {
            // A change finished after a restart had no marks left: the trunks not done get theirs.
            if !keep.contains(item.trunk.id) { marks.unmark(item.trunk.id) }
            else if !marks.contains(item.trunk.id) { marks.mark(item.trunk.id, name: item.trunk.name, anchoring: false) }
        }
        let changed = sending.outcomes.values.filter { $0 == .changed }.count
        let text = "\(changed) of \(sending.change.items.count) \(BulkChangeWords.done(sending.change.edit)) · " + sending.progressText
            + (keep.isEmpty ? "" : " · \(keep.count) still marked")
        message = StatusMessage(text, keep.isEmpty ? .success : .warning)
    }
}
