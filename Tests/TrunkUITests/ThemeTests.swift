import Foundation
import ScreenKit
import Testing
@testable import TrunkUI

/// Theme files: the shipped ones load and pass the checker; mistakes are reported with lines.
@Suite struct ThemeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shipped = root.appendingPathComponent("themes")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ThemeFixtures")
    static let shippedNames = ["default", "dark", "light", "high-contrast", "mono", "solarized-dark", "solarized-light"]

    @Test(arguments: shippedNames)
    func shippedThemeLoadsWithEveryRoleAndPassesTheCheck(name: String) throws {
        let file = Self.shipped.appendingPathComponent(name + ".yaml")
        let theme = try ThemeLoader.load(name, folders: [Self.shipped])
        #expect(theme.name == name)
        #expect(Set(theme.styles.keys) == Set(StyleRole.allCases), "every role is styled in \(name)")
        let problems = ThemeChecker.check(file: file, folders: [Self.shipped])
        #expect(problems.isEmpty, "\(problems)")
        let selection = theme.style(for: .selection), text = theme.style(for: .text)
        #expect(selection.attributes.contains(.reverse) || selection.background != text.background,
                "the selection is not shown by the foreground colour alone")
    }

    @Test func shippedMonoEqualsTheCompiledInMono() throws {
        #expect(try ThemeLoader.load("mono", folders: [Self.shipped]) == Theme.mono)
        for style in Theme.mono.styles.values {
            #expect(style.foreground == .terminalDefault && style.background == .terminalDefault)
        }
    }

    @Test func builtInsWorkWithoutAnyFolder() throws {
        #expect(try ThemeLoader.load("default", folders: []) == ThemeLoader.builtInDefault())
        #expect(try ThemeLoader.load("mono", folders: []) == .mono)
        #expect(throws: ThemeError.self) { try ThemeLoader.load("dark", folders: []) }
    }

    @Test func inheritsOverridesOnlyWhatItNames() throws {
        let folder = try temporaryFolder()
        try """
        name: base
        palette: { ink: "#101010", paper: "#f0f0f0" }
        roles:
          text: { fg: ink, bg: paper }
          error: { fg: red, attrs: [bold, underline] }
        """.write(to: folder.appendingPathComponent("base.yaml"), atomically: true, encoding: .utf8)
        let child = try ThemeLoader.parse("""
        name: child
        inherits: base
        palette: { paper: "#ffffff" }
        roles:
          text: { bg: paper }
          error: { fg: 160 }
        """, source: "child.yaml", folders: [folder])
        #expect(child.style(for: .text) == CellStyle(foreground: .rgb(16, 16, 16), background: .rgb(255, 255, 255)))
        #expect(child.style(for: .error) == CellStyle(foreground: .indexed(160), background: .rgb(255, 255, 255),
                                                      attributes: [.bold, .underline]),
                "parent attributes kept; the background left at default takes the child's text background")
    }

    @Test(arguments: [
        ("default", TermColor.terminalDefault), ("red", .indexed(1)), ("bright-blue", .indexed(12)),
        ("7", .indexed(7)), ("255", .indexed(255)), ("#FF8000", .rgb(255, 128, 0)), ("grey", .indexed(8)),
    ])
    func colourForms(text: String, expected: TermColor) {
        #expect(ThemeDocument.color(text, palette: [:]) == expected)
    }

    @Test(arguments: ["256", "-1", "#12345", "#gggggg", "purple", ""])
    func badColoursAreRefused(text: String) {
        #expect(ThemeDocument.color(text, palette: [:]) == nil)
    }

    @Test func brokenFixtureReportsEveryProblemOnItsLine() {
        let file = Self.fixtures.appendingPathComponent("broken.yaml")
        let problems = ThemeChecker.check(file: file, folders: [Self.shipped])
        func line(_ fragment: String) -> Int? { problems.first { $0.message.contains(fragment) }?.line }
        #expect(problems.count == 7, "\(problems)")
        #expect(line("parent theme no-such-theme") == 3)
        #expect(line("unknown key colours") == 4)
        #expect(line("unknown role sparkle") == 7)
        #expect(line("bad colour #12345") == 8)
        #expect(line("unknown key blink") == 9)
        #expect(line("unknown attribute flashing") == 10)
        #expect(line("no colour given") == 12, "unquoted #rrggbb is a YAML comment; the message says so")
        #expect(problems.allSatisfy { $0.file == file.path && $0.severity == .error })
        #expect(problems.first.map { "\($0)" }?.hasPrefix(file.path + ":3: error: ") == true)
        #expect(throws: ThemeError.self) { try ThemeLoader.load(file.path, folders: [Self.shipped]) }
    }

    @Test func unquotedHexInAFlowMappingIsASyntaxErrorWithItsLine() {
        let problems = ThemeChecker.check(text: "name: x\nroles:\n  text: { fg: #ffffff }\n  muted: {}\n", source: "bad.yaml", folders: [])
        #expect(problems.count == 1 && problems.first?.message.hasPrefix("YAML:") == true, "\(problems)")
    }

    @Test func yamlSyntaxErrorHasItsLine() {
        let problems = ThemeChecker.check(text: "name: x\nroles:\n  text: { fg: red\n  muted: {}\n", source: "bad.yaml", folders: [])
        #expect(problems.count == 1)
        #expect((3...4).contains(problems.first?.line ?? 0), "\(problems)")
        #expect(problems.first?.message.hasPrefix("YAML:") == true)
    }

    @Test func lowContrastPairsAreReportedWithRoleLine() {
        let problems = ThemeChecker.check(file: Self.fixtures.appendingPathComponent("low-contrast.yaml"), folders: [])
        #expect(problems.map(\.line) == [6, 6, 7], "\(problems)")
        #expect(problems.first?.message == "role muted at 16M and 256 colours: contrast 1.50:1 of #3a3a3a on #1c1c1c is below 4.5:1")
        #expect(problems.last?.message == "role header at 16 colours: contrast 4.43:1 of #5c5cff (bright-blue) on #000000 (black) is below 4.5:1",
                "index 33 becomes bright blue on a 16-colour terminal")
    }

    @Test func aThemeReadableIn16MColoursButNotIn8IsReportedAtEachDepthWithItsColours() throws {
        let file = Self.fixtures.appendingPathComponent("cream.yaml")
        #expect(ThemeChecker.contrastProblems(try ThemeLoader.load(file.path, folders: [])).allSatisfy {
            !$0.depths.contains(.direct) && !$0.depths.contains(.palette256)
        }, "#586e75 on #fdf6e3 is 4.99:1, and its nearest 256 colours 5.14:1")
        let messages = ThemeChecker.check(file: file, folders: []).map(\.message)
        #expect(messages.contains("role text at 8 colours: contrast 1.57:1 of #00cdcd (cyan) on #e5e5e5 (white) is below 4.5:1"),
                "\(messages)")
        #expect(messages.contains("role text at 16 colours: contrast 4.00:1 of #7f7f7f (bright-black) on #ffffff (bright-white) is below 4.5:1"))
        #expect(messages.contains("role selection at 8 colours: contrast 1.57:1 of #e5e5e5 (white) on #00cdcd (cyan) is below 3:1"),
                "the selection bar needs 3:1")
    }

    @Test func aFallbackFor8ColoursFixesWhatItNamesAt8And16ColoursOnly() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("cream.yaml"), encoding: .utf8) + """
            fallbacks:
              8:
                roles:
                  text:      { fg: black, bg: white }
                  selection: { fg: white, bg: black }
            """
        #expect(ThemeChecker.check(text: text, source: "cream.yaml", folders: []).isEmpty)
        let theme = try ThemeLoader.parse(text, source: "cream.yaml")
        #expect(theme.drawn(at: .direct).style(for: .text) == CellStyle(foreground: .rgb(0x58, 0x6e, 0x75), background: .rgb(0xfd, 0xf6, 0xe3)))
        #expect(theme.drawn(at: .palette256) == theme.drawn(at: .direct))
        for depth in [ColorDepth.ansi16, .ansi8] {
            #expect(theme.drawn(at: depth).style(for: .text) == CellStyle(foreground: .indexed(0), background: .indexed(7)))
            #expect(theme.drawn(at: depth).style(for: .muted).background == .indexed(7), "other roles stand on the fallback's text background")
        }
    }

    @Test func aFallbackPaletteEntryChangesEveryRoleThatNamesIt() throws {
        let theme = try ThemeLoader.parse("""
            palette: { ink: "#586e75", paper: "#fdf6e3" }
            roles:
              text:   { fg: ink, bg: paper }
              header: { fg: ink, attrs: [bold] }
            fallbacks:
              256:
                palette: { ink: "#444444" }
              8:
                palette: { ink: black, paper: white }
            """, source: "inks.yaml")
        #expect(theme.drawn(at: .direct).style(for: .header).foreground == .rgb(0x58, 0x6e, 0x75))
        #expect(theme.drawn(at: .palette256).style(for: .header) == CellStyle(foreground: .rgb(0x44, 0x44, 0x44),
                                                                          background: .rgb(0xfd, 0xf6, 0xe3), attributes: .bold))
        #expect(theme.drawn(at: .ansi8).style(for: .header) == CellStyle(foreground: .indexed(0), background: .indexed(7), attributes: .bold),
                "the 8-colour palette overrides the 256-colour one")
    }

    @Test func aChildThemeInheritsItsParentsFallbacksAndOverridesThem() throws {
        let folder = try temporaryFolder()
        try """
        roles:
          text:  { fg: "#d0d0d0", bg: "#1c1c1c" }
          error: { fg: "#ff5f5f" }
        fallbacks:
          8:
            roles:
              error: { fg: white, bg: red }
        """.write(to: folder.appendingPathComponent("base.yaml"), atomically: true, encoding: .utf8)
        let child = try ThemeLoader.parse("""
            inherits: base
            roles:
              warning: { fg: "#ffd75f" }
            fallbacks:
              8:
                roles:
                  warning: { fg: yellow, attrs: [bold] }
            """, source: "child.yaml", folders: [folder])
        #expect(child.drawn(at: .ansi8).style(for: .error) == CellStyle(foreground: .indexed(7), background: .indexed(1)))
        #expect(child.drawn(at: .ansi8).style(for: .warning).foreground == .indexed(3))
        #expect(child.drawn(at: .direct).style(for: .error).foreground == .rgb(0xff, 0x5f, 0x5f))
    }

    @Test(arguments: [
        ("fallbacks:\n  16:\n    roles: {}\n", 2, "fallbacks: unknown depth 16 (expected 256 (256 colours) or 8 (8 and 16 colours))"),
        ("fallbacks:\n  8:\n    colours: {}\n", 3, "fallbacks 8: unknown key colours (expected palette, roles)"),
        ("fallbacks:\n  8:\n    roles:\n      text: { fg: purple }\n", 4, "role text fg: bad colour purple"),
        ("fallbacks: [8]\n", 1, "fallbacks: must map 256 (256 colours) or 8 (8 and 16 colours) to a palette and roles"),
    ])
    func aMistakeInAFallbackIsReportedOnceWithItsLine(text: String, line: Int, message: String) {
        let problems = ThemeChecker.check(text: text, source: "x.yaml", folders: [])
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.line == line)
        #expect(problems.first?.message.hasPrefix(message) == true, "\(problems)")
    }

    @Test func contrastRatioMatchesWCAG() {
        #expect(abs(ThemeChecker.contrastRatio((0, 0, 0), (255, 255, 255)) - 21) < 0.01)
        #expect(abs(ThemeChecker.contrastRatio((118, 118, 118), (255, 255, 255)) - 4.54) < 0.01)
    }

    @Test func inheritanceLoopIsAnError() throws {
        let folder = try temporaryFolder()
        try "inherits: b\nroles: {}\n".write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try "inherits: a\nroles: {}\n".write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: ThemeError.self) { try ThemeLoader.load("a", folders: [folder]) }
    }

    @Test func availableNamesListsFoldersAndBuiltIns() {
        let names = ThemeLoader.availableNames(folders: [Self.shipped])
        #expect(Set(Self.shippedNames).isSubset(of: Set(names)))
        #expect(ThemeLoader.availableNames(folders: []) == ["default", "mono"])
    }

    @Test func aSelectionShownByColourAloneIsReported() {
        let text = "name: x\nroles:\n  text: { fg: \"#d0d0d0\", bg: \"#1c1c1c\" }\n  selection: { fg: \"#ffff00\" }\n"
        let problems = ThemeChecker.check(text: text, source: "x.yaml", folders: [])
        #expect(problems.count == 1 && problems.first?.line == 4, "\(problems)")
        #expect(problems.first?.message == "role selection at 16M, 256, 16 and 8 colours: differs from text by the "
                + "foreground colour only; add reverse, bold, underline or a background")
        let fixed = text.replacingOccurrences(of: "fg: \"#ffff00\" }", with: "fg: \"#ffff00\", attrs: [bold] }")
        #expect(ThemeChecker.check(text: fixed, source: "x.yaml", folders: []).isEmpty)
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("trunks-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
