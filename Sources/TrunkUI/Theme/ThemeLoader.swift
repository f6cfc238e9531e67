import FoundationEssentials
import ScreenKit

/// Reads YAML theme files (`themes/NAME.yaml`) into `Theme` values: palette, roles, and
/// `inherits:` with overrides. Every problem is reported with its file and line.
/// Reads files only; pure otherwise; any thread.
public enum ThemeLoader {
    /// The shipped default theme, compiled in so the program works without the themes folder.
    /// A test keeps it equal to `themes/default.yaml`.
    public static let builtInDefaultYAML = """
    name: default
    roles:
      text:            { fg: default, bg: default }
      muted:           { fg: default, attrs: [dim] }
      header:          { fg: cyan, attrs: [bold] }
      title:           { fg: default, attrs: [bold] }
      selection:       { attrs: [reverse] }
      focus_border:    { fg: cyan, attrs: [bold] }
      border:          { fg: default, attrs: [dim] }
      status_bar:      { attrs: [reverse] }
      key_hint:        { fg: default, attrs: [dim] }
      ok:              { fg: green }
      warning:         { fg: yellow, attrs: [bold] }
      error:           { fg: bright-red, attrs: [bold] }
      masked_secret:   { fg: bright-magenta }
      read_only_badge: { attrs: [reverse, bold] }
      diff_added:      { fg: green, attrs: [bold] }
      diff_removed:    { fg: bright-red }
      field_error:     { fg: bright-red, attrs: [underline] }
      input:           { attrs: [underline] }
      dialog:          { fg: default, bg: default }
    fallbacks:
      8:
        roles:
          error:           { fg: white, bg: red, attrs: [bold] }
          masked_secret:   { fg: default, attrs: [dim] }
          diff_removed:    { fg: white, bg: red }
          field_error:     { fg: white, bg: red, attrs: [underline] }
    """

    /// The names a theme can be asked for without a file: the compiled-in ones.
    public static let builtInNames = ["default", "mono"]

    /// The compiled-in default theme.
    public static func builtInDefault() -> Theme {
        (try? parse(builtInDefaultYAML, source: "built-in default")) ?? .mono
    }

    /// Finds theme `nameOrPath` (a path, or a name looked up in `folders` in order), applies its
    /// parents and returns it. `default` and `mono` work without any file.
    public static func load(_ nameOrPath: String, folders: [URL]) throws -> Theme {
        var visiting: Set<String> = []
        let result = resolve(nameOrPath, folders: folders, referencedFrom: nil, visiting: &visiting)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard let theme = result.theme, errors.isEmpty else { throw ThemeError(ThemeChecker.sorted(errors)) }
        return theme.fillingDefaults()
    }

    /// Parses theme YAML; `source` names the file in errors; parents are looked up in `folders`.
    public static func parse(_ text: String, source: String, folders: [URL] = []) throws -> Theme {
        var visiting: Set<String> = [source]
        let result = resolve(text: text, source: source, folders: folders, visiting: &visiting)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard let theme = result.theme, errors.isEmpty else { throw ThemeError(errors) }
        return theme.fillingDefaults()
    }

