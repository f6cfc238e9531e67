import FoundationEssentials
import ScreenKit
import TrunkModel

/// `b` or `p` with trunks marked: which change (block or unblock; add, remove or replace
/// prefixes, and which), one review of every trunk, then sending one trunk at a time with the
/// single save's read-again guard, and the results.
public struct BulkChangeState: Equatable, Sendable {
    /// What kind of change the key asked for.
    public enum Kind: Equatable, Sendable { case status, prefixes, undo }

    public var kind: Kind
    /// The marked trunks as loaded when the key was pressed, in list order.
    public var trunks: [Trunk]
    /// Prefixes: the action chosen, and the prefixes typed for it.
    public var prefixAction: PrefixEdit.Action?
    public var input = TextInput()
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
        return prefixAction == nil ? .choosing : .entering
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
    /// The API's pace: at most 20 requests a second, so one start at least this far after the last.
    static let bulkRequestSpacing: TimeInterval = 0.05

    /// `b` or `p` with trunks marked: ask which change, for the marked trunks loaded.
    mutating func openBulkChange(_ kind: BulkChangeState.Kind) {
        let marked = markedTrunks
        guard !marked.isEmpty else {
            message = StatusMessage("None of the \(markedCountText) trunks is loaded now", .warning)
            return
        }
        bulkChange = BulkChangeState(kind, trunks: marked)
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
        if bulk.phase == .entering { return bulkPrefixesKey(key) }
        let command = keymap.command(for: key, in: .bulkChange)
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
        bulk.sending = BulkSending(change)
        bulkChange = bulk
        return bulkStep()
    }

    /// Starts the next trunk's read when the pace allows, else asks to be woken; at the end, the
    /// results stay and the trunks that failed or were skipped stay marked.
    mutating func bulkStep() -> [Effect] {
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
                return [bulkAsk(.patch(id: patch.id, body: patch.body), for: .bulkSave(trunkID: patch.id))]
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
            return []
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
        return bulkStep()
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
        for item in sending.change.items where !keep.contains(item.trunk.id) { marks.unmark(item.trunk.id) }
        let changed = sending.outcomes.values.filter { $0 == .changed }.count
        let text = "\(changed) of \(sending.change.items.count) \(BulkChangeWords.done(sending.change.edit)) · " + sending.progressText
            + (keep.isEmpty ? "" : " · \(keep.count) still marked")
        message = StatusMessage(text, keep.isEmpty ? .success : .warning)
    }
}
