/// A field's value in one shape for every kind, so the form, the diff and the PATCH builder can
/// treat all fields alike.
public enum FieldValue: Hashable, Sendable {
    /// JSON null, or a value the server did not send.
    case null
    /// Text, or the raw value of an enum.
    case text(String)
    case integer(Int)
    /// A decimal in the API's string form ("3000.0").
    case decimal(String)
    case bool(Bool)
    case list([String])
    case dids([DidRef])
    /// A value the server sent that is not of the field's type; never sent back.
    case unreadable(UnreadableValue)

    /// The list items, empty for null and non-lists.
    public var items: [String] {
        if case .list(let items) = self { return items }
        return []
    }

    /// True when both denote the same value ("3000" and "3000.0" are the same decimal).
    public func same(as other: FieldValue) -> Bool {
        if case .decimal(let l) = self, case .decimal(let r) = other { return DecimalText.same(l, r) }
        return self == other
    }

    /// The value as the user types it in a field ("" for null and for an unreadable value, so
    /// that editing starts from empty; a list joined with ", ").
    public var editText: String {
        switch self {
        case .null, .unreadable: return ""
        case .text(let value), .decimal(let value): return value
        case .integer(let value): return String(value)
        case .bool(let value): return value ? "yes" : "no"
        case .list(let items): return items.joined(separator: ", ")
        case .dids(let dids): return dids.map(\.shownNumber).joined(separator: ", ")
        }
    }

    /// The value for people, using the field's words for null and its enum labels.
    public func display(for field: TrunkField) -> String {
        switch (self, field.widget) {
        case (.unreadable(let found), _):
            return found.display
        case (.null, .integer(let empty?)), (.null, .decimal(let empty?)), (.null, .text(let empty?)):
            return empty
        case (.null, .list):
            return field.key == .allowedRtpIps ? "no restriction" : "none"
        case (.null, _):
            return "—"
        case (.list(let items), _) where items.isEmpty:
            return "none"
        case (.dids(let dids), _) where dids.isEmpty:
            return "none"
        case (.text(let raw), .picker):
            return Self.label(of: raw, for: field.key)
        case (.text(let raw), .readOnly) where field.key == .createdAt:
            return Self.readableTime(raw)
        case (.text(let raw), .readOnly) where field.key == .authType:
            return AuthenticationType(raw: raw).label
        default:
            return editText
        }
    }

    /// "2026-04-23T19:52:20.859Z" → "2026-04-23 19:52 UTC"; other text unchanged.
    public static func readableTime(_ iso: String) -> String {
        guard iso.count >= 16, iso.hasSuffix("Z"), iso.dropFirst(10).first == "T" else { return iso }
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5)) + " UTC"
    }

    /// The label of an enum value of `key` ("Blocked" for "blocked").
    public static func label(of raw: String, for key: FieldKey) -> String {
        switch key {
        case .status: return TrunkStatus(raw: raw).label
        case .authType: return AuthenticationType(raw: raw).label
        case .mediaEncryptionMode: return MediaEncryptionMode(raw: raw).label
        case .onCliMismatchAction: return CliMismatchAction(raw: raw).label
        case .defaultDstAction: return DestinationAction(raw: raw).label
        default: return raw
        }
    }
}
