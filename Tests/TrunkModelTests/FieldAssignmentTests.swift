import Testing
import TrunkModel

/// `field=value` as `trunks set` reads it: the field by API name, member name or form label, the
/// value by the form's own parser.
@Suite("field=value")
struct FieldAssignmentTests {
    /// An argument and the field it names.
    static let names: [(String, FieldKey)] = [
        ("rtp_timeout=60", .rtpTimeout),
        ("RTP_TIMEOUT=60", .rtpTimeout),
        ("RTP timeout=60", .rtpTimeout),
        ("rtp-timeout=60", .rtpTimeout),
        ("status=blocked", .status),
        ("Status=blocked", .status),
        ("dst_prefixes=44,4420", .dstPrefixes),
        ("Destination prefixes=44", .dstPrefixes),
        ("authentication_method.allowed_sip_ips=203.0.113.7", .allowedSipIps),
        ("allowed_sip_ips=203.0.113.7", .allowedSipIps),
        ("Allowed SIP IPs=203.0.113.7", .allowedSipIps),
        ("authentication_method.tech_prefix=77#", .techPrefix),
        ("Tech prefix=77#", .techPrefix),
        ("authentication_method.twilio_account_sid=AC1", .twilioAccountSid),
        ("authentication_method.type=twilio", .authType),
        ("24-hour limit (USD)=100", .thresholdAmount),
        ("threshold_amount=100", .thresholdAmount),
        ("capacity_limit=", .capacityLimit),
        ("callback_url=https://example.com/a?b=c", .callbackUrl),
        (" name =Berlin", .name),
        ("allowed_rtp_ips=null", .allowedRtpIps),
        ("on_cli_mismatch_action=Reject call", .onCliMismatchAction),
    ]

    @Test(arguments: names)
    func aFieldIsFoundByItsAPINameItsMemberNameOrItsLabel(_ argument: String, _ key: FieldKey) throws {
        let assignment = try FieldAssignment(parsing: argument)
        #expect(assignment.key == key)
    }

    @Test func theValueIsEverythingAfterTheFirstEqualsSign() throws {
        #expect(try FieldAssignment(parsing: "callback_url=https://example.com/a?b=c").text == "https://example.com/a?b=c")
        #expect(try FieldAssignment(parsing: "capacity_limit=").text == "")
    }

    /// A name that is close to a field's, and the fields offered.
    static let typos: [(String, [FieldKey])] = [
        ("rtp_timout=60", [.rtpTimeout]),
        ("satus=blocked", [.status]),
        ("prefixes=44", [.dstPrefixes]),
        ("sip_ips=1.2.3.4", [.allowedSipIps]),
        ("capacity=5", [.capacityLimit]),
    ]

    @Test(arguments: typos)
    func anUnknownFieldListsTheCloseOnes(_ argument: String, _ close: [FieldKey]) {
        let name = String(argument.prefix { $0 != "=" })
        #expect(throws: FieldAssignment.Problem.unknownField(name, close: close)) { try FieldAssignment(parsing: argument) }
    }

    @Test func aNameCloseToNothingListsEverySettableField() {
        let problem = FieldAssignment.Problem.unknownField("colour", close: [])
        #expect(FieldAssignment.close(to: "colour").isEmpty)
        #expect(problem.description.hasPrefix("No field is called colour. Fields: name, status, external_reference_id,"))
        #expect(!problem.description.contains("created_at") && !problem.description.contains("emergency_dids"))
    }

    @Test func anArgumentWithoutEqualsSignIsNotAnAssignment() {
        #expect(throws: FieldAssignment.Problem.notAnAssignment("rtp_timeout")) { try FieldAssignment(parsing: "rtp_timeout") }
    }

    @Test func everyNameOfEveryFieldNamesOnlyThatField() {
        for field in FieldTable.fields {
            #expect(FieldAssignment.field(named: field.key.rawValue) == field.key)
            #expect(FieldAssignment.field(named: field.label) == field.key, "\(field.label)")
        }
    }

    /// A typed value and what the form's parser makes of it (API 2026-04-16).
    static let values: [(String, FieldValue)] = [
        ("rtp_timeout=60", .integer(60)),
        ("rtp_timeout= 45 ", .integer(45)),
        ("capacity_limit=", .null),
        ("capacity_limit=null", .null),
        ("capacity_limit=NULL", .null),
        ("external_reference_id=null", .null),
        ("threshold_amount=", .null),
        ("threshold_amount=250.50", .decimal("250.5")),
        ("dst_prefixes=44,4420", .list(["44", "4420"])),
        ("dst_prefixes=44 4420;33", .list(["44", "4420", "33"])),
        ("dst_prefixes=", .list([])),
        ("allowed_rtp_ips=", .null),
        ("allowed_sip_ips=203.0.113.7, 2001:db8::/32", .list(["203.0.113.7", "2001:db8::/32"])),
        ("rtp_ping=yes", .bool(true)),
        ("rtp_ping=TRUE", .bool(true)),
        ("force_symmetric_rtp=off", .bool(false)),
        ("force_symmetric_rtp=0", .bool(false)),
        ("status=blocked", .text("blocked")),
        ("status=Blocked", .text("blocked")),
        ("status=ACTIVE", .text("active")),
        ("on_cli_mismatch_action=reject call", .text("reject_call")),
        ("default_dst_action=allow_all", .text("allow_all")),
        ("name=  Berlin  ", .text("  Berlin  ")),
        ("tech_prefix=77#", .text("77#")),
    ]

    @Test(arguments: values)
    func aValueIsReadAsTheFormReadsIt(_ argument: String, _ value: FieldValue) throws {
        let assignment = try FieldAssignment(parsing: argument)
        #expect(assignment.value(with: TrunkValidator()) == .success(value))
    }

    /// A typed value the form's parser refuses, and its message.
    static let refusals: [(String, String)] = [
        ("rtp_timeout=abc", "between 30 and 600 seconds"),
        ("rtp_timeout=", "between 30 and 600 seconds"),
        ("rtp_ping=maybe", "yes or no"),
        ("status=paused", "choose one of: Active, Blocked"),
        ("authentication_method.username=me", "SIP username is read-only"),
        ("created_at=2026-01-01", "Created is read-only"),
        ("dids=+4930123", "CLI DIDs are picked by number from the account's DIDs"),
        ("capacity_limit=lots", "a whole number of calls between 0 and 32767, or empty for unlimited"),
    ]

    @Test(arguments: refusals)
    func aValueTheFormRefusesIsRefusedWithItsMessage(_ argument: String, _ message: String) throws {
        let assignment = try FieldAssignment(parsing: argument)
        #expect(assignment.value(with: TrunkValidator()) == .failure(.error(message)))
    }

    @Test func theRulesOfTheAPIVersionInUseApply() throws {
        let limit = try FieldAssignment(parsing: "threshold_amount=")
        #expect(limit.value(with: TrunkValidator(rules: .v20260416)) == .success(.null))
        guard case .failure = limit.value(with: TrunkValidator(rules: .v20261119)) else {
            Issue.record("API 2026-11-19 needs a limit")
            return
        }
    }
}
