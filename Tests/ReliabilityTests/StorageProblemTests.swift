import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// A draft or an audit line that cannot be written is said on screen at once and stays marked in
/// the header: nobody should trust a draft to survive a dropped connection, or a change to be
/// audited, when the disk refused it.
@Suite("Drafts and audit lines the disk refuses")
struct StorageProblemTests {
    @Test func aDraftThatCannotBeWrittenIsSaidOnceAndTheEditGoesOn() async throws {
        try await RunnerHarness.with { harness in
            // The drafts folder's place is taken by a file: no draft can be written.
            let drafts = harness.paths.draftsDirectory
            try FileManager.default.createDirectory(at: drafts.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("not a folder".utf8).write(to: drafts)

            try await harness.press([.char("e"), .enter, .ctrl("u")])
            let typed = try await harness.type("Kept in memory")
            #expect(typed.message?.kind == .error)
            #expect(typed.message?.text == "Draft not kept on disk, only in memory until saved: cannot write \(drafts.path): Not a directory",
                    "\(typed.message?.text ?? "no message")")
            #expect(harness.screen.contains("✗ NOT ON DISK"), "the header keeps the mark: \(harness.screen.prefix(300))")
            #expect(typed.form?.draft.name == "Kept in memory", "the edit itself goes on")

            // Said once: another message stays on the status line while more changes fail the same way.
            try await harness.press([.enter, .char(":")])
            let other = try await harness.type("nosuchcommand")
            _ = other
            let replaced = try await harness.press([.enter])
            #expect(replaced.message?.text.hasPrefix("Draft not kept") == false, "\(replaced.message?.text ?? "")")
            let later = try await harness.press([.enter, .char("!"), .enter])
            #expect(later.form?.draft.name == "Kept in memory!")
            #expect(later.message?.text.hasPrefix("Draft not kept") != true, "not repeated at every change: \(later.message?.text ?? "")")

            // The folder comes back: the next change is written again.
            try FileManager.default.removeItem(at: drafts)
            try await harness.press([.char("k"), .enter, .ctrl("u")])
            try await harness.type("Back on disk")
            try await harness.press([.enter])
            #expect(DraftStore(directory: drafts).load().first?.changes.first?.mine == .text("Back on disk"))
        }
    }

    @Test func aChangeThatCannotBeAuditedIsSavedAndTheHeaderSaysTheTrailMissedIt() async throws {
        try await RunnerHarness.with { harness in
            let auditFile = harness.paths.auditFile
            try FileManager.default.createDirectory(at: auditFile, withIntermediateDirectories: true)

            try await harness.press([.char("e"), .enter, .ctrl("u")])
            try await harness.type("Unaudited name")
            let saved = try await harness.press([.enter, .ctrl("s"), .char("y")])
            #expect(saved.form == nil, "the change itself went through")
            #expect(harness.server.requests().filter { $0.method == "PATCH" }.count == 1)
            let problem = try #require(saved.storageProblem)
            #expect(problem.hasPrefix("The audit trail could not be written: cannot write \(auditFile.path)"), "\(problem)")
            #expect(harness.screen.contains("✗ NOT ON DISK"), "the mark outlives the \"Saved\" message: \(harness.screen.prefix(300))")
        }
    }
}
