import FoundationEssentials
import TrunkModel

/// What `u` undoes: the last save of one trunk, or the last change made to many trunks at once.
public enum UndoTarget: Equatable, Sendable {
    case one(UndoPlan)
    case many([UndoPlan])
}

/// What undoing one change of one trunk takes: for each field it changed, the value the change
/// left and the value before it. The reverse opens as a draft in the form (`form(on:)`), with the
/// values the change left as the draft's base, so a field someone changed since then is a
/// conflict when the draft is saved, never overwritten.
public struct UndoPlan: Equatable, Sendable {
    /// One field to put back.
    public struct Field: Equatable, Sendable {
        public var key: FieldKey
        /// The value the change left (the draft's base).
        public var left: FieldValue
        /// The value before the change (the draft's value).
        public var before: FieldValue

        /// A field the change took from `before` to `left`.
        public init(key: FieldKey, left: FieldValue, before: FieldValue) {
            self.key = key
            self.left = left
            self.before = before
        }
    }

    public var trunkID: String
    public var trunkName: String?
    public var fields: [Field]
    /// The labels of the secret fields the change also changed, which are never put back.
    public var notRestored: [String]
    /// The change was one of a change made to many trunks at once (its lines share this id); only
    /// this trunk's part is undone.
    public var groupID: String?

    /// A plan for `trunkID` putting `fields` back.
    public init(trunkID: String, trunkName: String?, fields: [Field], notRestored: [String] = [], groupID: String? = nil) {
        self.trunkID = trunkID
        self.trunkName = trunkName
        self.fields = fields
        self.notRestored = notRestored
        self.groupID = groupID
    }

    /// The trunk's name for messages, else its id.
    public var shownName: String { trunkName ?? trunkID }

    /// The form on `fresh` (the trunk as read now): its base holds the values the change left,
    /// its draft the values before it; it opens at the first of them, in the form's order.
    public func form(on fresh: Trunk, returnPane: Pane) -> FormState {
        FormState.reopening(fresh, base: fields.map { ($0.key, $0.left) }, draft: fields.map { ($0.key, $0.before) },
                            returnPane: returnPane)
    }

    /// The fields `fresh` holds another value in than the change left (and not the one before
    /// it): someone changed them since; saving the reverse asks theirs or mine for each.
    public func changedSince(in fresh: Trunk) -> [FieldKey] {
        fields.filter { field in
            let now = fresh.value(field.key)
            return !now.sameValue(as: field.left) && !now.sameValue(as: field.before)
        }.map(\.key)
    }

    /// True when `fresh` already holds every value from before the change.
    public func isUndone(in fresh: Trunk) -> Bool {
        fields.allSatisfy { fresh.value($0.key).sameValue(as: $0.before) }
    }

    /// "Destination prefixes back to 44, 49" for the first fields, for the status line.
    public var summary: String {
        let shown = fields.prefix(2).map { field -> String in
            let table = FieldTable.field(field.key)
            return "\(table.label) back to \(field.before.display(for: table))"
        }
        return shown.joined(separator: ", ") + (fields.count > 2 ? " and \(fields.count - 2) more" : "")
    }
}

/// Why a change cannot be undone, in the user's words.
public struct UndoRefusal: Error, Equatable, Sendable {
    public var message: String

    /// A refusal saying `message`.
    public init(_ message: String) {
        self.message = message
    }
}

extension UndoPlan {
    /// The words for a change that only a delete undoes; `deleteKey` names the key that deletes.
    static func createRefusal(deleteKey: String) -> UndoRefusal {
        UndoRefusal("Undo a create by deleting the trunk (\(deleteKey))")
    }

    static let deleteRefusal = UndoRefusal("A delete cannot be undone: the trunk is gone from the server")
    static let regenerateRefusal = UndoRefusal("A regeneration cannot be undone: the old SIP credentials are kept nowhere")
    static let olderVersionRefusal = UndoRefusal("This line cannot be undone (written by an older version)")

    /// A field whose value before the change was one the server sent that trunks could not read.
    static func unreadableRefusal(_ label: String) -> UndoRefusal {
        UndoRefusal("This change cannot be undone: the \(label) before it was a value trunks could not read")
    }

