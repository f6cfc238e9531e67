import Foundation
import Testing
import TrunkModel
@testable import TrunkUI

/// `:find TEXT`: the filter's matching typed on the command line; one match opens, more filter.
@Suite struct FindCommandTests {
    private func find(_ text: String, in state: inout AppState) -> [Effect] {
        _ = state.press([.char(":")])
        _ = state.type("find " + text)
        return state.press([.enter])
    }

    @Test(arguments: [
        ("2ggkeqnozb", "Berlin Office", "user 2ggkeqnozb"),
        ("AC1b5703", "Frankfurt Twilio", "SID ••••••••"),
        ("77#", "Chicago Sales", "tech 77#"),
        ("2001:db8:1000:5::9 tech:41", "Zürich Ost", "SIP 2001:db8:1000::/48"),
    ])
    func exactlyOneMatchOpensItsDetail(text: String, name: String, reason: String) {
        var state = DemoTrunks.loaded()
        let effects = find(text, in: &state)
        #expect(state.pane == .detail)
        #expect(state.selectedTrunk?.name == name)
        #expect(state.filter == text, "the list stays filtered, so the row and the detail say what matched")
        #expect(effects.calls.contains(.loadTrunk(id: state.selectedTrunk?.id ?? "")), "the trunk is read with its DIDs")
        #expect(state.message?.text == "1 trunk matches \"\(text)\": \(name) (\(reason))")
        #expect(!(state.message?.text.contains("AC1b5703d0") ?? true))
    }

    @Test func moreThanOneMatchFiltersTheListAndSaysHowMany() {
        var state = DemoTrunks.loaded()
        _ = state.press([.enter])
        let effects = find("198.51.100.7", in: &state)
        #expect(state.pane == .list, "the matches are shown in the list")
        #expect(state.filter == "198.51.100.7")
        #expect(state.visible.count > 1)
        #expect(state.message?.text == "\(state.visible.count) trunks match \"198.51.100.7\"")
        #expect(effects.calls.isEmpty, "a free word is not sent to the server")
    }

    @Test func aKnownValueTokenIsSentToTheServerAsTheFilterSendsIt() {
        var state = DemoTrunks.loaded()
        let effects = find("status:bl", in: &state)
        #expect(state.visible.count == 6)
        #expect(effects.calls == [.loadPage(number: 1, size: 50, query: ServerQuery(filters: ["status": "blocked"]))])
        #expect(state.message?.text == "6 loaded trunks match \"status:bl\"", "the server is asked for the rest")
    }

    @Test func noMatchSaysSoAndKeepsTheFilterToClear() {
        var state = DemoTrunks.loaded()
        _ = find("zzqq", in: &state)
        #expect(state.visible.isEmpty)
        #expect(state.message == StatusMessage("No trunk matches \"zzqq\" — Esc clears the filter", .warning))
    }

    @Test func aMistakeIsExplainedAsTheFilterExplainsIt() {
        var state = DemoTrunks.loaded()
        let effects = find("cli:re", in: &state)
        #expect(effects.calls.isEmpty)
        #expect(state.message?.kind == .warning)
        #expect(state.message?.text.contains("cli:re could be cli:reject_call or cli:replace_cli") == true)
    }

    @Test func withoutTextItSaysHowToUseIt() {
        var state = DemoTrunks.loaded()
        _ = state.press([.char(":")])
        _ = state.type("find")
        _ = state.press([.enter])
        #expect(state.message?.kind == .warning)
        #expect(state.message?.text.hasPrefix("Usage: :find TEXT") == true)
        #expect(state.filter.isEmpty)
    }

    @Test func itIsInTheRegistryWithItsHelp() {
        let command = CommandRegistry.standard.command(named: "find")
        #expect(command?.usage == ":find TEXT")
        #expect(command?.leavesTheForm == true)
    }
}
