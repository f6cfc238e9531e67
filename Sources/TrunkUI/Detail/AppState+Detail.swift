import FoundationEssentials
import ScreenKit
import TrunkModel

extension AppState {
    /// The commands of the detail pane: scrolling (of the trunk or of its raw JSON), `x`, `J`, `t`
    /// and `R`. Nil when `command` is not one of them.
    mutating func detailCommand(_ command: Command) -> [Effect]? {
        switch command {
        case .moveDown: scrollDetail(by: 1)
        case .moveUp: scrollDetail(by: -1)
        case .pageDown: scrollDetail(by: max(1, detailPageRows - 1))
        case .pageUp: scrollDetail(by: -max(1, detailPageRows - 1))
        case .top: scrollDetail(by: -Int.max / 2)
        case .bottom: scrollDetail(by: Int.max / 2)
        case .revealSecrets: toggleReveal()
        case .rawJSON: return toggleRawJSON()
        case .testNumber: openNumberTester()
        case .regenerateCredentials: askToRegenerate()
        case .search: openDetailSearch()
        case .nextMatch: stepDetailSearch(backwards: false)
        case .previousMatch: stepDetailSearch(backwards: true)
        case .back where detailView.rawJSON != nil:
            detailView.rawJSON = nil
            detailView.search?.current = nil
        case .refresh where detailView.rawJSON != nil:
            guard let id = detailView.rawJSON?.trunkID else { return nil }
            detailView.rawJSON = RawJSONState(trunkID: id)
            return refreshList() + [ask(.loadTrunkJSON(id: id), for: .rawJSON(trunkID: id))]
        default: return nil
        }
        return []
    }

    /// Keys for an open overlay of the detail pane (search line, number tester, typed
    /// confirmation); nil when none is open, so the key map decides.
    mutating func detailOverlayKey(_ key: Key) -> [Effect]? {
        if detailView.searchLine != nil { return detailSearchKey(key) }
        if detailView.regenerate != nil { return regenerateKey(key) }
        if detailView.tester != nil { return testerKey(key) }
        return nil
    }

    /// Reads trunk `id` with its DIDs for the detail pane.
    mutating func readForDetail(_ id: String) -> Effect {
        ask(.loadTrunk(id: id), for: .detail(trunkID: id))
    }

    /// The detail read of trunk `id`. The list's copy of the trunk is updated whatever the
    /// screen shows now; the detail pane only when it still shows that trunk.
    mutating func detailRead(_ id: String, _ result: Result<Trunk, RequestFailure>) -> [Effect] {
        let shown = selectedTrunk?.id == id
        switch result {
        case .success(let trunk):
            if shown {
                detail = trunk
                detailError = nil
            }
            replace(trunk)
        case .failure(let failure):
            guard shown else { return [] }
            detailError = failure.message
            message = StatusMessage(failure.message + (detail?.id == id ? " Showing the last good data." : ""), .error)
        }
        return []
    }

    /// The raw document of trunk `id`, for the raw JSON view if it still shows that trunk.
    mutating func rawJSONRead(_ id: String, _ result: Result<Data, RequestFailure>) -> [Effect] {
        guard detailView.rawJSON?.trunkID == id else { return [] }
        switch result {
        case .success(let data):
            detailView.rawJSON?.document = data
            detailView.rawJSON?.error = nil
        case .failure(let failure):
            detailView.rawJSON?.error = failure.message
            message = StatusMessage(failure.message, .error)
        }
        return []
    }

    /// The credentials of trunk `id` were regenerated (then the trunk is read again), or not.
    mutating func regenerated(_ id: String, _ result: Result<ChangeMade, RequestFailure>) -> [Effect] {
        switch result {
        case .success:
            return [ask(.loadTrunk(id: id), for: .regeneratedRead(trunkID: id))]
        case .failure(let failure):
            regenerateFailed(id, failure.outcomeUnknown
                ? "Not known whether the credentials were regenerated (r reads the trunk): " + failure.message
                : "Regenerating failed; the old credentials still work: " + failure.message)
            return []
        }
    }

    /// The trunk read again after its credentials were regenerated.
    mutating func regeneratedTrunkRead(_ id: String, _ result: Result<Trunk, RequestFailure>) -> [Effect] {
        switch result {
        case .success(let trunk):
            if detailView.regenerate?.trunkID == id { detailView.regenerate = nil }
            if detailView.reveal?.trunkID == id { detailView.reveal = nil }
            if detail?.id == id || selectedTrunk?.id == id { detail = trunk }
            replace(trunk)
            let user = trunk.authenticationMethod?.username.map { "username \($0)" } ?? "no username returned"
            message = StatusMessage("Regenerated: \(trunk.name ?? trunk.id) now has \(user); password masked, x reveals", .success)
            if detailView.rawJSON?.trunkID == trunk.id {
                detailView.rawJSON = RawJSONState(trunkID: trunk.id)
                return [ask(.loadTrunkJSON(id: trunk.id), for: .rawJSON(trunkID: trunk.id))]
            }
        case .failure(let failure):
            regenerateFailed(id, "Credentials were regenerated, but reading the trunk again failed (r retries): " + failure.message)
        }
        return []
    }

    private mutating func regenerateFailed(_ id: String, _ text: String) {
        if detailView.regenerate?.trunkID == id { detailView.regenerate = nil }
        message = StatusMessage(text, .error)
    }

