import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Changes to many trunks being sent, on disk under `XDGPaths.bulkChangesDirectory` (one folder
/// per endpoint, like drafts): per change `BATCH.json`, the change as reviewed (written once,
/// atomically), and `BATCH.jsonl`, one line per step (appended with one `write` each), both 0600
/// through `PrivateFile`. `BATCH.lock` is locked (`flock`) by the process sending or offering the
/// change, so that two programs never send the same change: `load` leaves out the changes another
/// running program holds, and holds the ones it returns.
///
/// Thread-safe: the held locks are behind a `Mutex`; every other call is a self-contained file
/// operation.
public final class BulkJournalStore: Sendable {
    public let directory: URL
    /// The lock descriptors held, by batch.
    private let held = Mutex<[String: Int32]>([:])

    /// A store in `directory` (created on the first write).
    public init(directory: URL) {
        self.directory = directory
    }

    deinit {
        held.withLock { locks in
            for descriptor in locks.values { close(descriptor) }
        }
    }

    /// Writes the change as sending starts (and holds its lock).
    public func begin(_ journal: BulkJournal) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        try PrivateFile.replace(file(journal.batch, "json"), with: try encoder.encode(journal.document))
        _ = hold(journal.batch)
    }

    /// Appends one step of the change `batch`.
    public func record(_ line: BulkJournal.Line, batch: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = try encoder.encode(line)
        data.append(0x0A)
        try PrivateFile.append(data, to: file(batch, "jsonl"))
    }

    /// Deletes the change's files and lets its lock go.
    public func remove(batch: String) {
        unlink(file(batch, "json").path)
        unlink(file(batch, "jsonl").path)
        unlink(file(batch, "lock").path)
        let descriptor = held.withLock { $0.removeValue(forKey: batch) }
        if let descriptor { close(descriptor) }
    }

    /// Lets every held lock go, as the end of the program does.
    func releaseLocks() {
        let descriptors = held.withLock { locks in
            defer { locks = [:] }
            return Array(locks.values)
        }
        for descriptor in descriptors { close(descriptor) }
    }

    /// Every readable change that no other running program holds, oldest first; their locks are
    /// held from now on (unreadable files are left alone).
    public func load() -> [BulkJournal] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let journals: [BulkJournal] = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().compactMap { name in
            let batch = String(name.dropLast(".json".count))
            guard let data = FileManager.default.contents(atPath: file(batch, "json").path),
                  let document = try? decoder.decode(BulkJournal.Document.self, from: data),
                  document.batch == batch, hold(batch) else { return nil }
            let text = (try? String(contentsOf: file(batch, "jsonl"), encoding: .utf8)) ?? ""
            // A line cut short (the program ended within a write) is left out.
            let lines = text.split(separator: "\n").compactMap { try? decoder.decode(BulkJournal.Line.self, from: Data($0.utf8)) }
            return BulkJournal(document, lines: lines)
        }
        return journals.sorted { $0.startedAt < $1.startedAt }
    }

    /// The file of `batch` with `suffix` (the batch is reduced to safe characters).
    public func file(_ batch: String, _ suffix: String) -> URL {
        let safe = String(batch.unicodeScalars.map { ($0.isASCII && Character($0).isLetter) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." ? Character($0) : "_" })
        return directory.appendingPathComponent("\(safe).\(suffix)")
    }

    /// Takes the lock of `batch` unless this store holds it already; false when another program
    /// holds it.
    private func hold(_ batch: String) -> Bool {
        if held.withLock({ $0[batch] != nil }) { return true }
        let path = file(batch, "lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return true }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return false
        }
        held.withLock { $0[batch] = descriptor }
        return true
    }
}
