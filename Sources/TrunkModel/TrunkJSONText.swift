import FoundationEssentials

/// The raw JSON of a trunk document for people: pretty, with secrets masked unless revealed.
public enum TrunkJSONText {
    /// What a masked secret reads as in the raw JSON.
    public static let mask = "••••••••"
    /// The `authentication_method.attributes` members that hold secrets.
    public static let secretKeys: Set<String> = ["password", "twilio_account_sid"]

    /// Pretty lines of `document` (sorted keys); secrets replaced by `mask` unless `revealSecrets`.
    /// Nil when `document` is not JSON.
    public static func lines(of document: Data, revealSecrets: Bool) -> [String]? {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: document) else { return nil }
        let shown = revealSecrets ? value : masked(value)
        return shown.text(pretty: true).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// `value` with every non-null secret member (at any depth) replaced by `mask`.
    public static func masked(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            var copy: [String: JSONValue] = [:]
            for (key, member) in members {
                if secretKeys.contains(key), !member.isNull {
                    copy[key] = .string(mask)
                } else {
                    copy[key] = masked(member)
                }
            }
            return .object(copy)
        case .array(let items):
            return .array(items.map(masked))
        default:
            return value
        }
    }
}
