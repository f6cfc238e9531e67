import FoundationEssentials
import ScreenKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `trunks theme check`: everything wrong with a theme file, each problem with its line:
/// syntax, unknown roles and keys, bad colours, a missing parent, text below the WCAG AA contrast
/// ratio of 4.5:1 (3:1 for the selection bar), on the page and inside dialogs, at every colour
/// depth the program draws in. Reads files only.
public enum ThemeChecker {
    /// The smallest contrast ratio a role's text may have against its background.
    public static let minimumContrast = 4.5
    /// The smallest contrast ratio of the selection bar: its text against the bar.
    public static let minimumSelectionContrast = 3.0
    /// The depths a theme is judged at, richest first: each colour is mapped as the program maps
    /// it there (`ColorQuantizer`, with the theme's fallbacks for that depth).
    public static let judgedDepths: [ColorDepth] = [.direct, .palette256, .ansi16, .ansi8]
    /// The terminal's own colours (`default`) are judged as light grey on black: what trunks
    /// draws where a terminal cannot keep its own colours.
    static let terminalForeground = XtermPalette.rgb(ofIndex: 7)
    static let terminalBackground = XtermPalette.rgb(ofIndex: 0)

    /// One role whose text lacks contrast, at the depths where it is drawn with the same colours.
    public struct ContrastProblem: Equatable, Sendable {
        public var role: StyleRole
        public var surface: Surface
        public var depths: [ColorDepth]
        public var ratio: Double
        public var minimum: Double
        /// The colours as drawn, in words: "#00cdcd (cyan)", "default (judged as #000000)".
        public var foreground: String
        public var background: String

        /// "role text at 8 colours: contrast 1.57:1 of #00cdcd (cyan) on #e5e5e5 (white) is below 4.5:1".
        public var message: String {
            "role \(role.rawValue)\(surface == .dialog ? " in dialogs" : "") at \(ThemeChecker.depthList(depths)): "
                + "contrast \(twoDecimals(ratio)):1 of \(foreground) on \(background) is below "
                + "\(minimum == minimum.rounded() ? String(Int(minimum)) : String(minimum)):1"
        }
    }

    /// The problems of the theme in `file`; parents are looked up in `folders`.
    public static func check(file: URL, folders: [URL]) -> [ThemeDiagnostic] {
        let text: String
        do { text = try String(contentsOf: file, encoding: .utf8) } catch {
            return [ThemeDiagnostic(file: file.path, line: 0, "cannot read: \(FileReadProblem.words(for: error))")]
        }
        return check(text: text, source: file.path, folders: folders)
    }

    /// The problems of theme `text`, reported against `source`.
    public static func check(text: String, source: String, folders: [URL]) -> [ThemeDiagnostic] {
        var visiting: Set<String> = [source]
        let resolution = ThemeLoader.resolve(text: text, source: source, folders: folders, visiting: &visiting)
        guard let theme = resolution.theme else { return sorted(resolution.diagnostics) }
        let lines = roleLines(in: text)
        func line(of role: StyleRole, at depth: ColorDepth) -> Int {
            let level: ColorDepth = depth == .ansi16 ? .ansi8 : depth
            return resolution.roleLines[level]?[role] ?? lines[role.rawValue] ?? lines["roles"] ?? 0
        }
        var problems = resolution.diagnostics + contrastProblems(theme).map { problem in
            ThemeDiagnostic(file: source, line: line(of: problem.role, at: problem.depths[0]), problem.message)
        }
        let colourOnly = judgedDepths.filter { selectionIsColourOnly(theme.fillingDefaults(), at: $0) }
        if let first = colourOnly.first {
            problems.append(ThemeDiagnostic(file: source, line: line(of: .selection, at: first),
                "role selection at \(depthList(colourOnly)): differs from text by the foreground colour only; "
                + "add reverse, bold, underline or a background"))
        }
        return sorted(problems)
    }

