import Foundation
import ScreenKit
import Testing
import TrunkUI
@testable import CursesTerminal

/// Every shipped theme mapped to every colour depth: numbers stay in the terminal's range and
/// the selection stays distinguishable from plain text.
@Suite struct ShippedThemeDepthTests {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")
    static let names = ["default", "dark", "light", "high-contrast", "mono", "solarized-dark", "solarized-light"]
    /// Every theme file in `themes/`, whatever it is called.
    static let files = ((try? FileManager.default.contentsOfDirectory(atPath: shipped.path)) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted()

    @Test func everyShippedThemeFileIsJudged() {
        #expect(Set(Self.files) == Set(Self.names.map { $0 + ".yaml" }), "\(Self.files)")
    }

    /// The colours curses is given for each role, read back as xterm shows them (the terminal's
    /// own colours as the white on black trunks uses without default colours), reach 4.5:1, and
    /// 3:1 for the selection bar, on the page and in dialogs, at every depth.
    @Test(arguments: files, [ColorDepth.direct, .palette256, .ansi16, .ansi8])
    func everyRoleIsReadableAsDrawn(file: String, depth: ColorDepth) throws {
        let theme = try ThemeLoader.load(Self.shipped.appendingPathComponent(file).path, folders: [Self.shipped])
        let palette = RolePalette(theme: theme, depth: depth, defaultColors: false)
        func shown(_ number: Int32) -> (Int, Int, Int) {
            if depth == .direct && number >= 8 { return (Int(number >> 16 & 0xFF), Int(number >> 8 & 0xFF), Int(number & 0xFF)) }
            let value = XtermPalette.rgb(ofIndex: Int(number))
            return (value.red, value.green, value.blue)
        }
        for surface in Surface.allCases {
            for role in StyleRole.allCases {
                let entry = palette.entry(for: role, on: surface)
                let ratio = ThemeChecker.contrastRatio(shown(entry.foreground), shown(entry.background))
                let minimum = role == .selection ? 3.0 : 4.5
                #expect(ratio >= minimum, "\(file) \(role) on \(surface) at \(depth): \(entry.foreground) on \(entry.background), \(ratio):1")
            }
        }
    }

    @Test(arguments: names, [ColorDepth.ansi8, .ansi16, .palette256, .direct])
    func mapsIntoTheDepth(name: String, depth: ColorDepth) throws {
        let theme = try ThemeLoader.load(name, folders: [Self.shipped])
        let palette = RolePalette(theme: theme, depth: depth, defaultColors: true)
        let limit: Int32 = switch depth {
        case .ansi8: 7
        case .ansi16: 15
        case .palette256: 255
        default: 0xFFFFFF
        }
        for role in StyleRole.allCases {
            let entry = palette.entry(for: role)
            #expect((-1...limit).contains(entry.foreground) && (-1...limit).contains(entry.background),
                    "\(name) \(role) at \(depth): \(entry)")
        }
        let selection = palette.entry(for: .selection), text = palette.entry(for: .text)
        #expect(selection.attributes.contains(.reverse) || selection.background != text.background
                || selection.foreground != text.foreground,
                "\(name) at \(depth): the selection looks like plain text")
    }

    @Test func rgbBackgroundsDegradeToDifferentColoursAt256() throws {
        let light = try ThemeLoader.load("light", folders: [Self.shipped])
        let palette = RolePalette(theme: light, depth: .palette256, defaultColors: true)
        #expect(palette.entry(for: .text).background != palette.entry(for: .selection).background)
        #expect(palette.entry(for: .text).background >= 16, "an RGB colour maps into the cube, not the user's 0-15")
    }
}
