/// One changed field: what it was and what the draft makes it.
public struct FieldChange: Equatable, Sendable {
    public var key: FieldKey
    public var old: FieldValue
    public var new: FieldValue

    /// The field's table row.
    public var field: TrunkField { FieldTable.field(key) }
}

/// The difference between a trunk as read and the user's draft of it, and the sparse PATCH
/// that applies exactly that difference.
public struct DraftDiff: Equatable, Sendable {
    public var original: Trunk
    public var draft: Trunk

    /// The diff of `draft` against `original`.
    public init(original: Trunk, draft: Trunk) {
        self.original = original
        self.draft = draft
    }

    /// The writable fields that apply to the draft's authentication method and whose value differs,
    /// in table order (a field of another method is never sent, so it is never a change; nor is
    /// a field the draft still holds as the server's unreadable value).
    public var changes: [FieldChange] {
        FieldTable.fields.compactMap { field in
            guard field.isWritable || field.key == .dids || field.key == .emergencyDids else { return nil }
            let old = original.value(field.key), new = draft.value(field.key)
            if new.isUnreadable { return nil }
            if field.key == .dids || field.key == .emergencyDids {
                guard case .dids(let newRefs) = new else { return nil }
                let oldIDs = Set(old.didIDs), newIDs = Set(newRefs.map(\.id))
                return oldIDs == newIDs ? nil : FieldChange(key: field.key, old: old, new: new)
            }
            guard field.applies(to: draft.authenticationMethod?.type) else { return nil }
            return old.same(as: new) ? nil : FieldChange(key: field.key, old: old, new: new)
        }
    }

    /// True when nothing would be sent.
    public var isEmpty: Bool { changes.isEmpty }

    /// The JSON:API PATCH document: only changed attributes; `authentication_method` whole
    /// (without the read-only username and password) when any part of it changed; relationships
    /// only when changed. A value the server sent unreadable is never sent back: an unchanged
    /// one is no change, and a member of the method still unreadable is left out (the form
    /// refuses to save until it is set). Nil when nothing changed.
    public func patchDocument() -> JSONValue? {
        let changed = changes
        guard !changed.isEmpty else { return nil }
        var attributes: [String: JSONValue] = [:]
        let relationships = relationshipsJSON()
        for change in changed where !change.key.isAuthentication && change.key != .dids && change.key != .emergencyDids {
            attributes[change.key.rawValue] = Self.json(change.new)
        }
        if changed.contains(where: { $0.key.isAuthentication }) {
            attributes["authentication_method"] = authenticationJSON()
        }
        var data: [String: JSONValue] = [
            "type": .string(TrunkDocuments.resourceType),
            "id": .string(original.id),
        ]
        if !attributes.isEmpty { data["attributes"] = .object(attributes) }
        if !relationships.isEmpty { data["relationships"] = .object(relationships) }
        return .object(["data": .object(data)])
    }

    func authenticationJSON() -> JSONValue {
        let type = draft.authenticationMethod?.type ?? .credentialsAndIp
        var members: [String: JSONValue] = [:]
        for field in FieldTable.fields(in: .authentication, for: type)
        where field.key.isAuthentication && field.isWritable && field.key != .authType {
            if let value = Self.json(draft.value(field.key)) { members[field.key.attributeName] = value }
        }
        return .object(["type": .string(type.rawValue), "attributes": .object(members)])
    }

    /// The JSON form of a field value as the API expects it; nil for an unreadable value, which
    /// is never sent.
    static func json(_ value: FieldValue) -> JSONValue? {
        switch value {
        case .unreadable: return nil
        case .null: return .null
        case .text(let text): return .string(text)
        case .decimal(let text): return .string(DecimalText.canonical(text) ?? text)
        case .integer(let number): return .int(number)
        case .bool(let flag): return .bool(flag)
        case .list(let items): return .array(items.map(JSONValue.string))
        case .dids(let refs): return .array(refs.map { .object(["type": .string("dids"), "id": .string($0.id)]) })
        }
    }
}

extension FieldValue {
    var didIDs: [String] {
        if case .dids(let refs) = self { return refs.map(\.id) }
        return []
    }
}
