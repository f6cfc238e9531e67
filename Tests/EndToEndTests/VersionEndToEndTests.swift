import Foundation
import Testing

/// `trunks --version` as support staff run it on a jump host: the version of trunks and the
/// DIDWW API versions it speaks, with no endpoint, key or terminal needed.
struct VersionEndToEndTests {
    @Test func versionNamesTrunksAndBothAPIVersions() async throws {
        let run = try await CommandRun.run([BuiltProducts.trunks, "--version"], environment: ["LANG": "C.UTF-8"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == "trunks 0.1\nDIDWW API versions: 2026-04-16 (default), 2026-11-19\n")
        #expect(run.error.isEmpty)
    }
}
