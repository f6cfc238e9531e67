import Testing
import TrunkModel

extension ValidationTests {
    static let addressEdges: [(String, Bool)] = [
        ("203.0.113.1", true), ("203.0.113.0/24", true), ("0.0.0.0/0", true), ("203.0.113.1/32", true),
        ("203.0.113.1/33", false), ("2001:db8::1", true), ("2001:db8::/32", true), ("2001:db8::1/128", true),
        ("2001:db8::1/129", false), ("::/0", true), ("256.1.1.1", false), ("1.2.3", false),
        ("hostname", false), ("203.0.113.1/", false), ("/24", false), ("203.0.113.1/-1", false),
        ("203.0.113.0/24/8", false), ("203.0.113.1/2a", false), ("", false),
    ]

    static let prefixEdges: [(String, Bool)] = [
        ("44", true), ("1", true), ("4420", true), ("+44", false), ("4a", false),
        ("0044", false), ("", false), ("4 4", false),
    ]

    /// `count` distinct IPv4 addresses.
    static func addresses(_ count: Int, from first: Int = 0) -> [String] {
        (first..<first + count).map { "10.0.\($0 / 256).\($0 % 256)" }
    }

    func errors(_ key: FieldKey, in draft: Trunk) -> [FieldIssue] {
        validator.issues(key, in: draft).filter { $0.severity == .error }
    }

    @Test("an address or subnet, for SIP and RTP lists alike", arguments: addressEdges, [FieldKey.allowedSipIps, .allowedRtpIps])
    func address(_ edge: (String, Bool), key: FieldKey) throws {
        let (item, accepted) = edge
        #expect((validator.itemIssue(item, for: key) == nil) == accepted)
        let draft = try Fixture.trunk("single_include_dids").setting(key, .list([item]))
        #expect(errors(key, in: draft).isEmpty == accepted, "\(errors(key, in: draft).map(\.message))")
    }

    @Test("0.0.0.0/0 and ::/0 warn but do not block saving", arguments: ["0.0.0.0/0", "::/0"], [FieldKey.allowedSipIps, .allowedRtpIps])
    func everythingWarns(item: String, key: FieldKey) throws {
        let draft = try Fixture.trunk("single_include_dids").setting(key, .list([item]))
        let issues = validator.issues(key, in: draft)
        #expect(issues.map(\.severity) == [.warning])
        #expect(issues.first?.message.contains("not recommended") == true)
        #expect(!validator.hasErrors(draft))
    }

    @Test("the same address twice is an error", arguments: [FieldKey.allowedSipIps, .allowedRtpIps])
    func duplicateAddresses(key: FieldKey) throws {
        let draft = try Fixture.trunk("single_include_dids").setting(key, .list(["192.0.2.10/32", "203.0.113.7", "192.0.2.10/32"]))
        #expect(errors(key, in: draft).map(\.message) == ["listed twice: 192.0.2.10/32"])
    }

    @Test("credentials_and_ip needs at least one SIP address; RTP may be empty (no restriction)")
    func emptyLists() throws {
        let trunk = try Fixture.trunk("single_include_dids")
        for empty in [FieldValue.list([]), .null] {
            let draft = trunk.setting(.allowedSipIps, empty)
            #expect(errors(.allowedSipIps, in: draft).map(\.message) == ["at least one allowed SIP IP is required (0.0.0.0/0 allows any)"])
            #expect(errors(.allowedRtpIps, in: trunk.setting(.allowedRtpIps, empty)).isEmpty)
        }
        #expect(errors(.allowedSipIps, in: try Fixture.trunk("twilio")).isEmpty)
    }

    @Test("at most 60 SIP and RTP addresses together", arguments: [
        (60, 0, true), (61, 0, false), (30, 30, true), (30, 31, false), (1, 59, true), (1, 60, false),
    ])
    func combinedLimit(sip: Int, rtp: Int, accepted: Bool) throws {
        let draft = try Fixture.trunk("single_include_dids")
            .setting(.allowedSipIps, .list(Self.addresses(sip)))
            .setting(.allowedRtpIps, rtp == 0 ? .null : .list(Self.addresses(rtp, from: 1000)))
        for key in [FieldKey.allowedSipIps, .allowedRtpIps] {
            let limit = errors(key, in: draft).filter { $0.message.contains("at most 60 SIP and RTP addresses together") }
            #expect(limit.isEmpty == accepted, "\(key.rawValue)")
        }
        #expect(validator.hasErrors(draft) == !accepted)
    }

    @Test("SIP addresses of a twilio trunk do not count towards the 60")
    func twilioIgnoresSipAddresses() throws {
        var twilio = try Fixture.trunk("twilio")
        twilio.authenticationMethod?.allowedSipIps = Self.addresses(10)
        twilio.allowedRtpIps = Self.addresses(60, from: 1000)
        #expect(errors(.allowedRtpIps, in: twilio).isEmpty)
    }

    @Test("a destination prefix is digits only, without + or 00", arguments: prefixEdges)
    func prefix(_ item: String, accepted: Bool) throws {
        #expect((validator.itemIssue(item, for: .dstPrefixes) == nil) == accepted)
        let draft = try Fixture.trunk("single_include_dids").setting(.dstPrefixes, .list([item]))
        #expect(errors(.dstPrefixes, in: draft).isEmpty == accepted)
    }

    @Test("prefix lists: empty and distinct are fine, duplicates are not", arguments: [
        ([String](), true), (["44", "49", "4420"], true), (["44", "49", "44"], false),
    ])
    func prefixList(_ items: [String], accepted: Bool) throws {
        let draft = try Fixture.trunk("single_include_dids").setting(.dstPrefixes, .list(items))
        #expect(errors(.dstPrefixes, in: draft).isEmpty == accepted)
    }

    @Test("the prefix message says what is allowed")
    func prefixMessage() throws {
        let draft = try Fixture.trunk("single_include_dids").setting(.dstPrefixes, .list(["+44", "4a"]))
        #expect(errors(.dstPrefixes, in: draft).map(\.message) == ["digits only, without + or 00: +44, 4a"])
        #expect(validator.itemIssue("+44", for: .dstPrefixes)?.message == "+44: a prefix is digits only, without + or 00")
        #expect(validator.itemIssue("host", for: .allowedSipIps)?.message == "host is not an IPv4/IPv6 address or CIDR subnet")
    }

    @Test("pasted lists split on commas, semicolons, spaces and newlines")
    func listInput() {
        #expect(ListInput.split(" 203.0.113.1, 2001:db8::1;\n198.51.100.0/24\t,, ") == ["203.0.113.1", "2001:db8::1", "198.51.100.0/24"])
        #expect(ListInput.duplicates(["a", "b", "a", "c", "b", "a"]) == ["a", "b"])
    }
}
