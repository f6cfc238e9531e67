import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `y s` copies a trunk in plain text for a ticket or an email: name and id, health findings,
/// the destination policy in words, the last call checked on it since the program started. Never a secret.
@Suite struct TrunkSummaryTests {
    static let password = "Pa55-word-never-copied"
    static let sid = "AC" + String(repeating: "5e", count: 16)
    static let apiKey = "key-0123456789abcdef-never-copied"

    /// Berlin Office holding all three secrets: a SIP password, a Twilio account SID, and the
    /// API key inside its callback URL; its detail open with the secrets revealed.
    static func revealedState() -> (AppState, Trunk) {
        var trunk = SeededTrunks.named("Berlin Office")
        trunk.authenticationMethod?.password = password
        trunk.authenticationMethod?.twilioAccountSid = sid
        trunk.callbackUrl = "https://hooks.example.com/didww?api_key=" + apiKey
        var state = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_000_000))
        _ = state.handle(.resized(rows: 24, columns: 80))
        _ = state.start()
        let others = SeededTrunks.all.filter { $0.id != trunk.id }
        _ = state.deliverPage(TrunkPage(trunks: [trunk] + others, totalRecords: others.count + 1), number: 1, generation: 0)
        state.selection = state.visible.firstIndex { state.trunks[$0].id == trunk.id } ?? 0
        _ = state.handle(.key(.enter))
        _ = state.deliverRead(trunk)
        _ = state.press([.char("x")])
        return (state, trunk)
    }

    private func copied(_ effects: [Effect]) -> String? {
        guard case .copyToClipboard(let text)? = effects.first else { return nil }
        return text
    }

    @Test func theSummaryNamesTheTrunkItsHealthAndItsPolicyAndNoSecret() throws {
        var (state, trunk) = Self.revealedState()
        #expect(state.frame().contains(Self.password), "the password is revealed on screen")
        let text = try #require(copied(state.press([.char("y"), .char("s")])))
        #expect(text.hasPrefix("Trunk: Berlin Office\nID: \(trunk.id)\n"))
        #expect(text.contains("Status: Active"))
        #expect(text.contains("Health:\n- Media encryption off: call audio travels as plain RTP (to know)"), "\(text)")
        #expect(text.contains("Destinations: Allows every destination except 49900, 49137."))
        #expect(!text.contains("Call checked"), "no call was checked on it")
        for secret in [Self.password, Self.sid, Self.apiKey] {
            #expect(!text.contains(secret), "the summary never holds \(secret)")
        }
        #expect(state.message?.text == "Sent summary of Berlin Office (no secrets) (\(text.utf8.count) bytes) to the terminal's clipboard (OSC 52)")
    }

    @Test func theLastCallCheckedOnTheTrunkComesWithEveryRule() throws {
        var (state, _) = Self.revealedState()
        _ = state.press([.char("C")])
        _ = state.type("198.51.100.7")
        _ = state.press([.tab])
        _ = state.type(Self.sid)
        _ = state.press([.tab, .tab])
        _ = state.type("+49 30 1234567")
        _ = state.press([.escape])
        let text = try #require(copied(state.press([.char("y"), .char("s")])))
        #expect(text.contains("Call checked (this run): number +49 30 1234567, from 198.51.100.7, a Twilio account SID (not written here)"),
                "\(text)")
        #expect(text.contains("✗ Refused by authentication_method.allowed_sip_ips (also authentication_method.username)"), "\(text)")
        #expect(text.contains("  ✗ authentication_method.allowed_sip_ips: 198.51.100.7 is not among the allowed SIP addresses"))
        #expect(text.contains("  ✓ status: The trunk is active."))
        #expect(text.contains("  CLI the call carries: not known"))
        for secret in [Self.password, Self.sid, Self.apiKey] {
            #expect(!text.contains(secret), "the summary never holds \(secret)")
        }
        #expect(state.message?.text.hasPrefix("Sent summary of Berlin Office with its last call check (no secrets)") == true)
    }

    @Test func aCheckOnAnotherTrunkIsNotThisTrunksCheck() throws {
        var (state, _) = Self.revealedState()
        _ = state.press([.char("C"), .backTab, .char(" ")])
        _ = state.press([.tab, .tab, .tab, .tab])
        _ = state.type("+49 30 1234567")
        _ = state.press([.escape])
        let text = try #require(copied(state.press([.char("y"), .char("s")])))
        #expect(!text.contains("Call checked"), "the all-trunks answer records no trunk's check: \(text)")
    }
}
