@testable import FakeDidww
import Foundation
import Testing

/// The seeded account is the same byte for byte as it always was: the trunks' stored values and
/// the documents served for them hash to the recorded digests (a change to how the seeder works
/// must not change what it makes; the demo, the benchmarks and the snapshots rely on it).
@Suite("seed digest")
struct SeedDigestTests {
    @Test(arguments: [(seed: UInt64(42), count: 3_000, digest: "3753b39b482a0cc9"), (seed: UInt64(7), count: 500, digest: "722af4d29c9ca8a5")])
    func storedTrunksAreUnchanged(seed: UInt64, count: Int, digest: String) {
        let store = TrunkStore(trunkCount: count, seed: seed)
        let text = store.trunks.map { "\($0)" }.joined(separator: "\n") + store.didPool.map { "\($0)" }.joined(separator: "\n")
        #expect(Self.fnv1a(Data(text.utf8)) == digest)
    }

    @Test func servedDocumentsAreUnchanged() {
        var data = Data()
        for document in SeedDocuments.trunkDocuments(count: 300) { data.append(document) }
        #expect(Self.fnv1a(data) == "37feb608a77e1dc4")
    }

    /// FNV-1a, 64 bits, as hexadecimal.
    static func fnv1a(_ data: Data) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
