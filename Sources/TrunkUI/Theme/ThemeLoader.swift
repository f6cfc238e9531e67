import Foundation
import ScreenKit
import Yams

/// A theme file could not be used; says which file and why.
public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public var description: String
}

/// Reads YAML theme files (`themes/NAME.yaml`) into `Theme` values.
public enum ThemeLoader {
    /// The shipped default theme, compiled in so the program works without the themes folder.
    /// A test keeps it equal to `themes/default.yaml`.
    public static let builtInDefaultYAML = """
    name: default
    roles:
      text:            { fg: default, bg: default }
      muted:           { fg: default, attrs: [dim] }
      header:          { fg: blue, attrs: [bold] }
      title:           { fg: default, attrs: [bold] }
      selection:       { attrs: [reverse] }
      focus_border:    { fg: cyan, attrs: [bold] }
      border:          { fg: default, attrs: [dim] }
      status_bar:      { attrs: [reverse] }
      key_hint:        { fg: default, attrs: [dim] }
      ok:              { fg: green }
      warning:         { fg: yellow, attrs: [bold] }
      error:           { fg: red, attrs: [bold] }
      masked_secret:   { fg: magenta }
      read_only_badge: { attrs: [reverse, bold] }
      diff_added:      { fg: green, attrs: [bold] }
      diff_removed:    { fg: red }
      field_error:     { fg: red, attrs: [underline] }
      input:           { attrs: [underline] }
      dialog:          { fg: default, bg: default }
    """

    /// The compiled-in default theme.
    public static func builtInDefault() -> Theme {
        (try? parse(builtInDefaultYAML, source: "built-in default")) ?? .mono
    }

    /// Finds theme `nameOrPath` (a path, or a name looked up in `folders` in order) and parses it.
    public static func load(_ nameOrPath: String, folders: [URL]) throws -> Theme {
        if nameOrPath == "mono" { return .mono }
        let candidates: [URL] = nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml")
            ? [URL(fileURLWithPath: nameOrPath)]
            : folders.map { $0.appendingPathComponent(nameOrPath + ".yaml") }
        for url in candidates where FileManager.default.fileExists(atPath: url.path) {
            let text = try String(contentsOf: url, encoding: .utf8)
            return try parse(text, source: url.path)
        }
        if nameOrPath == "default" { return builtInDefault() }
        throw ThemeError(description: "theme \(nameOrPath) not found in " + folders.map(\.path).joined(separator: ", "))
    }

    /// Parses theme YAML; `source` names the file in errors.
    public static func parse(_ text: String, source: String) throws -> Theme {
        guard let root = try Yams.load(yaml: text) as? [String: Any] else {
            throw ThemeError(description: "\(source): not a YAML mapping")
        }
        let name = root["name"] as? String ?? "unnamed"
        guard let roles = root["roles"] as? [String: Any] else {
            throw ThemeError(description: "\(source): no roles: mapping")
        }
        var styles: [StyleRole: CellStyle] = [:]
        for (key, value) in roles {
            guard let role = StyleRole(rawValue: key) else {
                throw ThemeError(description: "\(source): unknown role \(key)")
            }
            guard let spec = value as? [String: Any] else {
                throw ThemeError(description: "\(source): role \(key) must be a mapping of fg, bg, attrs")
            }
            styles[role] = try style(spec, role: key, source: source)
        }
        return Theme(name: name, styles: styles)
    }

    private static func style(_ spec: [String: Any], role: String, source: String) throws -> CellStyle {
        var style = CellStyle()
        for (key, value) in spec {
            switch key {
            case "fg": style.foreground = try color(value, role: role, source: source)
            case "bg": style.background = try color(value, role: role, source: source)
            case "attrs":
                for item in value as? [String] ?? [] {
                    guard let attribute = attributes[item] else {
                        throw ThemeError(description: "\(source): role \(role): unknown attribute \(item)")
                    }
                    style.attributes.insert(attribute)
                }
            default: throw ThemeError(description: "\(source): role \(role): unknown key \(key)")
            }
        }
        return style
    }

    private static let attributes: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "underline": .underline, "reverse": .reverse, "italic": .italic,
    ]

    private static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// A colour from theme text: default, a name, an index 0–255 or #rrggbb.
    static func color(_ value: Any, role: String, source: String) throws -> TermColor {
        if let index = value as? Int, (0...255).contains(index) { return .indexed(index) }
        let text = "\(value)".lowercased()
        if text == "default" { return .terminalDefault }
        if let index = names.firstIndex(of: text) { return .indexed(index) }
        if text.hasPrefix("bright-"), let index = names.firstIndex(of: String(text.dropFirst(7))) { return .indexed(index + 8) }
        if text.hasPrefix("#"), text.count == 7, let rgb = UInt32(text.dropFirst(), radix: 16) {
            return .rgb(UInt8(rgb >> 16), UInt8((rgb >> 8) & 0xFF), UInt8(rgb & 0xFF))
        }
        throw ThemeError(description: "\(source): role \(role): bad colour \(value) (default, a name, 0-255 or #rrggbb)")
    }
}
