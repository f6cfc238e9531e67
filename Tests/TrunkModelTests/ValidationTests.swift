import Testing
import TrunkModel

/// Every validation rule at its edges, on both sides, as a person types values into the form.
@Suite("Validation")
struct ValidationTests {
    /// One typed value and whether the validator must accept it (warnings allowed).
    struct Edge: Sendable, CustomTestStringConvertible {
        var key: FieldKey
        var text: String
        var accepted: Bool

        init(_ key: FieldKey, _ text: String, _ accepted: Bool) {
            self.key = key
            self.text = text
            self.accepted = accepted
        }

        var testDescription: String {
            let shown = text.count > 20 ? "\"\(text.prefix(12))…\" (\(text.count) chars)" : text.debugDescription
            return "\(key.rawValue) = \(shown) " + (accepted ? "accepted" : "rejected")
        }
    }

    static let hex32 = "0123456789abcdef0123456789ABCDEF"

    static let edges: [Edge] = [
        Edge(.name, "", false), Edge(.name, "   ", false), Edge(.name, " \n\t", false), Edge(.name, "a", true),
        Edge(.externalReferenceId, String(repeating: "r", count: 100), true),
        Edge(.externalReferenceId, String(repeating: "r", count: 101), false),
        Edge(.externalReferenceId, "", true),
        Edge(.capacityLimit, "", true), Edge(.capacityLimit, "-1", false), Edge(.capacityLimit, "0", true),
        Edge(.capacityLimit, "32767", true), Edge(.capacityLimit, "32768", false), Edge(.capacityLimit, "12a", false),
        Edge(.rtpTimeout, "29", false), Edge(.rtpTimeout, "30", true), Edge(.rtpTimeout, "600", true),
        Edge(.rtpTimeout, "601", false), Edge(.rtpTimeout, "", false),
        Edge(.thresholdAmount, "-0.01", false), Edge(.thresholdAmount, "0", true),
        Edge(.thresholdAmount, "100000", true), Edge(.thresholdAmount, "100000.01", false),
        Edge(.thresholdAmount, "100000.0000000000000001", false),
        Edge(.thresholdAmount, "abc", false), Edge(.thresholdAmount, "", true),
        Edge(.callbackUrl, "", true), Edge(.callbackUrl, "https://example.com/didww/threshold", true),
        Edge(.callbackUrl, "http://example.com/hook", true), Edge(.callbackUrl, "ftp://example.com/hook", false),
        Edge(.callbackUrl, "example.com", false),
        Edge(.techPrefix, "12345678", true), Edge(.techPrefix, "123456789", false),
        Edge(.techPrefix, "12a", false), Edge(.techPrefix, "99#", true), Edge(.techPrefix, "", true),
        Edge(.twilioAccountSid, "AC" + hex32, true), Edge(.twilioAccountSid, "AC" + hex32 + "0", false),
        Edge(.twilioAccountSid, "AB" + hex32, false), Edge(.twilioAccountSid, "AC" + hex32.dropLast() + "g", false),
        Edge(.twilioAccountSid, "", false),
        Edge(.authType, "credentials_and_ip", true), Edge(.authType, "twilio", true),
        Edge(.authType, "ip_only", false), Edge(.authType, "mutual_tls", false),
    ]

    let validator = TrunkValidator()

    /// A valid trunk of the authentication type that `key` belongs to.
    static func base(for key: FieldKey) throws -> Trunk {
        try Fixture.trunk(key == .twilioAccountSid ? "twilio" : "single_include_dids")
    }

    /// What the form reports for `text` typed into `key`: the parse error, or the draft's issues.
    func verdict(_ text: String, for key: FieldKey, in base: Trunk) -> [FieldIssue] {
        switch validator.parse(text, for: key) {
        case .failure(let issue): return [issue]
        case .success(let value): return validator.issues(key, in: base.setting(key, value))
        }
    }

    @Test("the reference trunk has no issues at all")
    func referenceTrunkIsClean() throws {
        let trunk = try Fixture.trunk("single_include_dids")
        #expect(validator.allIssues(in: trunk).isEmpty)
        #expect(validator.hasErrors(trunk) == false)
    }

