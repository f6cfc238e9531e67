import Foundation
import ScreenKit
import Testing
@testable import TrunkUI

/// Where themes are looked for: the user's folder under the XDG config dir first, then the shipped
/// folder (beside the installed binary, or the source tree's `themes/` for a build).
@Suite struct ThemeSearchOrderTests {
    static let shipped = ThemeTests.shipped

    @Test func theUsersFolderComesFirstThenTheShippedOnes() {
        let paths = XDGPaths(environment: ["HOME": "/home/ana", "XDG_CONFIG_HOME": "/home/ana/.cfg"])
        let folders = ThemeSearchPath.folders(paths: paths, executable: URL(fileURLWithPath: "/opt/trunks/bin/trunks"),
                                              currentDirectory: URL(fileURLWithPath: "/srv"))
        #expect(folders.first?.path == "/home/ana/.cfg/trunks/themes")
        #expect(folders.map(\.path).contains("/opt/trunks/share/trunks/themes"), "the installed layout: \(folders.map(\.path))")
        #expect(folders.count == Set(folders).count, "no folder twice")
    }

    @Test func aUserThemeOfTheSameNameWinsAndOthersComeFromTheShippedFolder() throws {
        let user = FileManager.default.temporaryDirectory.appendingPathComponent("user-themes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: user) }
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        try """
        name: dark
        inherits: default
        roles:
          header: { fg: "#ffaf00", attrs: [bold] }
        """.write(to: user.appendingPathComponent("dark.yaml"), atomically: true, encoding: .utf8)

        let mine = try ThemeLoader.load("dark", folders: [user, Self.shipped])
        let shippedDark = try ThemeLoader.load("dark", folders: [Self.shipped])
        #expect(mine.style(for: .header).foreground == .rgb(0xFF, 0xAF, 0x00), "the user's copy is used")
        #expect(mine != shippedDark)
        #expect(try ThemeLoader.load("light", folders: [user, Self.shipped]) == ThemeLoader.load("light", folders: [Self.shipped]),
                "a theme the user has not got comes from the shipped folder")
        #expect(ThemeLoader.availableNames(folders: [user, Self.shipped]).filter { $0 == "dark" }.count == 1)
    }
}
