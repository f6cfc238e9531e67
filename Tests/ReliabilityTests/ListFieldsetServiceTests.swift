import ClientTrunkService
import DidwwClient
import FakeDidww
import Foundation
import Testing
import TrunkModel
import TrunkUI

/// The list asks the API for the trunks' attributes only (a sparse fieldset without the
/// relationships' links), through real curl against the fake: the copy the list holds must be
/// the whole trunk the detail pane shows, attribute for attribute.
@Suite("List pages: a sparse fieldset that keeps every attribute")
struct ListFieldsetServiceTests {
    @Test func aListPageAsksForEveryAttributeAndNoRelationshipAndLosesNothing() async throws {
        let server = FakeDidwwServer(config: FakeDidwwConfig(trunkCount: 40, seed: 11, apiKey: "fieldset-key"))
        let base = try await server.start()
        do {
            let client = DidwwClient(baseURL: base, apiKey: "fieldset-key", transport: CurlTransport(), timeout: 60)
            let service = ClientTrunkService(client: client)

            let page = try await service.listPage(number: 1, size: 40, query: ServerQuery())
            #expect(page.trunks.count == 40)

            let list = try #require(server.requests().last { $0.method == "GET" })
            let fields = try #require(URLComponents(string: "http://x/?" + list.query)?.queryItems?
                .first { $0.name == "fields[voice_out_trunks]" }?.value)
            #expect(fields.split(separator: ",").map(String.init) == TrunkDocuments.attributeNames)

            for listed in page.trunks.prefix(8) {
                var full = try await client.get(id: listed.id)
                full.dids = nil
                full.emergencyDids = nil
                #expect(listed == full, "\(listed.name ?? listed.id): the list copy differs from GET")
            }
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}
