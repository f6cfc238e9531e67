import Testing
import TrunkModel

/// A change to many trunks checked against each trunk's own authentication type and rules: the
/// list's `b`/`p`/bulk form and `--all-matching` on the command line refuse a trunk the same way.
struct BulkChangeValidationTests {
    let validator = TrunkValidator()

    @Test func aFieldAnotherAuthenticationTypeHasRefusesOnlyThoseTrunks() throws {
        let creds = try Fixture.trunk("single_include_dids"), twilio = try Fixture.trunk("twilio")
        let change = BulkChange([creds, twilio], .fields([.allowedSipIps: .list(["198.51.100.7/32"])]), validator: validator)
        #expect(change.items[0].refused == nil)
        #expect(change.items[1].refused == "Allowed SIP IPs does not apply to Twilio trunks", "\(change.items[1])")
        #expect(change.refusedCount == 1)
        #expect(change.changing.map(\.trunk.id) == [creds.id])
    }

    @Test func aValueTheRulesRefuseIsNamedWithItsMessage() throws {
        let creds = try Fixture.trunk("single_include_dids")
        let change = BulkChange([creds], .fields([.rtpTimeout: .integer(6000)]), validator: validator)
        #expect(change.items[0].refused?.hasPrefix("RTP timeout: ") == true, "\(change.items[0])")
        #expect(change.changingCount == 0)
    }

    @Test func blockingIsValidForEveryTrunk() throws {
        let trunks = try ["single_include_dids", "twilio", "ip_only", "all_nulls"].map(Fixture.trunk)
        #expect(BulkChange(trunks, .status(.blocked), validator: validator).refusedCount == 0)
    }
}
