/// A scalar as written: its text (escapes and folding already applied by libyaml), how it was
/// written, and its explicit tag if it has one. Plain scalars are resolved on demand as YAML 1.1
/// and 1.2 agree: booleans and integers; quoted ones are always text. A pure value.
public struct YAMLScalar: Equatable, Sendable {
    /// How the scalar was written.
    public enum Style: Equatable, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style
    /// The explicit tag, resolved (`!!str` is `tag:yaml.org,2002:str`); nil when none is written.
    public var tag: String?

    public static let stringTag = "tag:yaml.org,2002:str"
    public static let boolTag = "tag:yaml.org,2002:bool"
    public static let intTag = "tag:yaml.org,2002:int"
    public static let nullTag = "tag:yaml.org,2002:null"

    /// The scalar `text`, written in `style`, with the explicit `tag` if any.
    public init(_ text: String, style: Style = .plain, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
    }

    /// Whether the text is to be resolved as a type: a plain scalar without a tag, or any scalar
    /// tagged `tag`.
    private func resolves(as tag: String) -> Bool {
        self.tag == nil ? style == .plain : self.tag == tag
    }

    /// The boolean a plain `true`, `false`, `yes`, `no`, `on` or `off` (in any case) stands for;
    /// nil for anything else, and for quoted text (`"yes"` is the word).
    public var bool: Bool? {
        guard resolves(as: Self.boolTag) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// The integer a plain scalar stands for: decimal with an optional sign (`42`, `-7`, `+3`,
    /// `007` is 7), `0x` hexadecimal or `0o` octal; nil for anything else, and for quoted text.
    public var int: Int? {
        guard resolves(as: Self.intTag) else { return nil }
        var digits = Substring(text)
        var sign = ""
        if let first = digits.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            digits = digits.dropFirst()
        }
        var radix = 10
        if digits.hasPrefix("0x") { radix = 16 } else if digits.hasPrefix("0o") { radix = 8 }
        if radix != 10 { digits = digits.dropFirst(2) }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
        return Int(sign + digits, radix: radix)
    }

    /// Whether the scalar stands for no value: a plain empty, `~` or `null` (`Null`, `NULL`), or
    /// anything tagged `!!null`.
    public var isNull: Bool {
        if tag == Self.nullTag { return true }
        return tag == nil && style == .plain && ["", "~", "null", "Null", "NULL"].contains(text)
    }
}
