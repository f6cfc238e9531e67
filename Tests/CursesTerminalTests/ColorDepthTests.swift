@testable import CursesTerminal
import ScreenKit
import Testing

struct ColorDepthTests {
    @Test(arguments: [
        (ColorMode.auto, 256, [String: String](), ColorDepth.palette256),
        (.auto, 256, ["NO_COLOR": "1"], .monochrome),
        (.auto, 256, ["NO_COLOR": ""], .palette256),
        (.always, 256, ["NO_COLOR": "1"], .palette256),
        (.never, 256, [:], .monochrome),
        (.never, 1 << 24, ["COLORTERM": "truecolor"], .monochrome),
        (.auto, 8, [:], .ansi8),
        (.auto, 16, [:], .ansi16),
        (.auto, 88, [:], .ansi16),
        (.auto, 2, [:], .monochrome),
        (.auto, 0, [:], .monochrome),
        (.always, 0, [:], .monochrome),
        (.auto, 256, ["COLORTERM": "truecolor"], .palette256),
        (.auto, 1 << 24, ["COLORTERM": "truecolor"], .direct),
        (.auto, 1 << 24, ["COLORTERM": "24bit"], .direct),
        (.auto, 1 << 24, ["COLORTERM": "TrueColor"], .direct),
        (.auto, 1 << 24, [:], .ansi8),
    ])
    func depthFollowsModeEnvironmentAndTerminfo(mode: ColorMode, colors: Int,
                                                environment: [String: String], expected: ColorDepth) {
        #expect(ColorDepth.detect(mode: mode, terminalColors: colors, environment: environment) == expected)
    }

    @Test func monochromePaletteUsesTheMonoThemeWithoutPairs() {
        let theme = Theme(name: "red", styles: [.selection: CellStyle(background: .rgb(255, 0, 0))])
        let palette = RolePalette(theme: theme, depth: .monochrome, defaultColors: true)
        #expect(palette.theme == .mono)
        #expect(palette.pairDefinitions.isEmpty)
        #expect(StyleRole.allCases.allSatisfy { palette.entry(for: $0).pair == 0 })
        #expect(palette.entry(for: .selection).attributes == .reverse)
    }

    @Test func colourPaletteGivesEveryRoleItsOwnQuantisedPair() {
        let theme = Theme(name: "t", styles: [
            .text: CellStyle(),
            .error: CellStyle(foreground: .rgb(255, 0, 0), attributes: .bold),
            .selection: CellStyle(foreground: .indexed(15), background: .indexed(24)),
        ])
        let palette = RolePalette(theme: theme, depth: .palette256, defaultColors: true)
        let pairs = palette.pairDefinitions.map(\.pair)
        #expect(pairs == (1...StyleRole.allCases.count).map { Int16($0) })
        #expect(palette.entry(for: .error) == .init(pair: palette.entry(for: .error).pair,
                                                     foreground: 196, background: -1, attributes: .bold))
        #expect(palette.entry(for: .selection).foreground == 15)
        #expect(palette.entry(for: .selection).background == 24)
        #expect(palette.entry(for: .muted).foreground == -1)
    }

    @Test func withoutDefaultColoursTheDefaultBecomesWhiteOnBlack() {
        let palette = RolePalette(theme: Theme(name: "t", styles: [.text: CellStyle()]),
                                  depth: .ansi8, defaultColors: false)
        #expect(palette.entry(for: .text).foreground == 7)
        #expect(palette.entry(for: .text).background == 0)
    }
}
