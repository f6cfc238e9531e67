import FoundationEssentials
import TrunkModel

/// An unsaved draft as kept on disk between sessions: for each changed field, its value as read
/// (the base) and the user's value. Secret fields (password, Twilio SID) are never kept.
public struct StoredDraft: Codable, Equatable, Sendable {
    /// One changed field.
    public struct Change: Codable, Equatable, Sendable {
        public var field: FieldKey
        public var base: FieldValue
        public var mine: FieldValue
    }

    public var trunkID: String
    public var trunkName: String?
    public var savedAt: Date
    public var changes: [Change]

    /// The draft of `form` (secret fields left out); nil when nothing but secrets changed.
    public init?(form: FormState, at date: Date) {
        let kept = DraftDiff(original: form.original, draft: form.draft).changes
            .filter { !$0.field.isSecret }
            .map { Change(field: $0.key, base: $0.old, mine: $0.new) }
        guard !kept.isEmpty else { return nil }
        trunkID = form.original.id
        trunkName = form.original.name ?? form.draft.name.map { "new trunk \($0)" } ?? "a new trunk"
        savedAt = date
        changes = kept
    }

    /// A form on `trunk` (as read now) with this draft applied: its base values are put back into
    /// the form's original, so a change made meanwhile by someone else shows up as a conflict on save.
    /// The form opens at the first changed field, in the form's order.
    public func form(on trunk: Trunk, returnPane: Pane) -> FormState {
        FormState.reopening(trunk, base: changes.map { ($0.field, $0.base) }, draft: changes.map { ($0.field, $0.mine) },
                            returnPane: returnPane)
    }

    /// "Name: old → new" for each change, for the restore dialog.
    public var summaries: [String] {
        changes.map { change in
            let field = FieldTable.field(change.field)
            return "\(field.label): \(change.base.display(for: field)) → \(change.mine.display(for: field))"
        }
    }
}

extension FieldValue: Codable {
    private enum CodingKeys: String, CodingKey { case kind, value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "null": self = .null
        case "text": self = .text(try container.decode(String.self, forKey: .value))
        case "integer": self = .integer(try container.decode(Int.self, forKey: .value))
        case "decimal": self = .decimal(try container.decode(String.self, forKey: .value))
        case "bool": self = .bool(try container.decode(Bool.self, forKey: .value))
        case "list": self = .list(try container.decode([String].self, forKey: .value))
        case "dids":
            let pairs = try container.decode([[String]].self, forKey: .value)
            self = .dids(pairs.compactMap { pair in pair.first.map { DidRef(id: $0, number: pair.count > 1 ? pair[1] : nil) } })
        case "unreadable": self = .unreadable(UnreadableValue(summary: try container.decode(String.self, forKey: .value)))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown kind \(other)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .null: try container.encode("null", forKey: .kind)
        case .text(let text): try container.encode("text", forKey: .kind); try container.encode(text, forKey: .value)
        case .integer(let number): try container.encode("integer", forKey: .kind); try container.encode(number, forKey: .value)
        case .decimal(let text): try container.encode("decimal", forKey: .kind); try container.encode(text, forKey: .value)
        case .bool(let flag): try container.encode("bool", forKey: .kind); try container.encode(flag, forKey: .value)
        case .list(let items): try container.encode("list", forKey: .kind); try container.encode(items, forKey: .value)
        case .unreadable(let found):
            try container.encode("unreadable", forKey: .kind); try container.encode(found.summary, forKey: .value)
        case .dids(let refs):
            try container.encode("dids", forKey: .kind)
            try container.encode(refs.map { [$0.id] + ($0.number.map { [$0] } ?? []) }, forKey: .value)
        }
    }
}