    @Test("each rule at its edges", arguments: edges)
    func edge(_ edge: Edge) throws {
        let errors = verdict(edge.text, for: edge.key, in: try Self.base(for: edge.key)).filter { $0.severity == .error }
        #expect(errors.isEmpty == edge.accepted, "\(errors.map(\.message))")
    }

    @Test("messages say what is allowed", arguments: [
        (FieldKey.rtpTimeout, "601", "between 30 and 600 seconds"),
        (.rtpTimeout, "", "between 30 and 600 seconds"),
        (.capacityLimit, "32768", "between 0 and 32767, or empty for unlimited"),
        (.capacityLimit, "12a", "between 0 and 32767"),
        (.thresholdAmount, "100000.01", "between 0 and 100000, or empty for no limit"),
        (.thresholdAmount, "abc", "between 0 and 100000"),
        (.externalReferenceId, String(repeating: "r", count: 101), "at most 100 characters"),
        (.callbackUrl, "ftp://example.com/hook", "http:// or https://"),
        (.techPrefix, "123456789", "up to 8 characters, digits 0-9 and # only"),
        (.twilioAccountSid, "AB" + hex32, "AC followed by 32 hexadecimal characters"),
        (.name, " ", "name is required"),
        (.authType, "ip_only", "choose one of: Credentials & IP, Twilio"),
    ])
    func messages(key: FieldKey, text: String, expected: String) throws {
        let messages = verdict(text, for: key, in: try Self.base(for: key)).map(\.message)
        #expect(messages.contains { $0.contains(expected) }, "\(messages)")
    }

    @Test("typed values become the API's values", arguments: [
        (FieldKey.capacityLimit, "", FieldValue.null), (.capacityLimit, " 50 ", .integer(50)),
        (.thresholdAmount, "500", .decimal("500.0")), (.thresholdAmount, "12.50", .decimal("12.5")),
        (.thresholdAmount, "", .null), (.callbackUrl, "", .null), (.techPrefix, "", .null),
        (.status, "blocked", .text("blocked")), (.rtpPing, "yes", .bool(true)), (.rtpPing, "off", .bool(false)),
        (.dstPrefixes, "44, 49;4420\n1", .list(["44", "49", "4420", "1"])), (.dstPrefixes, "", .list([])),
        (.allowedRtpIps, "", .null), (.allowedSipIps, "", .list([])),
    ])
    func parsedValues(key: FieldKey, text: String, expected: FieldValue) {
        #expect(validator.parse(text, for: key) == .success(expected))
    }

    @Test("pickers and toggles reject what they do not offer", arguments: [
        (FieldKey.status, "suspended"), (.mediaEncryptionMode, "quantum"), (.rtpPing, "maybe"),
        (.onCliMismatchAction, ""), (.createdAt, "2026-01-01"), (.username, "me"),
    ])
    func rejectedChoices(key: FieldKey, text: String) {
        #expect(throws: FieldIssue.self) { try validator.parse(text, for: key).get() }
    }

    @Test("ip_only is never selectable: the picker omits it and a draft with it has an error")
    func ipOnlyNeverSelectable() throws {
        #expect(FieldTable.field(.authType).widget == .picker(["credentials_and_ip", "twilio"]))
        #expect(!AuthenticationType.selectable.contains(.ipOnly))
        let draft = try Fixture.trunk("single_include_dids").setting(.authType, .text("ip_only"))
        #expect(validator.issues(.authType, in: draft).contains { $0.severity == .error })
        #expect(validator.hasErrors(draft))
    }

    @Test("a twilio trunk needs a SID; a credentials trunk does not check one")
    func twilioSidAppliesOnlyToTwilio() throws {
        let twilio = try Fixture.trunk("twilio").setting(.twilioAccountSid, .null)
        #expect(validator.issues(.twilioAccountSid, in: twilio).map(\.severity) == [.error])
        let credentials = try Fixture.trunk("single_include_dids").setting(.twilioAccountSid, .text("bogus"))
        #expect(validator.issues(.twilioAccountSid, in: credentials).isEmpty)
    }
}
