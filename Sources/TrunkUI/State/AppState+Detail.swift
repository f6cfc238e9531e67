import Foundation
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
        case .back where detailView.rawJSON != nil: detailView.rawJSON = nil
        case .refresh where detailView.rawJSON != nil:
            guard let id = detailView.rawJSON?.trunkID else { return nil }
            detailView.rawJSON = RawJSONState(trunkID: id)
            return refreshList() + [.loadTrunkJSON(id: id)]
        default: return nil
        }
        return []
    }

    /// Keys for an open overlay of the detail pane (number tester, typed confirmation); nil when
    /// none is open, so the key map decides.
    mutating func detailOverlayKey(_ key: Key) -> [Effect]? {
        if detailView.regenerate != nil { return regenerateKey(key) }
        if detailView.tester != nil { return testerKey(key) }
        return nil
    }

    /// Answers to the detail pane's effects.
    mutating func detailEvent(_ event: AppEvent) -> [Effect] {
        switch event {
        case .trunkJSONLoaded(let id, let data):
            guard detailView.rawJSON?.trunkID == id else { return [] }
            detailView.rawJSON?.document = data
            detailView.rawJSON?.error = nil
        case .trunkJSONFailed(let id, let text):
            guard detailView.rawJSON?.trunkID == id else { return [] }
            detailView.rawJSON?.error = text
            message = StatusMessage(text, .error)
        case .credentialsRegenerated(let trunk):
            detailView.regenerate = nil
            detailView.reveal = nil
            detail = trunk
            replace(trunk)
            let user = trunk.authenticationMethod?.username.map { "username \($0)" } ?? "no username returned"
            message = StatusMessage("Regenerated: \(trunk.name ?? trunk.id) now has \(user); password masked, x reveals", .success)
            if detailView.rawJSON?.trunkID == trunk.id {
                detailView.rawJSON = RawJSONState(trunkID: trunk.id)
                return [.loadTrunkJSON(id: trunk.id)]
            }
        case .regenerateFailed(let id, let text):
            if detailView.regenerate?.trunkID == id { detailView.regenerate = nil }
            message = StatusMessage(text, .error)
        default:
            break
        }
        return []
    }

    /// After every event: secrets are masked again when their 30 s are over or the user left the
    /// trunk, and the overlays close when their trunk is no longer the one shown.
    mutating func settleDetailView() {
        let shown = focus == .detail ? detailTrunk?.id : nil
        if let reveal = detailView.reveal {
            if reveal.trunkID != shown {
                detailView.reveal = nil
            } else if now >= reveal.until {
                detailView.reveal = nil
                if message == nil { message = StatusMessage("Secrets masked again") }
            }
        }
        if let raw = detailView.rawJSON, raw.trunkID != shown { detailView.rawJSON = nil }
        if detailView.tester != nil, shown == nil { detailView.tester = nil }
        if let confirm = detailView.regenerate, confirm.trunkID != shown, !confirm.sending { detailView.regenerate = nil }
    }

    /// True while the user has revealed the secrets of the trunk shown in the detail pane (`x`):
    /// anything that shows or copies the SIP password or Twilio SID must mask it otherwise.
    public var revealsSecrets: Bool {
        focus == .detail && detailView.reveals(detailTrunk?.id, at: now)
    }

    /// Rows of trunk text the detail pane shows at the current screen size.
    var detailPageRows: Int { Viewport.detailInnerSize(of: self).rows }

    private mutating func scrollDetail(by delta: Int) {
        let size = Viewport.detailInnerSize(of: self)
        if var raw = detailView.rawJSON {
            let count = RawJSONText.lines(raw, revealSecrets: detailView.reveals(raw.trunkID, at: now)).count
            raw.scroll = clamp(raw.scroll, delta, count: count, rows: size.rows)
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
        if detailView.rawJSON != nil {
            detailView.rawJSON = nil
            return []
        }
        detailView.rawJSON = RawJSONState(trunkID: trunk.id)
        return [.loadTrunkJSON(id: trunk.id)]
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
            if let trunk = detailTrunk, let answer = NumberTester.evaluate(tester.input.text, on: trunk), answer.allowed != nil {
                tester.history.insert(answer.line, at: 0)
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
            detailView.regenerate = confirm
            message = StatusMessage("Regenerating the credentials of \(confirm.expected)…")
            return [.regenerateCredentials(id: confirm.trunkID)]
        case .stays:
            detailView.regenerate = confirm
            return []
        }
    }
}
