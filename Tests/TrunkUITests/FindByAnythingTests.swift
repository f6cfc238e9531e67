import FakeDidww
import Foundation
import Testing
import TrunkModel
@testable import TrunkUI

/// The demo account's 42 trunks (seed 42), as `trunks --demo` lists them.
enum DemoTrunks {
    /// The demo's trunk with the long name.
    static let vienna = "Vienna wholesale interconnect for premium-rate and international long-distance "
        + "termination with a strict destination policy (backup route B, do not delete)"
    static let all: [Trunk] = SeedDocuments.trunkDocuments(count: 42).compactMap { try? TrunkDocuments.decodeSingle($0) }

    /// A state with the demo's trunks loaded in server order, at `rows` × `columns`.
    static func loaded(rows: Int = 23, columns: Int = 80) -> AppState {
        var state = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_000_000))
        _ = state.handle(.resized(rows: rows, columns: columns))
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: all, totalRecords: all.count), number: 1, generation: 0)
        return state
    }

    /// The names the filter `line` lists, each with the reason its row shows ("" for the name).
    static func found(_ line: String) -> [String: String] {
        var state = loaded()
        state.filter = line
        state.refreshVisible()
        let query = FilterQuery.parse(line)
        return Dictionary(uniqueKeysWithValues: state.visible.map { position in
            let trunk = state.trunks[position]
            return (trunk.name ?? trunk.id, TrunkSearch.reason(trunk, query)?.label ?? "")
        })
    }
}

/// Finding a trunk from what a support ticket quotes: every identifier, addresses by containment,
/// networks by overlap, token value prefixes, known values as words, and the reason each row shows.
@Suite struct FindByAnythingTests {
    @Test(arguments: [
        // The searches quoted in tickets, on the demo account.
        ("2ggkeqnozb", ["Berlin Office": "user 2ggkeqnozb"]),
        ("AC1b5703", ["Frankfurt Twilio": "SID ••••••••"]),
        ("ac1b5703d043addc27ffba90adfe5a827c", ["Frankfurt Twilio": "SID ••••••••"]),
        ("77#", ["Chicago Sales": "tech 77#"]),
        ("crm-1003", ["Dublin Support": "ref crm-1003"]),
        ("ref:crm-1003", ["Dublin Support": "ref crm-1003"]),
        ("status:blocked chicago", ["Chicago Sales": ""]),
        ("4401#", ["Dublin Support": "tech 4401#"]),
        ("359", ["Sofia Reject All": "prefix 359", DemoTrunks.vienna: "prefix 39359"]),
        ("chicago", ["Chicago Sales": ""]),
        ("user:2ggk", ["Berlin Office": "user 2ggkeqnozb"]),
        ("sid:ac1b", ["Frankfurt Twilio": "SID ••••••••"]),
        ("tech:77", ["Chicago Sales": "tech 77#"]),
        ("prefix:3591", [:]),
        ("sip-ip:198.51.100.20", ["Chicago Sales": "SIP 198.51.100.20/32", "Lisbon Any IP": "SIP 0.0.0.0/0",
                                  DemoTrunks.vienna: "SIP 198.51.100.0/24",
                                  "Toronto NOC": "SIP 198.51.100.20/32", "Istanbul Retail 00025": "SIP 198.51.100.0/25",
                                  "Bratislava Retail 00032": "SIP 198.51.100.0/25", "Kyiv Retail 00038": "SIP 198.51.100.0/25"]),
        ("rtp-ip:2001:db8:2000::1", ["Zürich Ost": "RTP 2001:db8:2000::/64"]),
        ("ip:2001:db8:cafe::1", ["Café ☎ trunk": "SIP 2001:db8:cafe::1", "Tallinn Lab": "SIP 2001:db8::/32"]),
        ("2001:db8:1000:5::9", ["Zürich Ost": "SIP 2001:db8:1000::/48", "Tallinn Lab": "SIP 2001:db8::/32"]),
    ] as [(String, [String: String])])
    func aQuotedIdentifierFindsItsTrunkAndSaysWhy(line: String, expected: [String: String]) {
        #expect(DemoTrunks.found(line) == expected)
    }

    @Test func anAddressMatchesTheNetworksHoldingItNeverItsText() {
        let found = DemoTrunks.found("203.0.113.55")
        #expect(found["Toronto NOC"] == "RTP 203.0.113.52/30", "inside one of its /30s")
        #expect(found["Berlin Office"] == "RTP 203.0.113.0/24")
        #expect(found["Lisbon Any IP"] == "SIP 0.0.0.0/0")
        #expect(found["Zürich Ost"] == nil, "203.0.113.128/25 does not hold .55")
        #expect(found["Chicago Sales"] == nil, "no RTP networks, SIP elsewhere")
    }

