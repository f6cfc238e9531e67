import DidwwClient
import FakeDidww
import Foundation
import Testing
import TrunkModel

/// Linking DIDs to trunks end to end: the model's bodies, the real curl transport, FakeDidww's
/// `GET /v3/dids`, relationship replacement and its 422s.
@Suite("DID links on FakeDidww through curl")
struct FakeDidwwDidLinkTests {
    @Test func theAccountsDidsArePagedAndReadWhole() async throws {
        try await FakeAccount.with { account in
            let client = account.client()
            let first = try await client.dids(pageNumber: 1, pageSize: 25)
            #expect(first.dids.count == 25 && first.totalRecords == 64 && first.nextLink != nil)
            let last = try await client.dids(pageNumber: 3, pageSize: 25)
            #expect(last.dids.count == 14 && last.nextLink == nil)
            #expect(first.dids.allSatisfy { $0.number?.isEmpty == false && $0.blocked != nil })
            account.server.clearRequestLog()

            let all = try await client.allDids()

            #expect(all.count == 64 && Set(all.map(\.id)).count == 64)
            let logged = account.server.requests()
            #expect(logged.map(\.path) == ["/v3/dids"], "100 per page: one request for 64 DIDs")
            #expect(logged.first?.query == "page%5Bnumber%5D=1&page%5Bsize%5D=100")
        }
    }

    @Test func filterNumberFindsExactlyTheNumbersAsked() async throws {
        try await FakeAccount.with { account in
            let client = account.client()
            let all = try await client.allDids()
            let wanted = [all[3], all[40]].compactMap(\.number)

            let page = try await client.dids(numbers: wanted + ["15550000000"])

            #expect(page.dids.compactMap(\.number).sorted() == wanted.sorted())
            #expect(try await client.dids(numbers: [String(wanted[0].dropLast())]).dids.isEmpty, "exact, not a prefix")
        }
    }

    @Test func aPatchReplacesTheSetsAndAnswersWithTheirNumbers() async throws {
        try await FakeAccount.with { account in
            let client = account.client()
            let id = try #require(account.server.trunkIDs().first)
            let original = try await client.get(id: id)
            let pool = try await client.allDids()
            let linked = Set((original.dids ?? []).map(\.id))
            let added = try #require(pool.first { !linked.contains($0.id) && $0.blocked == false })
            let draft = original.setting(.dids, .dids((original.dids ?? []) + [added]))
                .setting(.emergencyDids, .dids([added]))
            let body = try #require(DraftDiff(original: original, draft: draft).patchDocument()).encoded()

            let saved = try await client.update(id: id, body: body)

            #expect(Set(saved.dids?.map(\.id) ?? []) == linked.union([added.id]))
            #expect(saved.dids?.first { $0.id == added.id }?.number == added.number, "the answer carries numbers")
            #expect(saved.emergencyDids?.map(\.number) == [added.number])
            let logged = try #require(account.server.requests().last)
            #expect(logged.query == "include=dids,emergency_dids")
            #expect(logged.body == String(decoding: body, as: UTF8.self))

            let cleared = try await client.update(id: id, body: Data(
                #"{"data":{"type":"voice_out_trunks","id":"\#(id)","relationships":{"dids":{"data":[]}}}}"#.utf8))
            #expect(cleared.dids == [] && cleared.emergencyDids?.map(\.id) == [added.id], "only the set sent is replaced")
            #expect(try await client.get(id: id).dids == [])
        }
    }

    @Test(arguments: [
        (FieldKey.dids, FieldKey.allowAnyDidAsCli, "dids - can't be assigned while allow_any_did_as_cli is true"),
        (.emergencyDids, .emergencyEnableAll, "emergency_dids - can't be assigned while emergency_enable_all is true"),
    ])
    func assigningWhileEveryDidIsAllowedIsA422OnTheRelationship(key: FieldKey, flag: FieldKey, detail: String) async throws {
        try await FakeAccount.with { account in
            let client = account.client()
            let id = try #require(account.server.trunkIDs().first)
            let original = try await client.get(id: id).setting(key, .dids([]))
            let did = try #require(try await client.dids(pageSize: 1).dids.first)
            let draft = original.setting(flag, .bool(true)).setting(key, .dids([did]))
            #expect(TrunkValidator().issues(key, in: draft).first?.severity == .error, "the form refuses it first")
            let body = try #require(DraftDiff(original: original, draft: draft).patchDocument()).encoded()

            let error = await #expect(throws: DidwwError.self) { try await client.update(id: id, body: body) }

            #expect(error?.status == 422)
            #expect(error?.fieldErrors.map(\.field) == [key])
            #expect(error?.fieldErrors.first?.message == detail)
        }
    }

    @Test func aDidOfAnotherAccountIsRefused() async throws {
        try await FakeAccount.with { account in
            let id = try #require(account.server.trunkIDs().first)
            let body = #"{"data":{"type":"voice_out_trunks","id":"\#(id)","relationships":{"dids":{"data":[{"type":"dids","id":"00000000-0000-4000-8000-00000000dead"}]}}}}"#
            let error = await #expect(throws: DidwwError.self) { try await account.client().update(id: id, body: Data(body.utf8)) }
            #expect(error?.fieldErrors.map(\.pointer) == ["/data/relationships/dids"])
        }
    }

    @Test func aNewTrunkIsCreatedWithItsDids() async throws {
        try await FakeAccount.with { account in
            let client = account.client()
            let did = try #require(try await client.dids(pageNumber: 2, pageSize: 1).dids.first)
            let draft = NewTrunk.serverDefaults().setting(.name, .text("Linked at birth")).setting(.authType, .text("twilio"))
                .setting(.twilioAccountSid, .text("AC33333333333333333333333333333333")).setting(.dids, .dids([did]))
            let body = DraftDiff(original: NewTrunk.serverDefaults(), draft: draft).createDocument().encoded()

            let created = try await client.create(body: body)

            #expect(created.dids?.map(\.number) == [did.number])
            #expect(created.emergencyDids == [])
        }
    }
}