    /// At each tick: secrets shown longer than their 30 s are masked again, and the status line
    /// says so.
    mutating func maskExpiredSecrets() {
        guard let reveal = detailView.reveal, now >= reveal.until else { return }
        detailView.reveal = nil
        if message == nil { message = StatusMessage("Secrets masked again") }
    }

    /// True while the user has revealed the secrets of the trunk shown in the detail pane (`x`):
    /// anything that shows or copies the SIP password or Twilio SID must mask it otherwise.
    public var revealsSecrets: Bool {
        pane == .detail && detailView.reveals(detailTrunk?.id, at: now)
    }

    /// Rows of trunk text the detail pane shows at the current screen size.
    var detailPageRows: Int { Viewport.detailInnerSize(of: self).rows }

    private mutating func scrollDetail(by delta: Int) {
        let size = Viewport.detailInnerSize(of: self)
        if var raw = detailView.rawJSON {
            let count = RawJSONText.lines(raw, revealSecrets: detailView.reveals(raw.trunkID, at: now)).count
            raw.scroll = clamp(raw.scroll, delta, count: count, rows: RawJSONText.bodyRows(innerRows: size.rows))
            detailView.rawJSON = raw
            return
        }
        guard let trunk = detailTrunk else { return }
        let count = DetailText.lines(for: trunk, state: self, width: size.columns).count
        detailScroll = clamp(detailScroll, delta, count: count, rows: size.rows)
    }

    private func clamp(_ scroll: Int, _ delta: Int, count: Int, rows: Int) -> Int {
        let limit = max(0, count - rows)
        let base = min(scroll, limit)
        return min(limit, max(0, base + delta))
    }

    private mutating func toggleReveal() {
        guard let trunk = detailTrunk else { return }
        if detailView.reveals(trunk.id, at: now) {
            detailView.reveal = nil
            message = StatusMessage("Secrets masked")
            return
        }
        let auth = trunk.authenticationMethod
        guard auth?.password != nil || auth?.twilioAccountSid != nil else {
            let why = auth?.type == .ipOnly ? "IP-only trunks authenticate by address and have no password"
                                            : "no password or Twilio SID was returned for it"
            message = StatusMessage("Nothing to reveal on \(trunk.name ?? trunk.id): \(why)", .info)
            return
        }
        detailView.reveal = .init(trunkID: trunk.id, until: now.addingTimeInterval(DetailViewState.revealSeconds))
    }

    private mutating func toggleRawJSON() -> [Effect] {
        guard let trunk = detailTrunk else { return [] }
        // The other text has other matches: the next `n` starts from the top of the view.
        detailView.search?.current = nil
        if detailView.rawJSON != nil {
            detailView.rawJSON = nil
            return []
        }
        detailView.rawJSON = RawJSONState(trunkID: trunk.id)
        return [ask(.loadTrunkJSON(id: trunk.id), for: .rawJSON(trunkID: trunk.id))]
    }

    private mutating func openNumberTester() {
        guard detailTrunk != nil else { return }
        detailView.tester = NumberTesterState()
    }

    private mutating func testerKey(_ key: Key) -> [Effect] {
        guard var tester = detailView.tester else { return [] }
        switch keymap.command(for: key, in: .numberTester) {
        case .close?:
            detailView.tester = nil
            return []
        case .keepAnswer?:
            if let trunk = detailTrunk, let answer = NumberTester.evaluate(tester.input.text, on: trunk), answer.verdict != nil {
                // A kept answer names the number it answers: several read one under another.
                tester.history.insert(tester.input.text.trimmingWhitespace() + ": " + answer.line, at: 0)
                tester.history = Array(tester.history.prefix(NumberTester.historyLimit))
                tester.input = TextInput()
            }
        default:
            _ = tester.input.apply(key)
        }
        detailView.tester = tester
        return []
    }

    private mutating func askToRegenerate() {
        guard let trunk = detailTrunk else { return }
        switch trunk.authenticationMethod?.type {
        case .credentialsAndIp?:
            detailView.regenerate = RegenerateState(trunkID: trunk.id, expected: trunk.name ?? trunk.id)
        case .twilio?:
            message = StatusMessage("Twilio trunks sign in with the Twilio account SID: there are no SIP credentials to regenerate (e edits the SID)", .warning)
        case .ipOnly?:
            message = StatusMessage("IP-only trunks authenticate by source address: there are no credentials to regenerate", .warning)
        default:
            message = StatusMessage("Only credentials-and-IP trunks have credentials to regenerate; this trunk's method is not known yet (r reads it again)", .warning)
        }
    }

    private mutating func regenerateKey(_ key: Key) -> [Effect] {
        guard var confirm = detailView.regenerate else { return [] }
        let command = keymap.command(for: key, in: .regenerateConfirmation)
        switch confirm.handle(key, as: command, empty: "Type the trunk name exactly to confirm",
                              mismatch: "That is not this trunk's name; nothing was sent") {
        case .cancelled(let wasSending):
            detailView.regenerate = nil
            message = wasSending ? StatusMessage("Regenerating continues; the answer will show here")
                                 : StatusMessage("Regenerate cancelled; nothing was sent")
            return []
        case .confirmed:
            guard ticketAllowsSending() else {
                confirm.sending = false
                detailView.regenerate = confirm
                return []
            }
            detailView.regenerate = confirm
            message = StatusMessage("Regenerating the credentials of \(confirm.expected)…")
            return [ask(.regenerateCredentials(id: confirm.trunkID), for: .regenerate(trunkID: confirm.trunkID))]
        case .stays:
            detailView.regenerate = confirm
            return []
        }
    }
}
