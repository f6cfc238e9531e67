import DidwwClient
import Foundation
import Testing
import TrunkModel

/// A list page's API version is read from the page itself (not from a second reading of the
/// body); a page served in another version than asked for is still refused, in plain words.
@Suite struct ListVersionCheckTests {
    static let newerPage = #"{"data":[{"id":"t1","type":"voice_out_trunks","attributes":{"name":"A"}}],"meta":{"total_records":1,"api_version":"2026-11-19"}}"#

    @Test(arguments: [newerPage, #"{"errors":"odd","meta":{"api_version":"2026-11-19"}}"#])
    func aPageServedInAnotherVersionIsRefused(body: String) async throws {
        try await ScriptedHTTPServer.with(replies: [.json(200, body)]) { server in
            let error = await #expect(throws: DidwwError.self) {
                try await ClientFixtures.client(server.baseURL).list(TrunkListQuery())
            }
            #expect(error == .apiVersionMismatch(requested: "2026-04-16", served: "2026-11-19", status: 200))
        }
    }

    @Test func aPageInTheVersionAskedForIsRead() async throws {
        let body = Self.newerPage.replacingOccurrences(of: "2026-11-19", with: "2026-04-16")
        try await ScriptedHTTPServer.with(replies: [.json(200, body)]) { server in
            let page = try await ClientFixtures.client(server.baseURL).list(TrunkListQuery())
            #expect(page.trunks.map(\.name) == ["A"])
            #expect(page.apiVersion == "2026-04-16")
        }
    }
}
