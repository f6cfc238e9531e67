import Foundation
import ScreenKit

/// `trunks theme check`: everything wrong with a theme file, each problem with its line:
/// syntax, unknown roles and keys, bad colours, a missing parent, and text/background pairs
/// below the WCAG AA contrast ratio of 4.5:1, on the page and inside dialogs. Reads files only.
public enum ThemeChecker {
    /// The smallest contrast ratio a role's text may have against its background.
    public static let minimumContrast = 4.5

    /// The problems of the theme in `file`; parents are looked up in `folders`.
    public static func check(file: URL, folders: [URL]) -> [ThemeDiagnostic] {
        let text: String
        do { text = try String(contentsOf: file, encoding: .utf8) } catch {
            return [ThemeDiagnostic(file: file.path, line: 0, "cannot read: \(error.localizedDescription)")]
        }
        return check(text: text, source: file.path, folders: folders)
    }

    /// The problems of theme `text`, reported against `source`.
    public static func check(text: String, source: String, folders: [URL]) -> [ThemeDiagnostic] {
        var visiting: Set<String> = [source]
        let resolution = ThemeLoader.resolve(text: text, source: source, folders: folders, visiting: &visiting)
        guard let theme = resolution.theme else { return sorted(resolution.diagnostics) }
        let lines = roleLines(in: text)
        var problems = resolution.diagnostics + contrastProblems(theme).map { role, surface, ratio, pair in
            ThemeDiagnostic(file: source, line: lines[role.rawValue] ?? lines["roles"] ?? 0,
                            "role \(role.rawValue)\(surface == .dialog ? " in dialogs" : ""): contrast "
                            + "\(String(format: "%.2f", ratio)):1 of \(pair) is below \(minimumContrast):1")
        }
        if selectionIsColourOnly(theme.fillingDefaults()) {
            problems.append(ThemeDiagnostic(file: source, line: lines["selection"] ?? lines["roles"] ?? 0,
                "role selection: differs from text by the foreground colour only; add reverse, bold, underline or a background"))
        }
        return sorted(problems)
    }

    static func sorted(_ diagnostics: [ThemeDiagnostic]) -> [ThemeDiagnostic] {
        diagnostics.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    /// Roles whose foreground and background are both known colours with too little contrast,
    /// on the page and inside dialogs (where a role without a background of its own stands on
    /// the dialog's). A role that looks the same in a dialog is reported once, for the page.
    /// Colours left to the terminal (`default`, 0–15) are the user's scheme and are not judged.
    public static func contrastProblems(_ theme: Theme) -> [(role: StyleRole, surface: Surface, ratio: Double, pair: String)] {
        let drawn = theme.fillingDefaults()
        var problems: [(StyleRole, Surface, Double, String)] = []
        for surface in Surface.allCases {
            for role in StyleRole.allCases {
                let style = drawn.style(for: role, on: surface)
                if surface != .page, style == drawn.style(for: role) { continue }
                guard let fg = knownRGB(style.foreground), let bg = knownRGB(style.background) else { continue }
                let ratio = contrastRatio(fg, bg)
                if ratio < minimumContrast {
                    problems.append((role, surface, ratio, "\(hex(fg)) on \(hex(bg))"))
                }
            }
        }
        return problems
    }

    /// True when the selected row would look like any other row without colour vision: same
    /// background, no attribute of its own.
    public static func selectionIsColourOnly(_ theme: Theme) -> Bool {
        let selection = theme.style(for: .selection), text = theme.style(for: .text)
        let marking: TextAttributes = [.reverse, .bold, .underline]
        return selection.background == text.background && selection.attributes.isDisjoint(with: marking)
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

    private static func knownRGB(_ color: TermColor) -> (Int, Int, Int)? {
        switch color {
        case .terminalDefault: return nil
        case .indexed(let index) where index < 16: return nil
        case .indexed(let index):
            let value = XtermPalette.rgb(ofIndex: index)
            return (value.red, value.green, value.blue)
        case .rgb(let r, let g, let b): return (Int(r), Int(g), Int(b))
        }
    }

    private static func hex(_ color: (Int, Int, Int)) -> String {
        String(format: "#%02x%02x%02x", color.0, color.1, color.2)
    }

    /// The line of each `role:` key (and of `roles:`) in the file, for contrast reports.
    private static func roleLines(in text: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = String(trimmed[..<colon])
            if lines[key] == nil { lines[key] = number + 1 }
        }
        return lines
    }
}