    /// The plan that undoes a change saved in this run (`diff`: the trunk as read just before it
    /// was sent, and what was sent); secret fields are never put back.
    static func undoing(saved diff: DraftDiff) -> Result<UndoPlan, UndoRefusal> {
        var fields: [Field] = []
        var notRestored: [String] = []
        for change in diff.changes {
            if change.old.isUnreadable {
                return .failure(unreadableRefusal(change.field.label))
            }
            if change.field.isSecret {
                notRestored.append(change.field.label)
            } else {
                fields.append(Field(key: change.key, left: change.new, before: change.old))
            }
        }
        let plan = UndoPlan(trunkID: diff.original.id, trunkName: diff.draft.name ?? diff.original.name, fields: fields,
                            notRestored: notRestored)
        return plan.orRefusedWhenNothingIsLeft()
    }

    /// The plan that undoes the change of an audit line: its typed values, else (a line written
    /// before they were kept) its shown values read back by the form's validator.
    static func undoing(_ entry: AuditEntry, validator: TrunkValidator, deleteKey: String) -> Result<UndoPlan, UndoRefusal> {
        if entry.outcome == "failed" {
            return .failure(UndoRefusal("This change failed: nothing was changed, so there is nothing to undo"))
        }
        switch entry.method {
        case "PATCH": break
        case "POST": return .failure(createRefusal(deleteKey: deleteKey))
        case "DELETE": return .failure(deleteRefusal)
        case let method where method.hasSuffix("regenerate_credentials"): return .failure(regenerateRefusal)
        default: return .failure(UndoRefusal("This line cannot be undone: \(entry.method) is not a change of fields"))
        }
        var fields: [Field] = []
        var notRestored: [String] = []
        for change in entry.changes {
            guard let key = FieldKey(rawValue: change.field) else { return .failure(olderVersionRefusal) }
            let table = FieldTable.field(key)
            if table.isSecret || change.old == "[redacted]" {
                notRestored.append(table.label)
                continue
            }
            if change.oldValue == nil && change.old == "?" {
                return .failure(UndoRefusal("This line cannot be undone: the \(table.label) before the change was not known"))
            }
            guard let before = change.oldValue ?? Self.read(change.old, for: key, validator: validator),
                  let left = change.newValue ?? Self.read(change.new, for: key, validator: validator) else {
                return .failure(olderVersionRefusal)
            }
            if before.isUnreadable { return .failure(unreadableRefusal(table.label)) }
            fields.append(Field(key: key, left: left, before: before))
        }
        let plan = UndoPlan(trunkID: entry.trunkID, trunkName: entry.trunkName, fields: fields, notRestored: notRestored,
                            groupID: entry.batch)
        return plan.orRefusedWhenNothingIsLeft()
    }

    /// The value a field's shown text stands for, read as the form reads what is typed: the
    /// field's word for empty ("none", "unlimited", "—") is empty, a picker's label its value.
    /// Nil when the text cannot be read back (an unknown "?", DIDs shown by number).
    static func read(_ shown: String, for key: FieldKey, validator: TrunkValidator) -> FieldValue? {
        let field = FieldTable.field(key)
        guard shown != "?" else { return nil }
        let nullWord = FieldValue.null.display(for: field)
        var text = shown
        if field.widget.isList {
            if shown == nullWord || shown == FieldValue.list([]).display(for: field) { text = "" }
        } else if shown == nullWord {
            // The form's word for empty reads back only where the field may be empty.
            guard case .success(let value) = validator.parse("", for: key), value == .null else { return nil }
            return .null
        }
        switch FieldAssignment(key: key, text: text).value(with: validator) {
        case .success(let value): return value
        case .failure: return nil
        }
    }

    /// This plan, or the reason it cannot be undone when nothing but credentials is left in it.
    private func orRefusedWhenNothingIsLeft() -> Result<UndoPlan, UndoRefusal> {
        guard fields.isEmpty else { return .success(self) }
        if !notRestored.isEmpty {
            return .failure(UndoRefusal("This change cannot be undone: it changed only the "
                                        + notRestored.joined(separator: " and ") + ", and credentials are never put back"))
        }
        return .failure(UndoRefusal("This change changed no field: there is nothing to undo"))
    }
}

extension WidgetKind {
    /// True for the list fields (prefixes, addresses).
    var isList: Bool {
        if case .list = self { return true }
        return false
    }
}