    @Test(arguments: [
        ("198.51.100.7", ["198.51.100.7/32"], true),
        ("198.51.100.7", ["198.51.100.70/32"], false),
        ("198.51.100.7", ["198.51.100.77"], false),
        ("198.51.100.7", ["198.51.100.0/29"], true),
        ("198.51.100.7", ["198.51.100.8/29"], false),
        ("198.51.100.7", ["0.0.0.0/0"], true),
        ("198.51.100.7", ["2001:db8::/32"], false),
        ("198.51.100.", ["198.51.100.70/32"], true),
        ("198.51.100.0/24", ["198.51.100.70/32"], true),
        ("198.51.100.0/24", ["198.51.0.0/16"], true),
        ("198.51.100.0/25", ["198.51.100.128/25"], false),
        ("2001:db8::1", ["2001:db8::/32"], true),
        ("2001:db8::1", ["2001:db8::10/128"], false),
        ("2001:db8::/48", ["2001:db8:0:1::/64"], true),
        ("2001:db8:1::/48", ["2001:db8:2::/48"], false),
        ("::/0", ["2001:db8::1"], true),
    ] as [(String, [String], Bool)])
    func addressesMatchByContainmentAndNetworksByOverlap(word: String, sipIps: [String], matches: Bool) {
        var trunk = UIFixtures.trunk(1, name: "Plain")
        trunk.allowedRtpIps = nil
        trunk.authenticationMethod = AuthenticationMethod(type: .ipOnly, allowedSipIps: sipIps)
        #expect(FilterQuery.parse(word).matches(trunk) == matches, "\(word) in \(sipIps)")
        var state = UIFixtures.loadedState()
        state.trunks = TrunkList([trunk])
        state.filter = word
        state.refreshVisible()
        #expect(state.visible.count == (matches ? 1 : 0), "the index agrees: \(word) in \(sipIps)")
    }

    @Test(arguments: [
        ("status:bl", ["status": "blocked"]),
        ("status:A", ["status": "active"]),
        ("auth:tw", ["authentication_method.type": "twilio"]),
        ("auth:cred", ["authentication_method.type": "credentials_and_ip"]),
        ("enc:z", ["media_encryption_mode": "zrtp"]),
        ("cli:send", ["on_cli_mismatch_action": "send_original_cli"]),
        ("reached:t", ["threshold_reached": "true"]),
        ("dst:allow", ["default_dst_action": "allow_all"]),
    ] as [(String, [String: String])])
    func anUnambiguousStartOfAValueIsThatValue(line: String, filters: [String: String]) {
        let query = FilterQuery.parse(line)
        #expect(query.problems.isEmpty, "\(query.problems)")
        #expect(query.serverFilters == filters)
    }

    @Test(arguments: [
        ("enc:srtp", "enc:srtp could be enc:srtp_sdes or enc:srtp_dtls"),
        ("cli:re", "cli:re could be cli:reject_call or cli:replace_cli"),
        ("status:x", "status:x — status takes active or blocked"),
    ])
    func anAmbiguousStartNamesTheValuesItCouldBe(line: String, problem: String) {
        let query = FilterQuery.parse(line)
        #expect(query.problems == [problem])
        #expect(query.serverFilters.isEmpty)
    }

    @Test(arguments: [
        ("ip:198.51.100.7", "ip", "198.51.100.7"),
        ("sip-ip:10.0.0.0/8", "sip-ip", "10.0.0.0/8"),
        ("rtp-ip:2001:db8::1", "rtp-ip", "2001:db8::1"),
        ("user:Alice", "user", "Alice"),
        ("sid:AC12", "sid", "AC12"),
        ("prefix:44", "prefix", "44"),
        ("tech:77#", "tech", "77#"),
    ])
    func localTokensNarrowButAreNeverSent(line: String, key: String, value: String) {
        let query = FilterQuery.parse(line)
        #expect(query.problems.isEmpty)
        #expect(query.tokens.map(\.key) == [key])
        #expect(query.tokens.first?.value == value)
        #expect(query.serverFilters.isEmpty, "the API has no filter for \(key):")
    }

    @Test(arguments: ["2001:db8::1", "dead:beef::1", "fe80::/10", "::1"])
    func anIPv6WordIsFreeTextNotAToken(line: String) {
        let query = FilterQuery.parse(line)
        #expect(query.tokens.isEmpty && query.problems.isEmpty)
        #expect(query.words == [line])
    }

