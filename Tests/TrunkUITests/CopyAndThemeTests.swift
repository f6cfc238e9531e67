import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `y` copies through OSC 52 (wrapped for tmux and screen); `:theme NAME` switches live.
@Suite struct CopyAndThemeTests {
    @Test func yThenNCopiesTheNameAndSaysHowManyBytes() {
        var state = UIFixtures.loadedState()
        #expect(state.press([.char("y")]).isEmpty)
        #expect(state.message?.text == "Copy: y name · i id · j JSON · u username · p password · s ticket · Esc cancels")
        let effects = state.press([.char("n")])
        #expect(effects == [.copyToClipboard("Berlin Office")])
        #expect(state.message?.text == "Sent name (13 bytes) to the terminal's clipboard (OSC 52)")
        #expect(!state.copyPending)
    }

    @Test func yyCopiesTheNameAndYiTheId() {
        var state = UIFixtures.loadedState()
        #expect(state.press([.char("y"), .char("y")]) == [.copyToClipboard("Berlin Office")])
        #expect(state.press([.char("j"), .char("y"), .char("i")]) == [.copyToClipboard(UIFixtures.trunks[1].id)])
    }

    @Test func jsonCopyMasksSecrets() throws {
        var state = UIFixtures.loadedState()
        let effects = state.press([.char("y"), .char("j")])
        guard case .copyToClipboard(let text) = effects.first else {
            Issue.record("no copy effect: \(effects)"); return
        }
        #expect(!text.contains("z0hshvbcy7"), "the SIP password is masked")
        #expect(text.contains(TrunkCopy.mask))
        let document = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let data = document?["data"] as? [String: Any]
        let attributes = data?["attributes"] as? [String: Any]
        #expect(data?["id"] as? String == UIFixtures.trunks[0].id)
        #expect(attributes?["name"] as? String == "Berlin Office")
        #expect(attributes?["dst_prefixes"] as? [String] == ["44", "49"])
        let auth = attributes?["authentication_method"] as? [String: Any]
        #expect(auth?["type"] as? String == "credentials_and_ip")
        #expect(state.message?.text.hasPrefix("Sent JSON, secrets masked (\(text.utf8.count) bytes)") == true)
    }

    @Test func anyOtherKeyCancelsTheCopy() {
        var state = UIFixtures.loadedState()
        #expect(state.press([.char("y"), .escape]).isEmpty)
        #expect(state.message?.text == "Copy cancelled")
        #expect(state.press([.char("j")]).isEmpty)
        #expect(state.selectedTrunk?.name == "東京 outbound", "keys work normally again")
    }

    @Test func osc52IsPlainOutsideMultiplexers() {
        let sequence = OSC52.sequence(for: "Berlin Office", environment: ["TERM": "xterm-256color"])
        #expect(sequence == "\u{1B}]52;c;" + Data("Berlin Office".utf8).base64EncodedString() + "\u{07}")
    }

    @Test func osc52InsideTmuxIsSentPlainAndWrappedInPassthrough() {
        let plain = OSC52.sequence(for: "x", environment: [:])
        let sequence = OSC52.sequence(for: "x", environment: ["TMUX": "/tmp/tmux-0/default,1,0", "TERM": "tmux-256color"])
        #expect(sequence == plain + "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;eA==\u{07}\u{1B}\\")
    }

    @Test func osc52InsideScreenIsChunkedIntoDCS() {
        let text = String(repeating: "a", count: 1000)
        let sequence = OSC52.sequence(for: text, environment: ["STY": "1234.pts-0", "TERM": "screen"])
        let chunks = sequence.components(separatedBy: "\u{1B}P").filter { !$0.isEmpty }
        #expect(chunks.count == 2)
        #expect(chunks.allSatisfy { $0.hasSuffix("\u{1B}\\") && $0.utf8.count <= 770 })
        #expect(chunks.map { String($0.dropLast(2)) }.joined() == OSC52.sequence(for: text, environment: [:]))
    }

    @Test func themeCommandAsksTheRunner() {
        var state = UIFixtures.loadedState()
        #expect(state.press([.char(":")] + "theme dark".map { Key.char($0) } + [.enter]) == [.setTheme("dark")])
        state.themeApplied("dark", problem: nil)
        #expect(state.themeName == "dark")
        state.themeApplied("nope", problem: "theme not found")
        #expect(state.themeName == "dark")
        #expect(state.message?.kind == .error && state.message?.text.contains("kept dark") == true)
    }

    @Test func runnerCopiesAndSwitchesThemesThroughTheDriver() {
        let terminal = InMemoryTerminal(rows: 24, columns: 100)
        let runner = AppRunner(state: UIFixtures.loadedState(), terminal: terminal, service: StubService())
        runner.environment = [:]
        let dark = Theme(name: "dark", styles: [.text: CellStyle(background: .rgb(28, 28, 28))])
        runner.themeLoader = { name in
            guard name == "dark" else { throw ThemeError([ThemeDiagnostic(file: name, line: 0, "theme not found")]) }
            return dark
        }
        terminal.enqueue([.char("y"), .char("n"), .char(":")] + "theme dark".map { Key.char($0) } + [.enter])
        terminal.enqueue([.char(":")] + "theme nope".map { Key.char($0) } + [.enter, .char("q")])
        let final = runner.run()
        #expect(terminal.controlSequences.contains(OSC52.sequence(for: "Berlin Office", environment: [:])))
        #expect(terminal.theme == dark)
        #expect(final.themeName == "dark")
    }
}

/// A service with three trunks and no network; writes are not expected here.
private struct StubService: TrunkService {
    struct Unexpected: Error {}
    func listPage(number: Int, size: Int, query: ServerQuery) async throws -> TrunkPage {
        TrunkPage(trunks: UIFixtures.trunks, totalRecords: 3)
    }
    func trunk(id: String) async throws -> Trunk {
        guard let trunk = UIFixtures.trunks.first(where: { $0.id == id }) else { throw Unexpected() }
        return trunk
    }
    func update(id: String, body: Data) async throws -> ChangeReceipt<Trunk> { throw Unexpected() }
    func trunkDocument(id: String) async throws -> Data { throw Unexpected() }
    func regenerateCredentials(id: String) async throws -> ChangeReceipt<String> { throw Unexpected() }
    func create(body: Data) async throws -> ChangeReceipt<Trunk> { throw Unexpected() }
    func delete(id: String) async throws -> ChangeReceipt<String> { throw Unexpected() }
    func enterReadOnly() {}
}
