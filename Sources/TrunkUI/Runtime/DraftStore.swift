import Foundation

/// Unsaved drafts on disk, one JSON file per trunk under `XDGPaths.draftsDirectory`.
///
/// Each write is atomic (a private temporary file, flushed, then renamed over the old one), files
/// are mode 0600 in a 0700 directory, and secrets never reach them (`StoredDraft` leaves them out).
/// Safe to use from any thread: every call is a self-contained file operation.
public struct DraftStore: Sendable {
    public let directory: URL

    /// A store in `directory` (created on the first write).
    public init(directory: URL) {
        self.directory = directory
    }

    /// Writes `draft`, replacing the trunk's earlier draft.
    public func save(_ draft: StoredDraft) throws {
        try XDGPaths.ensureDirectory(directory)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(draft)
        let target = file(for: draft.trunkID)
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw DraftStoreError(path: temporary.path, errno: errno) }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == data.count, synced == 0 else {
            unlink(temporary.path)
            throw DraftStoreError(path: temporary.path, errno: errno)
        }
        guard rename(temporary.path, target.path) == 0 else {
            unlink(temporary.path)
            throw DraftStoreError(path: target.path, errno: errno)
        }
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
        let safe = String(trunkID.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" ? Character($0) : "_" })
        return directory.appendingPathComponent("\(safe).json")
    }
}

/// A draft file could not be written.
public struct DraftStoreError: Error, CustomStringConvertible {
    public var path: String
    public var errno: Int32
    public var description: String { "cannot write the draft \(path): \(String(cString: strerror(errno)))" }
}
