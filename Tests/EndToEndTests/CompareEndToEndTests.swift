import Foundation
import Testing

/// `=` in the real binary in demo mode, without colour on a plain `screen` terminal: two trunks
/// marked with Space are compared side by side, the differences read by their marks, and a field
/// chosen there lands in the target's form as a draft (nothing is sent).
@Suite(.terminalSlot) struct CompareEndToEndTests {
    @Test func markTwoCompareThemAndCopyAFieldIntoTheSecondsDraft() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 23, columns: 80,
                                            environment: ["NO_COLOR": "1", "TERM": "screen"])
        try await session.waitFor(text: "42 trunks")
        try await session.waitFor(text: "▶ Berlin Office")
        try await session.send("=")
        try await session.waitFor(text: "Mark two trunks to compare them (none marked; Space marks)")

        try await session.send("Space", "Space")
        try await session.waitFor(text: "2 marked")
        try await session.send("=")
        let compared = try await session.waitFor(text: "Compare two trunks")
        #expect(compared.contains("from Berlin Office") && compared.contains("into Chicago Sales"), "\(compared)")
        #expect(compared.contains("›≠  Name") && compared.contains(" ≠  Status") && compared.contains("Blocked"), "\(compared)")
        #expect(compared.contains(" ≠- SIP password") && compared.contains("••••••••"), "\(compared)")

        try await session.send("d")
        let differing = try await session.waitFor(text: "· only ≠ shown")
        #expect(!differing.contains("Callback URL"), "a field the same on both is hidden: \(differing)")
        try await session.send("j", "Space")
        try await session.waitFor(text: "›≠✓ Status")
        try await session.send("c")
        let form = try await session.waitFor(text: "Edit Chicago Sales · modified")
        #expect(form.contains("Copied 1 field from Berlin Office"), "\(form)")
        #expect(form.contains("▶*Status") && form.contains("Active"), "the copied value is in the draft: \(form)")

        try await session.send("Escape")
        try await session.waitFor(text: "Discard")
        try await session.send("y")
        try await session.waitFor("the list again") { $0.contains("▶*Chicago Sales") && !$0.contains("Edit Chicago Sales") }
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }
}
