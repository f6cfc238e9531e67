import Testing
import TrunkModel

/// The field table: one row per field, the reference's writable attributes, the panel's groups.
@Suite("Field table")
struct FieldTableTests {
    /// The writable attributes of reference section 4 (authentication_method is its type field).
    static let writableAttributes = [
        "name", "external_reference_id", "status", "capacity_limit", "allow_any_did_as_cli",
        "on_cli_mismatch_action", "default_dst_action", "dst_prefixes", "media_encryption_mode",
        "allowed_rtp_ips", "force_symmetric_rtp", "rtp_ping", "rtp_timeout", "threshold_amount",
        "callback_url", "emergency_enable_all", "authentication_method.type",
    ]
    /// The writable attributes of reference section 5.
    static let writableAuthAttributes = [
        "authentication_method.allowed_sip_ips", "authentication_method.tech_prefix",
        "authentication_method.twilio_account_sid",
    ]

    /// The to-many relationships of reference section 6, edited as sets of DIDs.
    static let writableRelationships = ["dids", "emergency_dids"]

    @Test("every field key has exactly one row")
    func oneRowPerKey() {
        let keys = FieldTable.fields.map(\.key)
        #expect(keys.count == FieldKey.allCases.count)
        #expect(Set(keys) == Set(FieldKey.allCases))
    }

    @Test("each writable attribute appears exactly once, and writable", arguments: writableAttributes + writableAuthAttributes)
    func writable(attribute: String) throws {
        let rows = FieldTable.fields.filter { $0.key.rawValue == attribute }
        #expect(rows.count == 1)
        #expect(try #require(rows.first).isWritable)
    }

    @Test("no other field is writable")
    func onlyThoseWritable() {
        let writable = FieldTable.fields.filter(\.isWritable).map(\.key.rawValue)
        #expect(Set(writable) == Set(Self.writableAttributes + Self.writableAuthAttributes + Self.writableRelationships))
    }

    @Test("read-only fields are not writable", arguments: [
        FieldKey.createdAt, .thresholdReached, .username, .password,
    ])
    func readOnly(key: FieldKey) {
        #expect(FieldTable.field(key).isWritable == false)
        #expect(FieldTable.field(key).widget == .readOnly)
    }

    @Test("the groups are the panel's five, in its order, and every group has fields")
    func groups() {
        #expect(FieldGroup.allCases.map(\.rawValue) == ["General", "Authentication", "Media", "Termination", "Emergency"])
        let order = FieldTable.fields.map { FieldGroup.allCases.firstIndex(of: $0.group) ?? -1 }
        #expect(order == order.sorted(), "rows of a group are together, groups in panel order")
        #expect(Set(FieldTable.fields.map(\.group)) == Set(FieldGroup.allCases))
    }

    @Test("authentication rows depend on the method", arguments: [
        (AuthenticationType.credentialsAndIp, [FieldKey.authType, .allowedSipIps, .techPrefix, .username, .password, .allowedRtpIps]),
        (.ipOnly, [.authType, .allowedSipIps, .techPrefix, .allowedRtpIps]),
        (.twilio, [.authType, .twilioAccountSid, .allowedRtpIps]),
    ])
    func authenticationRows(type: AuthenticationType, expected: [FieldKey]) {
        #expect(FieldTable.fields(in: .authentication, for: type).map(\.key) == expected)
    }

    @Test("secrets are masked: the SIP password and the Twilio SID")
    func secrets() {
        #expect(FieldTable.fields.filter(\.isSecret).map(\.key) == [.password, .twilioAccountSid])
    }

    @Test("null and enum values read as the panel words them", arguments: [
        (FieldKey.capacityLimit, FieldValue.null, "unlimited"), (.allowedRtpIps, .null, "no restriction"),
        (.dstPrefixes, .list([]), "none"), (.status, .text("suspended"), "unknown (suspended)"),
        (.status, .text("blocked"), "Blocked"), (.authType, .text("credentials_and_ip"), "Credentials & IP"),
        (.thresholdAmount, .decimal("3000.0"), "3000.0"), (.createdAt, .null, "—"),
    ])
    func display(key: FieldKey, value: FieldValue, expected: String) {
        #expect(value.display(for: FieldTable.field(key)) == expected)
    }

    @Test("value and set agree for every writable field")
    func valueSetRoundTrip() throws {
        let trunk = try Fixture.trunk("single_include_dids")
        for field in FieldTable.fields where field.isWritable {
            #expect(Trunk(id: trunk.id).setting(field.key, trunk.value(field.key)).value(field.key) == trunk.value(field.key),
                    "\(field.key.rawValue)")
        }
    }
}
