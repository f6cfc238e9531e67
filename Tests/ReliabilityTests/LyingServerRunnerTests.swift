import FakeDidww
import Foundation
import Testing
import TrunkUI

/// The real runner, curl client and a FlyingFox server on 127.0.0.1 that lies: about how many
/// trunks it has (FakeDidww's `total:N` fault), and about the types of values (a scripted
/// server sending raw bytes). The program neither traps nor loops, and says what is true.
@Suite(.serialized) struct LyingServerRunnerTests {
    static let apiKey = "lying-server-key"

    @Test("a misstated total neither loops nor stops early; the header says what the user has", arguments: [
        (1_000_000_000, "72 trunks (the server said 1,000,000,000)"),
        (Int.max, "72 trunks (the server said 9,223,372,036,854,775,807)"),
        (1, "72 trunks (the server said 1)"),
        (-5, "72 trunks (the server said -5)"),
    ])
    func misstatedTotal(total: Int, header: String) async throws {
        let server = FakeDidwwServer(config: FakeDidwwConfig(trunkCount: 72, seed: 7, apiKey: Self.apiKey))
        let base = try await server.start()
        server.setFaults([FaultRule(method: "GET", endpoint: .list, kind: .misstatedTotal(total))])
        let runner = ThreadedRunner(baseURL: base, apiKey: Self.apiKey, pageSize: 10)
        runner.start()
        let listed: Int
        let screen: String
        var later = 0
        do {
            listed = try await runner.idle { !$0.loading && !$0.trunks.isEmpty }.trunks.count
            screen = runner.screen
            let settled = Self.listRequests(server)
            // A loop would go on asking: give it time to show itself.
            try await Task.sleep(for: .milliseconds(500))
            later = Self.listRequests(server) - settled
        } catch {
            await runner.stop()
            await server.stop()
            throw error
        }
        await runner.stop()
        await server.stop()
        #expect(listed == 72)
        #expect(screen.contains(header), "\(screen)")
        let requests = Self.listRequests(server)
        #expect(requests >= 8, "8 pages of 10 hold the 72 trunks")
        #expect(requests <= 8 + 8, "at most the pages in flight when the short page came: \(requests)")
        #expect(later == 0, "nothing more is asked for once the list is whole")
    }

    @Test func rawBytesAndWrongTypesAreShownAsUnreadableNotAsSomethingElse() async throws {
        let server = try await OddValueServer.start()
        let runner = ThreadedRunner(baseURL: server.baseURL, apiKey: Self.apiKey, pageSize: 50, rows: 50, columns: 200)
        runner.start()
        let list: String
        let detail: String
        do {
            _ = try await runner.idle { !$0.loading && !$0.trunks.isEmpty }
            list = runner.screen
            runner.press([.enter])
            _ = try await runner.idle { $0.detail?.unreadable.isEmpty == false }
            detail = runner.screen
        } catch {
            await runner.stop()
            await server.stop()
            throw error
        }
        await runner.stop()
        await server.stop()
        #expect(list.contains("unreadable value (text that is not valid UTF-8)"), "\(list)")
        #expect(list.contains("1 trunk"))
        #expect(detail.contains(#"unreadable value ("100", a text)"#), "\(detail)")
        #expect(!detail.contains("unlimited"))
        #expect(server.requestCount() == 2, "one list page, one read of the trunk")
    }

    /// The GET requests for list pages the fake received.
    static func listRequests(_ server: FakeDidwwServer) -> Int {
        server.requests().filter { $0.method == "GET" && $0.path.hasSuffix("/voice_out_trunks") }.count
    }
}
