import Foundation
import TrunkModel

/// Test documents stored beside the tests in `Fixtures/`, found through `#filePath`.
enum Fixture {
    /// The directory that holds the fixture files.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures", isDirectory: true)

    /// The bytes of `Fixtures/<name>.json`.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent("\(name).json"))
    }

    /// `Fixtures/<name>.json` decoded as a single trunk.
    static func trunk(_ name: String) throws -> Trunk {
        try TrunkDocuments.decodeSingle(data(name))
    }
}
