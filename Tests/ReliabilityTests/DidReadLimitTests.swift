import ClientTrunkService
import DidwwClient
import FakeDidww
import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// An account with more DIDs than trunks reads: the DID editor says so plainly, and a number
/// beyond the ones read is reported as "not among the ones read", never as "not a DID of this account".
@Suite("DID editor on an account with more DIDs than read")
struct DidReadLimitTests {
    @Test func theEditorWarnsAndExplainsANumberBeyondTheOnesRead() async throws {
        try await RunnerHarness.with(didCount: 250, didReadLimit: 150) { harness in
            let opened = try await harness.press([.char("e"), .char("L")])
            #expect(opened.accountDidsTruncation == AccountDidList.Truncation(read: 150, total: 250))
            #expect(opened.accountDids.dids.count == 150)
            let screen = harness.screen
            let formPane = screen.split(separator: "\n").map { $0.components(separatedBy: "││").last ?? "" }.joined(separator: " ")
            let words = formPane.split(whereSeparator: { $0.isWhitespace || $0 == "│" }).joined(separator: " ")
            #expect(words.contains("⚠ Showing the first 150 of the account's 250 DIDs: a DID beyond them cannot be found or pasted here"),
                    "the whole warning, wrapped: \(screen)")
            #expect(screen.contains("150 of 250 DIDs read"), "\(screen)")
            let dids = harness.server.requests().filter { $0.path == "/v3/dids" }
            #expect(dids.count == 2, "two pages of 100 for a limit of 150, none past it")

            let base = try #require(harness.server.baseURL)
            let client = DidwwClient(baseURL: base, apiKey: RunnerHarness.apiKey, transport: CurlTransport())
            let beyond = try #require(try await client.dids(pageNumber: 3, pageSize: 100).dids.first?.number)
            #expect(!opened.accountDids.dids.contains { $0.number == beyond })
            try await harness.press([.char("a")])
            try await harness.type(beyond)
            let refused = try await harness.press([.enter])
            if case .dids(let linked)? = refused.form?.draft.value(.dids) {
                #expect(!linked.contains { $0.number == beyond }, "nothing is linked")
            }
            #expect(harness.screen.contains("no unlinked DID among the 150 read matches"), "\(harness.screen)")
            #expect(harness.screen.contains("✗ none of the 150 DIDs read (of 250) has \(beyond)"),
                    "\(harness.screen)")

            try await harness.press([.escape, .paste("+" + beyond + ", +" + beyond.dropLast() + "9")])
            #expect(harness.screen.contains("not among the first 150 of 250 DIDs read: +\(beyond)"), "\(harness.screen)")
            #expect(!harness.screen.contains("not a DID of this account"))
        }
    }

    @Test func anAccountReadWholeShowsNoWarning() async throws {
        try await RunnerHarness.with(didCount: 120, didReadLimit: 150) { harness in
            let opened = try await harness.press([.char("e"), .char("L")])
            #expect(opened.accountDidsTruncation == nil && opened.accountDids.dids.count == 120)
            #expect(harness.screen.contains("120 on the account"))
            #expect(!harness.screen.contains("Showing the first"))
        }
    }
}
