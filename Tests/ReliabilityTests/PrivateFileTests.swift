import Foundation
import Testing
import TrunkModel
@testable import TrunkUI

/// The one writer behind drafts and the audit trail: owner-only files, and a replacement that
/// never leaves a torn file behind.
@Suite("Private files (drafts, audit trail)")
struct PrivateFileTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("private-file-\(UUID().uuidString)")

    private func mode(_ url: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    }

    private func draft(name: String) throws -> StoredDraft {
        var trunk = Trunk(id: "11111111-2222-3333-4444-555555555555")
        trunk.name = "Main"
        var form = FormState(trunk: trunk, returnPane: .list)
        form.draft.name = name
        return try #require(StoredDraft(form: form, at: Date(timeIntervalSince1970: 1_000)))
    }

    @Test func bothWritersMakeOwnerOnlyFilesAndTightenAWiderOlderCopy() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let replaced = directory.appendingPathComponent("state/draft.json")
        let appended = directory.appendingPathComponent("state/audit.jsonl")
        try PrivateFile.replace(replaced, with: Data("{}".utf8))
        try PrivateFile.append(Data("one\n".utf8), to: appended)
        #expect(try mode(replaced) == 0o600 && mode(appended) == 0o600)
        #expect(try mode(replaced.deletingLastPathComponent()) == 0o700)

        // A file left world-readable (an older version, a hand edit) is made private on the next write.
        chmod(replaced.path, 0o644)
        chmod(appended.path, 0o644)
        try PrivateFile.replace(replaced, with: Data("{\"n\":2}".utf8))
        try PrivateFile.append(Data("two\n".utf8), to: appended)
        #expect(try mode(replaced) == 0o600 && mode(appended) == 0o600)
        #expect(try String(contentsOf: appended, encoding: .utf8) == "one\ntwo\n")
        #expect(try String(contentsOf: replaced, encoding: .utf8) == "{\"n\":2}")
    }

    @Test func theDebugLogIsPrivateTooAndAppendsToAnOlderWiderFile() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("state/trunks.log")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("earlier line\n".utf8).write(to: url)
        chmod(url.path, 0o644)
        do {
            let log = try DebugLog(url: url, level: .info, secrets: [])
            log.record("GET /v3/voice_out_trunks → 200 in 9 ms", level: .info)
        }
        #expect(try mode(url) == 0o600)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "earlier line" && lines.count == 2 && lines[1].hasSuffix("INFO GET /v3/voice_out_trunks → 200 in 9 ms"))
    }

    /// `--log-file` may name a file that is not this user's to tighten (here: through a link to a
    /// file of `nobody`); it is appended to, its mode left alone. Devices are skipped the same way.
    @Test(.enabled(if: geteuid() == 0, "needs root to give the file to another user"))
    func aLogFileOfAnotherUserIsAppendedToWithoutChangingItsMode() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let theirs = directory.appendingPathComponent("shared.log")
        try Data().write(to: theirs)
        chmod(theirs.path, 0o666)
        #expect(chown(theirs.path, 65534, 65534) == 0)
        let link = directory.appendingPathComponent("state/trunks.log")
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: theirs)
        do {
            let log = try DebugLog(url: link, level: .info, secrets: [])
            log.record("GET → 200 in 1 ms", level: .info)
        }
        #expect(try mode(theirs) == 0o666)
        #expect(try String(contentsOf: theirs, encoding: .utf8).contains("INFO GET → 200 in 1 ms"))
    }

    @Test func aWriteThatFailsHalfwayLeavesTheOldFileWholeAndNoTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("draft.json")
        try PrivateFile.replace(file, with: Data("old draft".utf8))
        let new = Data(String(repeating: "new draft ", count: 100).utf8)
        var calls = 0
        // The disk fills after the first half: the second write fails with ENOSPC.
        let error = #expect(throws: PrivateFileError.self) {
            try PrivateFile.replace(file, with: new) { descriptor, buffer in
                calls += 1
                guard calls == 1 else { errno = ENOSPC; return -1 }
                return write(descriptor, buffer.baseAddress, buffer.count / 2)
            }
        }
        #expect(calls == 2)
        #expect(error?.errno == ENOSPC && error?.description.contains("No space left on device") == true)
        #expect(try String(contentsOf: file, encoding: .utf8) == "old draft")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["draft.json"])
    }

    @Test func aCrashMidWriteLeavesTheOldDraftWhichIsStillOffered() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = DraftStore(directory: directory)
        try store.save(try draft(name: "Saved before the crash"))
        let target = store.file(for: "11111111-2222-3333-4444-555555555555")
        // What a process killed in the middle of `replace` leaves: its temporary file, half written, never renamed.
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let next = try encoder.encode(try draft(name: "Being written when killed"))
        let deadPID = Self.finishedProcessID()
        let torn = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(deadPID).tmp")
        try next.prefix(next.count / 2).write(to: torn)

        #expect(store.load().map { $0.changes.map(\.mine) } == [[.text("Saved before the crash")]],
                "the next start offers the last complete draft; the torn file is not read")
        try store.save(try draft(name: "After restart"))
        #expect(store.load().map { $0.changes.map(\.mine) } == [[.text("After restart")]])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [target.lastPathComponent],
                "the killed process's temporary file is cleaned up by the next write")
    }

    /// The id of a process that has ended (a child that exited and was reaped).
    private static func finishedProcessID() -> pid_t {
        var pid: pid_t = 0
        let path = "/bin/true"
        var argv: [UnsafeMutablePointer<CChar>?] = [strdup(path), nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, path, nil, nil, &argv, nil) == 0 else { return 999_999 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return pid
    }

    @Test func anAuditLineThatCannotBeWrittenNamesTheAuditFileNotADraft() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // The audit file's place is taken by a directory: the append must fail and say where.
        let file = directory.appendingPathComponent("audit.jsonl")
        try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        let log = AuditLog(file: file)
        let entry = AuditEntry(time: "t", user: "u", sshClient: nil, profile: "p", method: "DELETE", trunkID: "t1", trunkName: nil,
                               changes: [], status: 204, outcome: "ok", latencyMs: 1, error: nil)
        let error = #expect(throws: PrivateFileError.self) { try log.append(entry) }
        #expect(error?.description.hasPrefix("cannot write \(file.path)") == true)
        #expect(error?.description.contains("draft") == false)
    }
}
