import Foundation

/// The seeded trunks as the fake server would answer `GET /v3/voice_out_trunks/{id}` with
/// `include=dids,emergency_dids`, without starting a server: for frame tests that draw real
/// seeded data (the fixtures of `SeedFixtures` come first).
public enum SeedDocuments {
    /// The single-resource documents of the first `count` seeded trunks, in creation order.
    public static func trunkDocuments(count: Int = 20, seed: UInt64 = 42, apiVersion: String = "2026-04-16") -> [Data] {
        let store = TrunkStore(trunkCount: count, seed: seed)
        guard let shape = try? ResponseShape(query: QueryParameters(rawQuery: "include=dids,emergency_dids")) else { return [] }
        let builder = TrunkDocumentBuilder(baseURL: "http://127.0.0.1/v3", shape: shape,
                                           didsByID: store.didsByID, apiVersion: apiVersion)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return store.trunks.map { (try? encoder.encode(builder.single($0))) ?? Data("{}".utf8) }
    }
}
