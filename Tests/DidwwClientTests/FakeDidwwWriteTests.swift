import DidwwClient
import FakeDidww
import Foundation
import Testing
import TrunkModel

@Suite("Changing trunks on FakeDidww through curl")
struct FakeDidwwWriteTests {
    private static func patchBody(id: String, attributes: String) -> String {
        #"{"data":{"type":"voice_out_trunks","id":"\#(id)","attributes":{\#(attributes)}}}"#
    }

    @Test func sparsePatchChangesTheTrunkAndSendsExactlyTheBody() async throws {
        try await FakeAccount.with { account in
            let client = account.client()
            let id = try #require(account.server.trunkIDs().first)
            let body = Self.patchBody(id: id, attributes: #""name":"Berlin Office (new)","dst_prefixes":["4930","4940"]"#)

            let updated = try await client.update(id: id, body: Data(body.utf8))

            #expect(updated.id == id)
            #expect(updated.name == "Berlin Office (new)")
            #expect(updated.dstPrefixes == ["4930", "4940"])
            let logged = try #require(account.server.requests().last)
            #expect(logged.method == "PATCH")
            #expect(logged.path == "/v3/voice_out_trunks/\(id)")
            #expect(logged.body == body)
            let reread = try await client.get(id: id)
            #expect(reread.name == "Berlin Office (new)")
        }
    }

    @Test func invalidRTPTimeoutLandsOnItsField() async throws {
        try await FakeAccount.with { account in
            let id = try #require(account.server.trunkIDs().first)

            let error = await #expect(throws: DidwwError.self) {
                try await account.client().update(id: id, body: Data(Self.patchBody(id: id, attributes: #""rtp_timeout":10"#).utf8))
            }

            #expect(error?.status == 422)
            #expect(error?.fieldErrors.map(\.pointer) == ["/data/attributes/rtp_timeout"])
            #expect(error?.fieldErrors.first?.field == .rtpTimeout)
            #expect(error?.userMessage.hasPrefix("The server rejected the change: rtp_timeout") == true)
        }
    }

    @Test func duplicateNameLandsOnTheNameField() async throws {
        try await FakeAccount.with { account in
            let ids = account.server.trunkIDs()
            let body = Self.patchBody(id: ids[1], attributes: #""name":"Berlin Office""#)

            let error = await #expect(throws: DidwwError.self) {
                try await account.client().update(id: ids[1], body: Data(body.utf8))
            }

            #expect(error?.fieldErrors.map(\.pointer) == ["/data/attributes/name"])
            #expect(error?.userMessage == "The server rejected the change: name - has already been taken")
        }
    }

    @Test func createThenDeleteThenTheTrunkIsGone() async throws {
        try await FakeAccount.with { account in
            let client = account.client()
            let body = #"{"data":{"type":"voice_out_trunks","attributes":{"name":"Created by test","#
                + #""on_cli_mismatch_action":"reject_call","authentication_method":{"type":"credentials_and_ip","#
                + #""attributes":{"allowed_sip_ips":["203.0.113.7/32"],"tech_prefix":""}}}}}"#

            let created = try await client.create(body: Data(body.utf8))
            try await client.delete(id: created.id)

            #expect(created.name == "Created by test")
            #expect(created.authenticationMethod?.type == .credentialsAndIp)
            #expect(created.authenticationMethod?.password?.isEmpty == false)
            let error = await #expect(throws: DidwwError.self) { try await client.get(id: created.id) }
            #expect(error?.status == 404)
            #expect(account.server.requests().map(\.method) == ["POST", "DELETE", "GET"])
        }
    }

    @Test func regeneratedCredentialsDifferAfterReading() async throws {
        try await FakeAccount.with { account in
            let client = account.client()
            let id = try #require(account.server.trunkIDs().first)
            let before = try await client.get(id: id, include: [])

            try await client.regenerateCredentials(trunkID: id)
            let after = try await client.get(id: id, include: [])

            #expect(before.authenticationMethod?.password != nil)
            #expect(after.authenticationMethod?.password != before.authenticationMethod?.password)
            let regenerate = try #require(account.server.requests().first { $0.method == "POST" })
            #expect(regenerate.path == "/v3/voice_out_trunk_regenerate_credentials")
            #expect(regenerate.body.contains(id))
        }
    }

    @Test func readOnlyRefusesEveryChangeWithoutSendingAByte() async throws {
        try await FakeAccount.with { account in
            let client = account.client(readOnly: true)
            let id = try #require(account.server.trunkIDs().first)
            let body = Data(Self.patchBody(id: id, attributes: #""status":"blocked""#).utf8)

            await #expect(throws: DidwwError.readOnly) { try await client.update(id: id, body: body) }
            await #expect(throws: DidwwError.readOnly) { try await client.create(body: body) }
            await #expect(throws: DidwwError.readOnly) { try await client.delete(id: id) }
            await #expect(throws: DidwwError.readOnly) { try await client.regenerateCredentials(trunkID: id) }

            #expect(account.server.requests().isEmpty)
            #expect(DidwwError.readOnly.mayHaveReachedServer == false)
            _ = try await client.list(TrunkListQuery())
            #expect(account.server.requests().count == 1)
        }
    }

    /// `:readonly`: a client made writable refuses every change once told, and stays so.
    @Test func aClientToldReadOnlyRefusesEveryChangeFromThenOn() async throws {
        try await FakeAccount.with { account in
            let client = account.client()
            let id = try #require(account.server.trunkIDs().first)
            let body = Data(Self.patchBody(id: id, attributes: #""capacity_limit":12"#).utf8)
            _ = try await client.update(id: id, body: body)
            #expect(account.server.requests().filter { $0.method == "PATCH" }.count == 1, "writable before")

            client.enterReadOnly()
            #expect(client.readOnly)
            await #expect(throws: DidwwError.readOnly) { try await client.update(id: id, body: body) }
            await #expect(throws: DidwwError.readOnly) { try await client.delete(id: id) }
            await #expect(throws: DidwwError.readOnly) { try await client.regenerateCredentials(trunkID: id) }
            #expect(account.server.requests().filter { $0.method != "GET" }.count == 1, "nothing more was sent")
            _ = try await client.get(id: id)
        }
    }
}
