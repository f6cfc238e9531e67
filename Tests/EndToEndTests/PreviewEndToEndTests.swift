import Foundation
import Testing

/// The detail preview in the real binary: at 120×40 the list is alone (every column), `v` puts
/// the preview beside it and `v` again takes it away; `--preview off` keeps a 200×60 list alone.
@Suite(.terminalSlot) struct PreviewEndToEndTests {
    /// The second screen line: the top border of the pane(s) under the header.
    private func topBorder(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 1 ? String(lines[1]) : ""
    }

    private func listAlone(_ screen: String) -> Bool {
        let top = topBorder(screen)
        return top.hasPrefix("┌─ Trunks") && !top.contains("┐┌") && top.hasSuffix("┐")
    }

    @Test func theKeyShowsAndHidesThePreviewAt120x40() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 40, columns: 120)
        let first = try await session.waitFor("the list alone with every column") { screen in
            screen.contains("42 trunks") && listAlone(screen) && screen.contains("Encryption") && screen.contains("Created")
        }
        #expect(first.contains("▶ Berlin Office"))
        try await session.send("v")
        let shown = try await session.waitFor("the preview beside the list") { screen in
            topBorder(screen).contains("┐┌─ Berlin Office") && screen.contains("preview on")
        }
        #expect(shown.contains("General"), "the preview shows the selected trunk's groups")
        try await session.send("j")
        try await session.waitFor("the preview following the cursor") { screen in topBorder(screen).contains("┐┌─ Chicago Sales") }
        try await session.send("v")
        let hidden = try await session.waitFor("the list alone again") { screen in listAlone(screen) && screen.contains("preview off") }
        #expect(hidden.contains("▶ Chicago Sales"), "the selection is kept")
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }

    @Test func previewOffKeepsAWideListAlone() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--preview", "off"], rows: 60, columns: 200)
        try await session.waitFor("the list alone at 200×60") { screen in screen.contains("42 trunks") && listAlone(screen) }
        try await session.send("Enter")
        try await session.waitFor("Enter opens the detail alone") { screen in
            topBorder(screen).hasPrefix("┌─ Berlin Office") && screen.contains("SIP username")
        }
        try await session.send("q")
        try await session.waitFor("q back to the list alone") { screen in listAlone(screen) && screen.contains("Enter open") }
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }

    @Test func infoNamesThePreviewAndWhereItCameFrom() async throws {
        let folder = NSTemporaryDirectory() + "trunks-e2e-preview-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder + "/trunks", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "preview: off\nprofiles:\n  wide: { environment: demo, preview: on }\n"
            .write(toFile: folder + "/trunks/config.yaml", atomically: true, encoding: .utf8)
        let base = ["HOME": NSTemporaryDirectory(), "XDG_CONFIG_HOME": folder, "XDG_STATE_HOME": folder + "/state", "LANG": "C.UTF-8"]
        let fromConfig = try await CommandRun.run([BuiltProducts.trunks, "info"], environment: base)
        #expect(fromConfig.output.contains("preview:        off  (config)"), "\(fromConfig)")
        let fromProfile = try await CommandRun.run([BuiltProducts.trunks, "info", "--profile", "wide"], environment: base)
        #expect(fromProfile.output.contains("preview:        on  (profile wide)"), "\(fromProfile)")
        let fromEnvironment = try await CommandRun.run([BuiltProducts.trunks, "info", "--profile", "wide"],
                                                       environment: base.merging(["TRUNKS_PREVIEW": "auto"]) { $1 })
        #expect(fromEnvironment.output.contains("preview:        auto  (environment TRUNKS_PREVIEW)"), "\(fromEnvironment)")
        let bad = try await CommandRun.run([BuiltProducts.trunks, "--demo", "--preview", "sideways"], environment: base)
        #expect(bad.status != 0 && bad.error.contains("sideways"), "\(bad)")
    }
}
