import ScreenKit

/// The curses colour pair and attributes of every style role for one theme at one colour depth.
/// Pure value, built without a terminal; `CursesScreen` registers the pairs with curses.
struct RolePalette: Equatable, Sendable {
    /// How one role is drawn: its colour pair (0 = the terminal default) and colours.
    struct Entry: Equatable, Sendable {
        var pair: Int16
        var foreground: Int32
        var background: Int32
        var attributes: TextAttributes
    }

    /// The theme actually drawn: the mono theme when there is no colour.
    let theme: Theme
    /// Entries by role; every role has one.
    let entries: [StyleRole: Entry]

    /// The palette of `theme` at `depth`. Without `defaultColors` (the terminal cannot keep its
    /// own colours under a pair), the terminal default becomes white on black.
    init(theme requested: Theme, depth: ColorDepth, defaultColors: Bool) {
        theme = depth == .monochrome ? .mono : requested
        let quantizer = ColorQuantizer(depth: depth)
        var entries: [StyleRole: Entry] = [:]
        for (index, role) in StyleRole.allCases.enumerated() {
            let style = theme.style(for: role)
            guard depth != .monochrome else {
                entries[role] = Entry(pair: 0, foreground: -1, background: -1,
                                      attributes: style.attributes)
                continue
            }
            var foreground = quantizer.colorNumber(for: style.foreground)
            var background = quantizer.colorNumber(for: style.background)
            if !defaultColors {
                if foreground < 0 { foreground = 7 }
                if background < 0 { background = 0 }
            }
            entries[role] = Entry(pair: Int16(index + 1), foreground: foreground,
                                  background: background, attributes: style.attributes)
        }
        self.entries = entries
    }

    /// The entry of `role`.
    func entry(for role: StyleRole) -> Entry {
        entries[role] ?? Entry(pair: 0, foreground: -1, background: -1, attributes: [])
    }

    /// The pairs to register with curses: (pair, foreground, background), pair 0 excluded.
    var pairDefinitions: [(pair: Int16, foreground: Int32, background: Int32)] {
        entries.values.filter { $0.pair > 0 }.sorted { $0.pair < $1.pair }
            .map { ($0.pair, $0.foreground, $0.background) }
    }
}
