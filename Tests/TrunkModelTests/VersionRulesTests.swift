import Testing
import TrunkModel

/// Each rule that differs between API 2026-04-16 and 2026-11-19, checked under both versions.
@Suite("Validation by API version")
struct VersionRulesTests {
    /// One typed value and whether each version's validator accepts it (warnings allowed).
    struct Case: Sendable, CustomTestStringConvertible {
        var key: FieldKey
        var text: String
        var acceptedIn0416: Bool
        var acceptedIn1119: Bool

        init(_ key: FieldKey, _ text: String, _ acceptedIn0416: Bool, _ acceptedIn1119: Bool) {
            self.key = key
            self.text = text
            self.acceptedIn0416 = acceptedIn0416
            self.acceptedIn1119 = acceptedIn1119
        }

        var testDescription: String {
            "\(key.rawValue) = \(text.debugDescription): 2026-04-16 \(acceptedIn0416 ? "accepts" : "refuses"), "
                + "2026-11-19 \(acceptedIn1119 ? "accepts" : "refuses")"
        }
    }

    static let cases: [Case] = [
        Case(.capacityLimit, "0", true, false),
        Case(.capacityLimit, "1", true, true),
        Case(.capacityLimit, "-1", false, false),
        Case(.capacityLimit, "32767", true, true),
        Case(.capacityLimit, "32768", false, false),
        Case(.capacityLimit, "", true, true),
        Case(.thresholdAmount, "", true, false),
        Case(.thresholdAmount, "0", true, true),
        Case(.thresholdAmount, "-0.01", false, false),
        Case(.thresholdAmount, "100000", true, true),
        Case(.thresholdAmount, "250000", false, true),
        Case(.allowedRtpIps, "", true, true),
        Case(.allowedRtpIps, "203.0.113.0/24", true, true),
        Case(.allowedRtpIps, "0.0.0.0/0", true, false),
        Case(.allowedRtpIps, "::/0", true, false),
        Case(.allowedRtpIps, "203.0.113.7 ::/0", true, false),
        Case(.allowedSipIps, "0.0.0.0/0", true, true),
        Case(.onCliMismatchAction, "randomize_cli", false, true),
        Case(.onCliMismatchAction, "replace_cli", true, true),
        Case(.onCliMismatchAction, "reject_call", true, true),
    ]

    /// The errors (not warnings) a person sees after typing `text` into `key` under `rules`.
    static func errors(_ text: String, for key: FieldKey, rules: TrunkRules) throws -> [FieldIssue] {
        let validator = TrunkValidator(rules: rules)
        let base = try Fixture.trunk("single_include_dids")
        switch validator.parse(text, for: key) {
        case .failure(let issue): return [issue]
        case .success(let value):
            return validator.issues(key, in: base.setting(key, value)).filter { $0.severity == .error }
        }
    }

    @Test("each differing rule under both versions", arguments: cases)
    func differingRule(_ item: Case) throws {
        let old = try Self.errors(item.text, for: item.key, rules: .v20260416)
        let new = try Self.errors(item.text, for: item.key, rules: .v20261119)
        #expect(old.isEmpty == item.acceptedIn0416, "2026-04-16: \(old.map(\.message))")
        #expect(new.isEmpty == item.acceptedIn1119, "2026-11-19: \(new.map(\.message))")
    }

    @Test("an explicit empty RTP list is fine in 2026-04-16 and refused in 2026-11-19")
    func emptyRtpList() throws {
        let draft = try Fixture.trunk("single_include_dids").setting(.allowedRtpIps, .list([]))
        #expect(TrunkValidator(rules: .v20260416).issues(.allowedRtpIps, in: draft).isEmpty)
        let issues = TrunkValidator(rules: .v20261119).issues(.allowedRtpIps, in: draft)
        #expect(issues.map(\.severity) == [.error])
        #expect(issues.first?.message.contains("empty list is refused in API 2026-11-19") == true)
    }

    @Test("0.0.0.0/0 as an RTP address is a warning in 2026-04-16 and an error in 2026-11-19")
    func everyAddressSeverity() throws {
        let draft = try Fixture.trunk("single_include_dids").setting(.allowedRtpIps, .list(["0.0.0.0/0"]))
        #expect(TrunkValidator(rules: .v20260416).issues(.allowedRtpIps, in: draft).map(\.severity) == [.warning])
        #expect(TrunkValidator(rules: .v20261119).issues(.allowedRtpIps, in: draft).map(\.severity) == [.error])
    }

    @Test("messages name the version's limits", arguments: [
        ("2026-04-16", FieldKey.capacityLimit, "-1", "between 0 and 32767, or empty for unlimited"),
        ("2026-11-19", .capacityLimit, "0", "between 1 and 32767, or empty for unlimited"),
        ("2026-04-16", .thresholdAmount, "100000.01", "between 0 and 100000, or empty for no limit"),
        ("2026-11-19", .thresholdAmount, "", "the maximum depends on the account"),
        ("2026-04-16", .onCliMismatchAction, "randomize_cli", "choose one of:"),
        ("2026-11-19", .allowedRtpIps, "::/0", "::/0 is refused in API 2026-11-19"),
    ])
    func messages(version: String, key: FieldKey, text: String, expected: String) throws {
        let rules = try #require(TrunkRules.forVersion(version))
        let messages = try Self.errors(text, for: key, rules: rules).map(\.message)
        #expect(messages.contains { $0.contains(expected) }, "\(messages)")
    }

    @Test("a trunk already holding randomize_cli under 2026-04-16 is warned about, not blocked")
    func randomizeCliDraftUnderOldVersion() throws {
        let draft = try Fixture.trunk("single_include_dids").setting(.onCliMismatchAction, .text("randomize_cli"))
        let issues = TrunkValidator(rules: .v20260416).issues(.onCliMismatchAction, in: draft)
        #expect(issues == [.warning("Randomize CLI is documented only from API 2026-11-19 on; API 2026-04-16 does not offer it")])
        #expect(TrunkValidator(rules: .v20261119).issues(.onCliMismatchAction, in: draft).isEmpty)
    }

    @Test("versions select their rules; unknown versions select none")
    func selection() {
        #expect(TrunkRules.forVersion("2026-04-16") == .v20260416)
        #expect(TrunkRules.forVersion("2026-11-19") == .v20261119)
        #expect(TrunkRules.forVersion("2022-05-10") == nil)
        #expect(APIVersion.v20261119.usesBearerTokens && !APIVersion.v20260416.usesBearerTokens)
        #expect(TrunkRules.v20261119.pickerValues(for: .onCliMismatchAction)?.contains("randomize_cli") == true)
        #expect(TrunkRules.v20260416.pickerValues(for: .onCliMismatchAction)?.contains("randomize_cli") == false)
    }
}
