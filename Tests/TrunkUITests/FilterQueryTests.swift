import Testing
import TrunkModel
@testable import TrunkUI

/// The `/` line parser: free words, `key:value` tokens → `filter[...]`, and explained mistakes.
@Suite struct FilterQueryTests {
    @Test(arguments: [
        ("status:blocked", ["status": "blocked"]),
        ("status:Blocked", ["status": "blocked"]),
        ("auth:twilio", ["authentication_method.type": "twilio"]),
        ("auth:creds", ["authentication_method.type": "credentials_and_ip"]),
        ("auth:ip", ["authentication_method.type": "ip_only"]),
        ("enc:zrtp", ["media_encryption_mode": "zrtp"]),
        ("enc:off", ["media_encryption_mode": "disabled"]),
        ("enc:dtls", ["media_encryption_mode": "srtp_dtls"]),
        ("reached:true", ["threshold_reached": "true"]),
        ("reached:no", ["threshold_reached": "false"]),
        ("cli:reject_call", ["on_cli_mismatch_action": "reject_call"]),
        ("dst:reject_all", ["default_dst_action": "reject_all"]),
        ("anycli:yes", ["allow_any_did_as_cli": "true"]),
        ("ref:ABC", ["external_reference_id": "ABC"]),
        ("name:exact", ["name": "exact"]),
        ("name:\"Berlin Office\"", ["name": "Berlin Office"]),
        ("status:active status:blocked", ["status": "blocked"]),
        ("status:blocked auth:twilio enc:zrtp", ["status": "blocked", "authentication_method.type": "twilio",
                                                 "media_encryption_mode": "zrtp"]),
        ("berlin", [:]),
    ] as [(String, [String: String])])
    func tokensMapToServerFilters(line: String, filters: [String: String]) {
        let query = FilterQuery.parse(line)
        #expect(query.serverFilters == filters)
        #expect(query.problems.isEmpty)
    }

    @Test(arguments: [
        ("colour:red", "colour: is not a filter"),
        ("status:sleeping", "status:sleeping — status takes active or blocked"),
        ("reached:maybe", "reached:maybe — reached takes true or false"),
        ("enc:", "enc: needs a value"),
        ("ref:A,B", "a comma would be read as \"any of\""),
    ])
    func mistakesAreExplainedAndNotSent(line: String, explanation: String) {
        let query = FilterQuery.parse(line)
        #expect(query.serverFilters.isEmpty)
        #expect(query.problems.count == 1)
        #expect(query.problems.first?.contains(explanation) == true, "\(query.problems)")
    }

    @Test(arguments: [
        ("berlin office", ["berlin", "office"]),
        ("2001:db8::1", ["2001:db8::1"]),
        ("\"zürich ost\"", ["zürich ost"]),
        ("  44   4420 ", ["44", "4420"]),
    ])
    func freeWordsAreLowerCasedAndIPv6IsNotAToken(line: String, words: [String]) {
        let query = FilterQuery.parse(line)
        #expect(query.words == words)
        #expect(query.tokens.isEmpty)
    }

    @Test func localMatchingChecksWordsAndTokens() {
        var blockedTwilio = UIFixtures.trunk(1, name: "Berlin Office", status: .blocked)
        blockedTwilio.authenticationMethod = AuthenticationMethod(type: .twilio, allowedSipIps: nil)
        let active = UIFixtures.trunk(2, name: "Berlin Depot")
        #expect(FilterQuery.parse("status:blocked").matches(blockedTwilio))
        #expect(!FilterQuery.parse("status:blocked").matches(active))
        #expect(FilterQuery.parse("berlin auth:twilio").matches(blockedTwilio))
        #expect(!FilterQuery.parse("depot auth:twilio").matches(blockedTwilio))
        #expect(FilterQuery.parse("berlin depot").matches(active))
        #expect(FilterQuery.parse("203.0.113").matches(active), "RTP addresses are searched")
        #expect(FilterQuery.parse("4").matches(active), "prefixes are searched")
        #expect(FilterQuery.parse("name:\"Berlin Depot\"").matches(active))
        #expect(!FilterQuery.parse("name:berlin").matches(active), "name: is exact")
        #expect(FilterQuery.parse("colour:red berlin").matches(active), "an unknown token does not narrow")
    }
}

/// Typing more only re-checks the last matches (in `TrunkSearchIndex`); the result equals a full
/// recomputation.
@Suite struct IncrementalFilterTests {
    @Test(arguments: [
        ("ber", "berl", true), ("ber", "ber o", true), ("status:blocked", "status:blocked z", true),
        ("b", "b auth:twilio", true), ("o ber", "ber o", true), ("ber", "be", false), ("berl", "ber", false),
        ("status:active", "status:blocked", false), ("ber o", "o", false), ("b", "xb", false),
    ])
    func narrowingIsDetected(old: String, new: String, narrows: Bool) {
        #expect(FilterQuery.parse(new).narrows(FilterQuery.parse(old)) == narrows)
    }

    @Test func typingCharacterByCharacterMatchesAFullFilter() {
        for text in ["zür", "o", "203.0", "berlin office", "status:blocked z", "4 4"] {
            var typed = UIFixtures.loadedState()
            _ = typed.press([.char("s"), .char("S"), .char("/")])
            _ = typed.type(text)
            var full = UIFixtures.loadedState()
            _ = full.press([.char("s"), .char("S")])
            full.filter = text
            full.refreshVisible()
            #expect(typed.visible == full.visible, "\(text)")
        }
    }
}
