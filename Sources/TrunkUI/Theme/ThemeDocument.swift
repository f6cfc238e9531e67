import FoundationEssentials
import ScreenKit
import YAMLReader

/// One theme file as written, before inheritance is applied: every value keeps its line so
/// that problems can be reported as `file:line`. Built by `ThemeDocument.parse`; pure.
struct ThemeDocument {
    /// A style as a file writes it: only the fields it sets (the rest come from the parent).
    struct StyleSpec: Equatable {
        var foreground: TermColor?
        var background: TermColor?
        var attributes: TextAttributes?
        var line: Int
    }

    var source: String
    var name: String?
    /// The parent theme (`inherits:`) and the line that names it.
    var parent: (name: String, line: Int)?
    var diagnostics: [ThemeDiagnostic] = []
    /// Raw palette and role nodes, resolved against the inherited palette by `resolve`.
    var paletteNodes: [(name: String, node: YAMLNode, line: Int)] = []
    var roleNodes: [(key: String, node: YAMLNode, line: Int)] = []
    /// The palette and role nodes of `fallbacks:`, by the depth they are for (`.palette256`
    /// for `256`, `.ansi8` for `8`, which also serves 16 colours).
    var fallbackNodes: [ColorDepth: (palette: [(name: String, node: YAMLNode, line: Int)], roles: [(key: String, node: YAMLNode, line: Int)])] = [:]

