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