    /// The file theme `nameOrPath` would be read from, or nil (then only a built-in can answer).
    public static func locate(_ nameOrPath: String, folders: [URL], relativeTo base: URL? = nil) -> URL? {
        if nameOrPath.contains(Character("/")) || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
            let url = nameOrPath.hasPrefix("/") || base == nil
                ? URL(fileURLWithPath: nameOrPath)
                : base!.deletingLastPathComponent().appendingPathComponent(nameOrPath)
            return FileManager.default.fileExists(atPath: url.path) ? url.standardized : nil
        }
        return folders.map { $0.appendingPathComponent(nameOrPath + ".yaml") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Every theme name found in `folders` plus the built-in ones, sorted and without repeats.
    public static func availableNames(folders: [URL]) -> [String] {
        var names = Set(builtInNames)
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files where file.hasSuffix(".yaml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    /// A theme with its problems (errors leave `theme` nil), its merged palette at each depth it
    /// is resolved at (`ThemeDocument.resolvedDepths`), and the line that last styled each role
    /// at each depth.
    struct Resolution {
        var theme: Theme?
        var palettes: [ColorDepth: [String: TermColor]] = [:]
        var diagnostics: [ThemeDiagnostic] = []
        var roleLines: [ColorDepth: [StyleRole: Int]] = [:]

        /// The palette at `depth` (the 16-million-colour one where no other is kept).
        func palette(at depth: ColorDepth) -> [String: TermColor] {
            palettes[depth] ?? palettes[.direct] ?? [:]
        }
    }

    static func resolve(_ nameOrPath: String, folders: [URL], referencedFrom base: URL?,
                        visiting: inout Set<String>) -> Resolution {
        if let url = locate(nameOrPath, folders: folders, relativeTo: base) {
            guard !visiting.contains(url.path) else {
                return Resolution(diagnostics: [ThemeDiagnostic(file: url.path, line: 0, "themes inherit from each other in a loop")])
            }
            visiting.insert(url.path)
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                return resolve(text: text, source: url.path, folders: folders, visiting: &visiting)
            } catch {
                return Resolution(diagnostics: [ThemeDiagnostic(file: url.path, line: 0, "cannot read: \(FileReadProblem.words(for: error))")])
            }
        }
        switch nameOrPath {
        case "default": return Resolution(theme: builtInDefault())
        case "mono": return Resolution(theme: .mono)
        default:
            let searched = folders.map(\.path).joined(separator: ", ")
            return Resolution(diagnostics: [ThemeDiagnostic(file: nameOrPath, line: 0,
                "theme not found (searched \(searched.isEmpty ? "no folders" : searched))")])
        }
    }

    static func resolve(text: String, source: String, folders: [URL], visiting: inout Set<String>) -> Resolution {
        var document = ThemeDocument.parse(text, source: source)
        var parent = Resolution(theme: nil)
        if let (parentName, line) = document.parent {
            parent = resolve(parentName, folders: folders, referencedFrom: URL(fileURLWithPath: source), visiting: &visiting)
            if parent.theme == nil {
                let reason = parent.diagnostics.first.map { $0.line == 0 ? $0.message : $0.description } ?? "not found"
                document.error(line, "inherits: parent theme \(parentName) cannot be used: \(reason)")
            }
        }
        var themes: [ColorDepth: Theme] = [:]
        var resolution = Resolution(theme: nil)
        let name = document.name ?? URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        for depth in ThemeDocument.resolvedDepths {
            let (palette, roles) = document.resolve(inheritedPalette: parent.palette(at: depth), at: depth)
            var styles = parent.theme?.drawn(at: depth).styles ?? [:]
            for (role, spec) in roles {
                var style = styles[role] ?? CellStyle()
                if let foreground = spec.foreground { style.foreground = foreground }
                if let background = spec.background { style.background = background }
                if let attributes = spec.attributes { style.attributes = attributes }
                styles[role] = style
            }
            themes[depth] = Theme(name: name, styles: styles)
            resolution.palettes[depth] = palette
            resolution.roleLines[depth] = roles.mapValues(\.line)
        }
        // Each depth resolves the same lines again: a problem is reported once.
        for diagnostic in document.diagnostics where !resolution.diagnostics.contains(diagnostic) {
            resolution.diagnostics.append(diagnostic)
        }
        let failed = resolution.diagnostics.contains { $0.severity == .error }
        if !failed, var theme = themes[.direct] {
            for depth in ThemeDocument.resolvedDepths.dropFirst() {
                if let variant = themes[depth], variant != theme { theme.variants[depth] = variant }
            }
            resolution.theme = theme
        }
        return resolution
    }
}

extension Theme {
    /// The theme as drawn: a role that leaves its foreground or background at `default` takes the
    /// text role's, so a theme with its own background has no holes of terminal background.
    /// Inside a dialog such a role takes the dialog role's colours instead (and the text role
    /// is the dialog role), so a dialog has no stripes of page colour; `dialogStyles` holds
    /// the roles that differ there. Themes whose text and dialog roles are `default` (default,
    /// mono) are unchanged. Applied once, to the theme as written: a filled theme is returned
    /// as it is.
    func fillingDefaults() -> Theme {
        guard dialogStyles.isEmpty && variants.values.allSatisfy(\.dialogStyles.isEmpty) else { return self }
        let text = style(for: .text)
        let dialog = Self.filled(style(for: .dialog), from: text)
        var filled = styles
        var inDialogs: [StyleRole: CellStyle] = [:]
        for role in StyleRole.allCases where role != .text {
            let written = style(for: role)
            filled[role] = Self.filled(written, from: text)
            if role != .dialog { inDialogs[role] = Self.filled(written, from: dialog) }
        }
        filled[.text] = text
        inDialogs[.text] = dialog
        inDialogs[.dialog] = dialog
        return Theme(name: name, styles: filled, dialogStyles: inDialogs.filter { filled[$0.key] != $0.value },
                     variants: variants.mapValues { $0.fillingDefaults() })
    }

    /// `style` with a `default` foreground or background taken from `base`.
    private static func filled(_ style: CellStyle, from base: CellStyle) -> CellStyle {
        var style = style
        if style.foreground == .terminalDefault { style.foreground = base.foreground }
        if style.background == .terminalDefault { style.background = base.background }
        return style
    }
}