    static let topLevelKeys = ["name", "description", "inherits", "palette", "roles", "fallbacks"]
    /// The keys of `fallbacks:` and the depths they stand for.
    static let fallbackKeys: [(key: String, depth: ColorDepth)] = [("256", .palette256), ("8", .ansi8)]
    /// The depths a theme is resolved at: 16 million colours, then each fallback in turn.
    static let resolvedDepths: [ColorDepth] = [.direct, .palette256, .ansi8]
    static let styleKeys = ["fg", "bg", "attrs"]
    static let attributeNames: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "underline": .underline, "reverse": .reverse, "italic": .italic,
    ]
    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Reads the structure of `text`; YAML syntax errors and unknown keys become diagnostics.
    static func parse(_ text: String, source: String) -> ThemeDocument {
        var document = ThemeDocument(source: source)
        let root: YAMLNode?
        do {
            root = try YAMLNode.read(text)
        } catch {
            document.error(error.line, "YAML: \(error.message)")
            return document
        }
        guard let root, let mapping = root.mapping else {
            document.error(root?.line ?? 1, "a theme is a mapping with name, inherits, palette and roles")
            return document
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.line
            switch key {
            case "name": document.name = value.string
            case "description": break
            case "inherits":
                if let parent = value.string, !parent.isEmpty { document.parent = (parent, line) }
                else { document.error(line, "inherits: needs a theme name or path") }
            case "palette":
                guard let palette = value.mapping else {
                    document.error(line, "palette: must map names to colours"); continue
                }
                for (nameNode, colorNode) in palette {
                    document.paletteNodes.append((nameNode.string ?? "", colorNode, nameNode.line))
                }
            case "roles":
                guard let roles = value.mapping else {
                    document.error(line, "roles: must map role names to styles"); continue
                }
                for (roleNode, styleNode) in roles {
                    document.roleNodes.append((roleNode.string ?? "", styleNode, roleNode.line))
                }
            case "fallbacks":
                document.parseFallbacks(value, line: line)
            default:
                document.error(line, "unknown key \(key) (expected one of \(topLevelKeys.joined(separator: ", ")))")
            }
        }
        return document
    }

    /// `fallbacks: { 256: {palette, roles}, 8: {palette, roles} }`.
    private mutating func parseFallbacks(_ value: YAMLNode, line: Int) {
        let expected = "256 (256 colours) or 8 (8 and 16 colours)"
        guard let fallbacks = value.mapping else {
            error(line, "fallbacks: must map \(expected) to a palette and roles"); return
        }
        for (keyNode, section) in fallbacks {
            let key = keyNode.string ?? ""
            let keyLine = keyNode.line
            guard let depth = Self.fallbackKeys.first(where: { $0.key == key })?.depth else {
                error(keyLine, "fallbacks: unknown depth \(key) (expected \(expected))"); continue
            }
            guard let mapping = section.mapping else {
                error(keyLine, "fallbacks \(key): must map palette and roles"); continue
            }
            var nodes = fallbackNodes[depth] ?? ([], [])
            for (partNode, part) in mapping {
                let partLine = partNode.line
                switch partNode.string ?? "" {
                case "palette":
                    guard let palette = part.mapping else { error(partLine, "fallbacks \(key) palette: must map names to colours"); continue }
                    for (nameNode, colorNode) in palette {
                        nodes.palette.append((nameNode.string ?? "", colorNode, nameNode.line))
                    }
                case "roles":
                    guard let roles = part.mapping else { error(partLine, "fallbacks \(key) roles: must map role names to styles"); continue }
                    for (roleNode, styleNode) in roles {
                        nodes.roles.append((roleNode.string ?? "", styleNode, roleNode.line))
                    }
                default:
                    error(partLine, "fallbacks \(key): unknown key \(partNode.string ?? "") (expected palette, roles)")
                }
            }
            fallbackNodes[depth] = nodes
        }
    }

    /// The palette and role specs in force at `depth`: this file's palette and roles, then, below
    /// 16 million colours, its `256` fallback, then at 8 and 16 colours its `8` fallback, each
    /// overriding only what it names. Palette names are looked up in the palette of that depth,
    /// so a fallback that changes a palette entry changes every role that uses it.
    mutating func resolve(inheritedPalette: [String: TermColor], at depth: ColorDepth = .direct)
        -> (palette: [String: TermColor], roles: [StyleRole: StyleSpec]) {
        var sections = [(palette: paletteNodes, roles: roleNodes)]
        if depth != .direct, let nodes = fallbackNodes[.palette256] { sections.append(nodes) }
        if depth == .ansi8 || depth == .ansi16, let nodes = fallbackNodes[.ansi8] { sections.append(nodes) }
        var palette = inheritedPalette
        for entry in sections.flatMap(\.palette) {
            if Self.colorNames.contains(entry.name) || entry.name == "default" || entry.name.hasPrefix("#") {
                error(entry.line, "palette name \(entry.name) hides a colour name; choose another")
                continue
            }
            if let color = color(entry.node, palette: [:], line: entry.line, context: "palette \(entry.name)") {
                palette[entry.name] = color
            }
        }
        var roles: [StyleRole: StyleSpec] = [:]
        for entry in sections.flatMap(\.roles) {
            guard let role = StyleRole(rawValue: entry.key) else {
                error(entry.line, "unknown role \(entry.key) (known: \(StyleRole.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            guard let spec = entry.node.mapping else {
                error(entry.line, "role \(entry.key) must be a mapping of fg, bg, attrs"); continue
            }
            var style = roles[role].map { StyleSpec(foreground: $0.foreground, background: $0.background,
                                                    attributes: $0.attributes, line: entry.line) } ?? StyleSpec(line: entry.line)
            for (keyNode, value) in spec {
                let key = keyNode.string ?? ""
                let line = keyNode.line
                switch key {
                case "fg": style.foreground = color(value, palette: palette, line: line, context: "role \(entry.key) fg")
                case "bg": style.background = color(value, palette: palette, line: line, context: "role \(entry.key) bg")
                case "attrs": style.attributes = attributes(value, line: line, role: entry.key)
                default: error(line, "role \(entry.key): unknown key \(key) (expected fg, bg, attrs)")
                }
            }
            roles[role] = style
        }
        return (palette, roles)
    }

    private mutating func attributes(_ node: YAMLNode, line: Int, role: String) -> TextAttributes {
        let items: [YAMLNode]
        if let sequence = node.sequence { items = sequence }
        else if node.scalar != nil { items = [node] }
        else { error(line, "role \(role): attrs must be a list such as [bold, underline]"); return [] }
        var result: TextAttributes = []
        for item in items {
            let name = (item.string ?? "").lowercased()
            if let attribute = Self.attributeNames[name] { result.insert(attribute) }
            else { error(item.line, "role \(role): unknown attribute \(name) (bold, dim, underline, reverse, italic)") }
        }
        return result
    }

    /// A colour: `default`, a name (`red`, `bright-red`), 0–255, `#rrggbb` or a palette name.
    private mutating func color(_ node: YAMLNode, palette: [String: TermColor], line: Int, context: String) -> TermColor? {
        guard let scalar = node.scalar else {
            error(line, "\(context): a colour is a single value"); return nil
        }
        let text = Self.trimmed(scalar.text)
        if let parsed = Self.color(text, palette: palette) { return parsed }
        if text.isEmpty || scalar.tag == YAMLScalar.nullTag || text == "~" {
            error(line, "\(context): no colour given (quote #rrggbb values, or YAML reads # as a comment)")
        } else {
            error(line, "\(context): bad colour \(text) (default, a colour name, 0-255, \"#rrggbb\" or a palette name)")
        }
        return nil
    }

    /// A colour from its text, or nil when it is none of the accepted forms.
    static func color(_ raw: String, palette: [String: TermColor]) -> TermColor? {
        let text = raw.lowercased()
        if text == "default" { return .terminalDefault }
        if let index = Int(text) { return (0...255).contains(index) ? .indexed(index) : nil }
        if let index = colorNames.firstIndex(of: text) { return .indexed(index) }
        if text.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(text.dropFirst(7))) {
            return .indexed(index + 8)
        }
        if text == "gray" || text == "grey" { return .indexed(8) }
        if text.hasPrefix("#"), text.count == 7, text.dropFirst().allSatisfy(\.isHexDigit),
           let rgb = UInt32(text.dropFirst(), radix: 16) {
            return .rgb(UInt8(rgb >> 16), UInt8((rgb >> 8) & 0xFF), UInt8(rgb & 0xFF))
        }
        return palette[raw]
    }

    /// `text` without the white space at its ends.
    static func trimmed(_ text: some StringProtocol) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    mutating func error(_ line: Int, _ message: String) {
        diagnostics.append(ThemeDiagnostic(file: source, line: line, .error, message))
    }
}
