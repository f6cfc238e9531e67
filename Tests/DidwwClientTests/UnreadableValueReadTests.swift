import DidwwClient
import Foundation
import Testing
import TrunkModel

/// What a hostile server sends travels through curl and the client's decoding as it is: raw
/// bytes that are not UTF-8 inside a name and numbers sent as text become unreadable values
/// of that trunk, and the rest of the page is read.
@Suite struct UnreadableValueReadTests {
    typealias Reply = ScriptedHTTPServer.Reply

    @Test func rawBytesAndWrongTypesInAListPageReachTheModelAsUnreadableValues() async throws {
        var body = Data(#"{"data":[{"id":"t1","type":"voice_out_trunks","attributes":{"name":"Berlin "#.utf8)
        body.append(contentsOf: [0xC3, 0x28])
        body.append(Data(#"","capacity_limit":"100","rtp_timeout":45}},"#.utf8))
        body.append(Data(#"{"id":"t2","type":"voice_out_trunks","attributes":{"name":"Clean","capacity_limit":12}}],"#.utf8))
        body.append(Data(#""meta":{"total_records":2,"api_version":"2026-04-16"},"links":{}}"#.utf8))
        let server = try await ScriptedHTTPServer.start(replies: [Reply(status: 200, body: body)])
        let page: TrunkPage
        do {
            page = try await ClientFixtures.client(server.baseURL).list(TrunkListQuery(pageSize: 50))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        #expect(page.trunks.map(\.id) == ["t1", "t2"])
        let odd = page.trunks[0]
        #expect(odd.value(.name).display(for: FieldTable.field(.name)) == "unreadable value (text that is not valid UTF-8)")
        #expect(odd.value(.capacityLimit).display(for: FieldTable.field(.capacityLimit)) == #"unreadable value ("100", a text)"#)
        #expect(odd.rtpTimeout == 45)
        #expect(page.trunks[1].name == "Clean" && page.trunks[1].capacityLimit == 12 && page.trunks[1].unreadable.isEmpty)
        #expect(server.received().count == 1)
    }
}
