import DidwwClient
import FakeDidww
import Foundation
import Testing
import TrunkModel

/// The raw trunk document behind the detail pane's `J`, read through curl from FakeDidww.
@Suite("Reading a trunk's raw document")
struct TrunkDocumentReadTests {
    @Test func theDocumentIsWhatTheServerSentWithDIDsIncluded() async throws {
        try await FakeAccount.with { account in
            let client = account.client()
            let oslo = try #require(try await client.list(TrunkListQuery(filters: ["name": "Oslo Emergency"])).trunks.first)

            let document = try await client.document(id: oslo.id)

            #expect(account.server.requests().last?.query == "include=dids,emergency_dids")
            let decoded = try TrunkDocuments.decodeSingle(document)
            #expect(decoded == (try await client.get(id: oslo.id)), "the same trunk as the typed read")
            let included = try #require(try JSONSerialization.jsonObject(with: document) as? [String: Any])["included"] as? [[String: Any]]
            #expect(included?.count == 3, "every DID once, whether CLI or emergency")
            #expect(included?.allSatisfy { ($0["type"] as? String) == "dids" } == true)
            let lines = try #require(TrunkJSONText.lines(of: document, revealSecrets: false))
            let password = try #require(decoded.authenticationMethod?.password)
            #expect(!lines.joined().contains(password), "the masked text never holds the password")
            #expect(lines.contains { $0.contains("\"password\" : \"••••••••\"") })
        }
    }
}