    static func sorted(_ diagnostics: [ThemeDiagnostic]) -> [ThemeDiagnostic] {
        diagnostics.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    /// Roles whose text has too little contrast with its background at any judged depth, on the
    /// page and inside dialogs (where a role without a background of its own stands on the
    /// dialog's). A role that looks the same in a dialog is reported once, for the page; depths
    /// that draw a role with the same two colours are reported together.
    public static func contrastProblems(_ theme: Theme) -> [ContrastProblem] {
        let filled = theme.fillingDefaults()
        var problems: [ContrastProblem] = []
        for depth in judgedDepths {
            let drawn = filled.drawn(at: depth)
            let quantizer = ColorQuantizer(depth: depth)
            for surface in Surface.allCases {
                for role in StyleRole.allCases {
                    let style = drawn.style(for: role, on: surface)
                    if surface != .page, style == drawn.style(for: role) { continue }
                    let fg = quantizer.shownColor(for: style.foreground), bg = quantizer.shownColor(for: style.background)
                    let ratio = contrastRatio(fg ?? terminalForeground, bg ?? terminalBackground)
                    let minimum = role == .selection ? minimumSelectionContrast : minimumContrast
                    guard ratio < minimum else { continue }
                    let problem = ContrastProblem(
                        role: role, surface: surface, depths: [depth], ratio: ratio, minimum: minimum,
                        foreground: describe(fg, default: terminalForeground), background: describe(bg, default: terminalBackground))
                    if let same = problems.firstIndex(where: {
                        $0.role == role && $0.surface == surface && $0.foreground == problem.foreground
                            && $0.background == problem.background
                    }) {
                        problems[same].depths.append(depth)
                    } else {
                        problems.append(problem)
                    }
                }
            }
        }
        return problems
    }

    /// True when the selected row would look like any other row without colour vision at `depth`:
    /// the same background as drawn there, no attribute of its own.
    public static func selectionIsColourOnly(_ theme: Theme, at depth: ColorDepth = .direct) -> Bool {
        let drawn = theme.drawn(at: depth), quantizer = ColorQuantizer(depth: depth)
        let selection = drawn.style(for: .selection), text = drawn.style(for: .text)
        let marking: TextAttributes = [.reverse, .bold, .underline]
        return quantizer.colorNumber(for: selection.background) == quantizer.colorNumber(for: text.background)
            && selection.attributes.isDisjoint(with: marking)
            && !text.attributes.isSuperset(of: selection.attributes.union(marking))
    }

    /// The WCAG contrast ratio of two colours (1 to 21).
    public static func contrastRatio(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    static func luminance(_ color: (Int, Int, Int)) -> Double {
        func channel(_ value: Int) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(color.0) + 0.7152 * channel(color.1) + 0.0722 * channel(color.2)
    }

    /// "16M colours", "256 and 8 colours", "16M, 256, 16 and 8 colours".
    static func depthList(_ depths: [ColorDepth]) -> String {
        let names = depths.map { depth in
            switch depth {
            case .direct: "16M"
            case .palette256: "256"
            case .ansi16: "16"
            case .ansi8: "8"
            case .monochrome: "no"
            }
        }
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + names.last! : names.joined()
        return list + " colours"
    }

    /// `#rrggbb`.
    private static func hex(_ color: (red: Int, green: Int, blue: Int)) -> String {
        "#" + [color.red, color.green, color.blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// `value` with two decimals, rounded as C's `%.2f` rounds.
    private static func twoDecimals(_ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = buffer.withUnsafeMutableBufferPointer { text in
            withVaList([value]) { vsnprintf(text.baseAddress, text.count, "%.2f", $0) }
        }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// A colour as drawn: its hex value, with its name when it is one of the 16 ANSI colours;
    /// `default` (with the value it is judged as) for the terminal's own colour.
    private static func describe(_ color: (red: Int, green: Int, blue: Int)?, default stand: (red: Int, green: Int, blue: Int)) -> String {
        guard let color else { return "default (judged as \(hex(stand)))" }
        let text = hex(color)
        guard let index = (0..<16).first(where: { XtermPalette.rgb(ofIndex: $0) == color }) else { return text }
        let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        return text + " (" + (index < 8 ? names[index] : "bright-" + names[index - 8]) + ")"
    }

    /// The line of each `role:` key (and of `roles:`) in the file, for contrast reports.
    private static func roleLines(in text: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = ThemeDocument.trimmed(line)
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = String(trimmed[..<colon])
            if lines[key] == nil { lines[key] = number + 1 }
        }
        return lines
    }
}
