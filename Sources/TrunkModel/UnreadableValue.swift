/// A value the server sent for a field that is not of the field's type (a number as text, a
/// list as a single string, text that is not valid UTF-8). The field is shown as
/// "unreadable value (…)" and is left out of every request unless the user sets it.
public struct UnreadableValue: Equatable, Hashable, Sendable {
    /// What was there, in a few words: `"100", a text` or `text that is not valid UTF-8`.
    public var summary: String

    /// A value described by `summary`.
    public init(summary: String) {
        self.summary = summary
    }

    /// What the user reads: `unreadable value ("100", a text)`.
    public var display: String { "unreadable value (\(summary))" }

    /// The longest quoted excerpt of a text value, in characters.
    static let excerptLength = 24

    /// A JSON value of the wrong type; `secret` leaves the value itself out ("a number").
    public init(_ value: JSONValue, secret: Bool) {
        switch value {
        case .string(let text):
            summary = secret ? "a text" : Self.quoted(text) + ", a text"
        case .int(let number):
            summary = secret ? "a number" : "\(number), a number"
        case .double(let number):
            if secret || !number.isFinite {
                summary = "a number"
            } else if number == number.rounded() && abs(number) >= 1e15 {
                summary = "a number too large"
            } else {
                summary = "\(number), a number"
            }
        case .bool(let flag):
            summary = secret ? "a yes/no value" : "\(flag), a yes/no value"
        case .array(let items):
            summary = items.isEmpty ? "an empty list" : "a list of \(items.count)"
        case .object:
            summary = "an object"
        case .null:
            summary = "null"
        }
    }

    /// `text` in double quotes, cut to `excerptLength` characters, with quotes, backslashes and
    /// control characters escaped so that nothing but printable text reaches the terminal.
    static func quoted(_ text: String) -> String {
        var shown = ""
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == excerptLength {
                shown += "…"
                break
            }
            switch scalar {
            case "\"": shown += "\\\""
            case "\\": shown += "\\\\"
            case "\n": shown += "\\n"
            case "\t": shown += "\\t"
            case "\r": shown += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format {
                    shown += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    shown.unicodeScalars.append(scalar)
                }
            }
        }
        return "\"" + shown + "\""
    }
}
