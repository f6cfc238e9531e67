import Foundation
import ScreenKit
import Testing
import TrunkUI
@testable import CursesTerminal

/// Roles inside dialogs get colour pairs of their own when the theme gives dialogs another
/// background, and share the page's pairs when it does not.
@Suite struct DialogPaletteTests {
    @Test(arguments: [ColorDepth.ansi8, .ansi16, .palette256, .direct])
    func lightDialogsKeepTheirBackgroundUnderEveryRole(depth: ColorDepth) throws {
        let light = try ThemeLoader.load("light", folders: [ShippedThemeDepthTests.shipped])
        let palette = RolePalette(theme: light, depth: depth, defaultColors: true)
        let dialog = palette.entry(for: .dialog, on: .dialog)
        // At 8 and 16 colours warnings and additions are drawn on backgrounds of their own.
        let badges: [StyleRole] = depth == .ansi8 || depth == .ansi16 ? [] : [.warning, .diffAdded]
        for role in [StyleRole.text, .muted, .header, .border, .focusBorder, .diffRemoved, .error] + badges {
            #expect(palette.entry(for: role, on: .dialog).background == dialog.background, "\(role) at \(depth)")
        }
        #expect(palette.entry(for: .input, on: .dialog).background == palette.entry(for: .input).background,
                "a role with a background of its own keeps it")
        if depth == .palette256 || depth == .direct {
            #expect(palette.entry(for: .muted, on: .dialog).pair != palette.entry(for: .muted).pair)
            #expect(palette.entry(for: .muted).background == palette.entry(for: .text).background)
        }
        let pairs = palette.pairDefinitions.map(\.pair)
        #expect(Set(pairs).count == pairs.count, "each pair is registered once")
    }

    @Test func theDefaultThemeNeedsNoExtraPairs() throws {
        let theme = try ThemeLoader.load("default", folders: [ShippedThemeDepthTests.shipped])
        let palette = RolePalette(theme: theme, depth: .palette256, defaultColors: true)
        #expect(palette.pairDefinitions.count == StyleRole.allCases.count)
        for role in StyleRole.allCases {
            #expect(palette.entry(for: role, on: .dialog) == palette.entry(for: role))
        }
    }
}