    @Test(arguments: [
        ("blocked", "status:blocked", 6),
        ("twilio", "auth:twilio", 6),
        ("zrtp", "enc:zrtp", nil),
        ("sdes", "enc:srtp_sdes", nil),
    ] as [(String, String, Int?)])
    func aKnownValueWordFindsTheTrunksWithItAndSuggestsTheToken(word: String, token: String, count: Int?) {
        let found = DemoTrunks.found(word)
        if let count { #expect(found.count == count, "\(found)") }
        let reason = token.replacingOccurrences(of: ":", with: " ")
        #expect(found.values.allSatisfy { $0 == reason || $0 == "" }, "\(found)")
        #expect(FilterQuery.parse(word).suggestedTokens == [token])
        let line = FilterLineBar.explanation(FilterQuery.parse(word), matches: found.count, keymap: .standard).0
        #expect(line.contains("\(token) narrows exactly"), "\(line)")
        #expect(FilterQuery.parse(word).serverFilters.isEmpty, "a word is never sent; the token would be")
    }

    @Test(arguments: ["true", "yes", "reject", "ip", "off"])
    func aWordOfTwoKeysOrAShortAliasStandsForNoToken(word: String) {
        #expect(FilterQuery.parse(word).suggestedTokens.isEmpty)
    }

    @Test(arguments: [
        ("198.51.100.", "198.51.100.7", false), ("198.51.100.7", "198.51.100.70", false),
        ("blocke", "blocked", false), ("user:2g", "user:2gg", true), ("user:2g", "sid:2gg", false),
        ("ip:198.51", "ip:198.51.1", true), ("2ggk", "2ggke", true), ("203.0.113.5", "203.0.113.5 x", true),
    ])
    func addressesAndKnownValuesNeverCountAsNarrowingTheTextBefore(old: String, new: String, narrows: Bool) {
        #expect(FilterQuery.parse(new).narrows(FilterQuery.parse(old)) == narrows)
    }

    @Test(arguments: ["198.51.100.77", "203.0.113.5", "2001:db8::10", "blocked s", "user:w ip:203.0.113.1", "AC8a20d9d2fc4f35c7"])
    func typingKeyByKeyAgreesWithTheReferenceMatchAtEveryStep(line: String) {
        var state = DemoTrunks.loaded()
        _ = state.press([.char("/")])
        var typed = ""
        for character in line {
            _ = state.type(String(character))
            typed.append(character)
            let query = FilterQuery.parse(typed)
            let expected = state.trunks.indices.filter { query.matches(state.trunks[$0]) }
            #expect(state.visible == expected, "after \(typed)")
        }
    }

    @Test func aRowListedForItsNameShowsNoReasonAndTheColumnOnlyWhenARowHasOne() {
        var state = DemoTrunks.loaded()
        state.filter = "berlin"
        state.refreshVisible()
        #expect(!state.frame().contains("matched"))
        state.filter = "77#"
        state.refreshVisible()
        #expect(state.frame().contains("matched"))
        #expect(state.frame().contains("tech 77#"))
    }

    @Test(arguments: [(23, 80), (16, 60)])
    func reasonsFitTheListAtSmallSizes(rows: Int, columns: Int) {
        var state = DemoTrunks.loaded(rows: rows, columns: columns)
        state.preview = .off
        for (line, reason) in [("2ggkeqnozb", "user 2ggkeqnozb"), ("AC1b5703", "SID ••••••••"), ("77#", "tech 77#"),
                               ("44", "RTP 203.0.113.44/30"), ("blocked", "status blocked")] {
            state.filter = line
            state.refreshVisible()
            let frame = state.frame()
            #expect(frame.contains(reason), "\(line) at \(columns)×\(rows):\n\(frame)")
            #expect(frame.contains("Status"), "the status column stays at \(columns)×\(rows)")
            #expect(!frame.contains("AC1b5703d0"), "the SID is never shown")
        }
    }

    @Test func theDetailMarksTheValueTheFilterMatched() {
        var state = DemoTrunks.loaded(rows: 40, columns: 100)
        state.filter = "77#"
        state.refreshVisible()
        _ = state.press([.enter])
        let grid = Screen.render(state, rows: 40, columns: 100)
        let row = (0..<grid.rows).first { grid.line($0).contains("Tech prefix") }
        #expect(row != nil)
        if let row {
            let column = Array(grid.line(row)).firstIndex(of: "7").map { Array(grid.line(row))[..<$0].count } ?? -1
            #expect(grid[row, column].role == .selection, "77# is marked as a search match is")
            #expect(grid[row, column + 2].role == .selection)
        }
    }
}
