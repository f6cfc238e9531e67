@testable import FakeDidww
import Foundation
import Testing

@Suite("deterministic seed")
struct SeedTests {
    private let trunks = TrunkStore(trunkCount: 42, seed: 42).trunks

    @Test("the same seed gives the same trunks; another seed other ids but the same fixtures")
    func determinism() {
        #expect(TrunkStore(trunkCount: 42, seed: 42).trunks == trunks)
        let other = TrunkStore(trunkCount: 42, seed: 43).trunks
        #expect(other.map(\.id) != trunks.map(\.id))
        #expect(Array(other.prefix(SeedFixtures.count).map(\.name)) == Array(trunks.prefix(SeedFixtures.count).map(\.name)))
    }

    @Test("Berlin Office comes first by creation time and by name")
    func firstTrunk() {
        #expect(trunks[0].name == "Berlin Office")
        #expect(trunks.map(\.createdAt) == trunks.map(\.createdAt).sorted())
        #expect(trunks.map(\.name).min() == "Berlin Office")
        #expect(trunks[0].status == "active")
        #expect(trunks[0].authentication.typeName == "credentials_and_ip")
    }

    @Test("names and ids are unique, timestamps are ISO-8601 with milliseconds")
    func uniqueness() {
        #expect(Set(trunks.map(\.name)).count == trunks.count)
        #expect(Set(trunks.map(\.id)).count == trunks.count)
        let timestamp = /^20(24|25|26)-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
        #expect(trunks.allSatisfy { $0.createdAt.wholeMatch(of: timestamp) != nil })
        let uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
        #expect(trunks.allSatisfy { $0.id.wholeMatch(of: uuid) != nil })
    }

    @Test("the fixtures cover every case the demo and the tests rely on")
    func coverage() {
        let types = Set(trunks.map(\.authentication.typeName))
        #expect(types == ["credentials_and_ip", "ip_only", "twilio"])
        #expect(trunks.filter { $0.status == "blocked" }.count >= 3)
        #expect(trunks.contains { $0.thresholdReached && $0.spentAmount >= ($0.thresholdAmount ?? 0) })
        #expect(Set(trunks.map(\.mediaEncryptionMode)) == Set(TrunkRecord.mediaEncryptionModes))
        #expect(Set(trunks.map(\.defaultDstAction)) == ["allow_all", "reject_all"])
        #expect(trunks.contains { $0.name.unicodeScalars.count > 120 })
        #expect(trunks.contains { $0.dstPrefixes.count >= 300 })
        #expect(trunks.contains { $0.dstPrefixes.isEmpty })
        #expect(trunks.contains { $0.authentication.allowedSIPIPs?.contains("0.0.0.0/0") ?? false })
        #expect(trunks.contains { $0.authentication.allowedSIPIPs?.contains { $0.contains(":") } ?? false })
        #expect(["Zürich Ost", "東京 outbound", "Café ☎ trunk"].allSatisfy { name in trunks.contains { $0.name == name } })
        #expect(trunks.contains { !$0.didIDs.isEmpty } && trunks.contains { !$0.emergencyDidIDs.isEmpty })
        let minimal = trunks[11]
        #expect(minimal.capacityLimit == nil && minimal.externalReferenceID == nil && minimal.callbackURL == nil)
        #expect(minimal.allowedRTPIPs == nil)
        if case let .credentialsAndIP(_, techPrefix, _, _) = minimal.authentication {
            #expect(techPrefix == nil)
        }
        let sids = trunks.compactMap { trunk -> String? in
            if case .twilio(let sid) = trunk.authentication { return sid }
            return nil
        }
        #expect(!sids.isEmpty && sids.allSatisfy { $0.wholeMatch(of: /AC[0-9a-f]{32}/) != nil })
    }

    @Test("every seeded trunk passes the server's own address and prefix rules")
    func seededValuesAreValid() {
        for trunk in TrunkStore(trunkCount: 500, seed: 9).trunks {
            let addresses = (trunk.allowedRTPIPs ?? []) + (trunk.authentication.allowedSIPIPs ?? [])
            #expect(addresses.allSatisfy(ValueRules.isAddressOrSubnet), "\(trunk.name)")
            #expect(addresses.count <= 60)
            #expect(trunk.dstPrefixes.allSatisfy(ValueRules.isDestinationPrefix))
        }
    }

    @Test("10,000 trunks seed with unique names")
    func largeSeed() {
        let large = TrunkStore(trunkCount: 10_000, seed: 1).trunks
        #expect(large.count == 10_000)
        #expect(Set(large.map(\.name)).count == 10_000)
    }
}
