import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unsaved drafts on disk, one JSON file per trunk under `XDGPaths.draftsDirectory`.
///
/// Each write is atomic (`PrivateFile.replace`: a private temporary file, flushed, then renamed
/// over the old one), files are mode 0600 in a 0700 directory, and secrets never reach them
/// (`StoredDraft` leaves them out).
/// Safe to use from any thread: every call is a self-contained file operation.
public struct DraftStore: Sendable {
    public let directory: URL

    /// A store in `directory` (created on the first write).
    public init(directory: URL) {
        self.directory = directory
    }

    /// Writes `draft`, replacing the trunk's earlier draft.
    public func save(_ draft: StoredDraft) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        encoder.dateEncodingStrategy = .iso8601
        try PrivateFile.replace(file(for: draft.trunkID), with: try encoder.encode(draft))
    }

    /// Deletes the trunk's draft, if there is one.
    public func remove(trunkID: String) {
        unlink(file(for: trunkID).path)
    }

    /// Every readable draft (unreadable files are left alone).
    public func load() -> [StoredDraft] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { return nil }
            return try? decoder.decode(StoredDraft.self, from: data)
        }
    }

    /// The file of a trunk's draft (the id is reduced to safe characters).
    public func file(for trunkID: String) -> URL {
        let safe = String(trunkID.unicodeScalars.map { Self.isAlphanumeric($0) || $0 == "-" ? Character($0) : "_" })
        return directory.appendingPathComponent("\(safe).json")
    }

    /// A letter, mark or digit of any script (Unicode L*, M*, N*).
    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
