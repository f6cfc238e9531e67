import ScreenKit

/// The curses colour pair and attributes of every style role on every surface for one theme at
/// one colour depth. Pure value, built without a terminal; `CursesScreen` registers the pairs.
struct RolePalette: Equatable, Sendable {
    /// How one role is drawn: its colour pair (0 = the terminal default) and colours.
    struct Entry: Equatable, Sendable {
        var pair: Int16
        var foreground: Int32
        var background: Int32
        var attributes: TextAttributes
    }

    /// A role on a surface.
    struct Slot: Hashable, Sendable {
        var role: StyleRole
        var surface: Surface
    }

    /// The theme actually drawn: the mono theme when there is no colour.
    let theme: Theme
    /// Entries by role and surface; every pair of them has one.
    let entries: [Slot: Entry]

    /// The palette of `theme` at `depth`. Without `defaultColors` (the terminal cannot keep its
    /// own colours under a pair), the terminal default becomes white on black. A role that looks
    /// the same in a dialog as on the page shares the page's pair.
    init(theme requested: Theme, depth: ColorDepth, defaultColors: Bool) {
        theme = depth == .monochrome ? .mono : requested.drawn(at: depth)
        let quantizer = ColorQuantizer(depth: depth)
        let roles = StyleRole.allCases
        var entries: [Slot: Entry] = [:]
        for (surfaceIndex, surface) in Surface.allCases.enumerated() {
            for (index, role) in roles.enumerated() {
                let style = theme.style(for: role, on: surface)
                guard depth != .monochrome else {
                    entries[Slot(role: role, surface: surface)] = Entry(pair: 0, foreground: -1, background: -1,
                                                                        attributes: style.attributes)
                    continue
                }
                var foreground = quantizer.colorNumber(for: style.foreground)
                var background = quantizer.colorNumber(for: style.background)
                if !defaultColors {
                    if foreground < 0 { foreground = 7 }
                    if background < 0 { background = 0 }
                }
                let entry = Entry(pair: Int16(surfaceIndex * roles.count + index + 1), foreground: foreground,
                                  background: background, attributes: style.attributes)
                if surface != .page, let onPage = entries[Slot(role: role, surface: .page)],
                   onPage.foreground == foreground, onPage.background == background,
                   onPage.attributes == style.attributes {
                    entries[Slot(role: role, surface: surface)] = onPage
                } else {
                    entries[Slot(role: role, surface: surface)] = entry
                }
            }
        }
        self.entries = entries
    }

    /// The entry of `role` on `surface`.
    func entry(for role: StyleRole, on surface: Surface = .page) -> Entry {
        entries[Slot(role: role, surface: surface)] ?? Entry(pair: 0, foreground: -1, background: -1, attributes: [])
    }

    /// The pairs to register with curses: (pair, foreground, background), pair 0 excluded, each once.
    var pairDefinitions: [(pair: Int16, foreground: Int32, background: Int32)] {
        var seen = Set<Int16>()
        return entries.values.filter { $0.pair > 0 && seen.insert($0.pair).inserted }.sorted { $0.pair < $1.pair }
            .map { ($0.pair, $0.foreground, $0.background) }
    }
}
