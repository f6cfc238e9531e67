import TrunkModel

/// Whether the form edits a trunk that exists (saved with PATCH) or drafts a new one (POST).
public enum FormMode: Equatable, Sendable {
    case edit
    /// A new trunk; `cloneOf` names the trunk it started from, if any.
    case create(cloneOf: String?)
    /// The fields to set on every marked trunk (the trunks as loaded when the form opened);
    /// saving reviews the change of each of them (see `FormState.marked(_:returnPane:)`).
    case marked([Trunk])

    /// True for a new trunk.
    public var isCreate: Bool {
        if case .create = self { return true }
        return false
    }

    /// The marked trunks the form sets fields of; nil for the form of one trunk.
    public var markedTrunks: [Trunk]? {
        if case .marked(let trunks) = self { return trunks }
        return nil
    }
}

extension FormState {
    /// A form for a new trunk: `original` is what the server would create by default, `draft`
    /// starts as `start` (the defaults, or a clone of another trunk).
    public static func creating(from start: Trunk, cloneOf: String?, returnPane: Pane) -> FormState {
        var form = FormState(trunk: NewTrunk.serverDefaults(), returnPane: returnPane)
        form.draft = start
        form.mode = .create(cloneOf: cloneOf)
        return form
    }

    /// The fields the save would send: every field of a new trunk; for an edit the changed ones,
    /// and every part of `authentication_method` when any part of it changed (it is sent whole).
    public var fieldsToSend: Set<FieldKey> {
        if mode.isCreate { return Set(fieldKeys) }
        var changed = Set(DraftDiff(original: original, draft: draft).changes.map(\.key))
        changed.formUnion(pendingText.keys)
        if changed.contains(where: \.isAuthentication) {
            changed.formUnion(FieldKey.allCases.filter(\.isAuthentication))
        }
        if changed.contains(.allowedSipIps) || changed.contains(.allowedRtpIps) {
            changed.formUnion([.allowedSipIps, .allowedRtpIps])
        }
        return changed
    }

    /// What stands under a field: the parse error of pending text, the server's error, then the
    /// validator's issues. An error in a field the save would not send is shown as a warning
    /// (the server already holds that value), so only what would be sent blocks saving.
    public func issues(_ key: FieldKey, validator: TrunkValidator) -> [FieldIssue] {
        var sending: Set<FieldKey>?
        return issues(key, validator: validator, sending: &sending)
    }

    /// `issues(_:validator:)` with the fields the save would send worked out at most once, and
    /// only when an error needs it (it diffs every field of the draft; with 5,000 prefixes that
    /// was a third of a keystroke in the prefix editor, once per shown field).
    private func issues(_ key: FieldKey, validator: TrunkValidator, sending: inout Set<FieldKey>?) -> [FieldIssue] {
        if let trunks = mode.markedTrunks { return markedIssues(key, trunks, validator: validator) }
        var found: [FieldIssue] = []
        if let parse = parseErrors[key] { found.append(parse) }
        if let server = serverErrors[key] { found.append(.error("server: " + server)) }
        if let note = unreadableNote(key, sending: &sending) { found.append(note) }
        if parseErrors[key] == nil && (isEditable(key) || !FieldTable.field(key).isWritable) {
            let checked = validator.issues(key, in: draft)
            guard checked.contains(where: { $0.severity != .warning }) else { return found + checked }
            if sending == nil { sending = fieldsToSend }
            let sent = sending?.contains(key) == true
            found += checked.map { issue in
                sent || issue.severity == .warning ? issue
                    : unsentDidSetNote(key) ?? .warning("as stored on the server: " + issue.message)
            }
        }
        return found
    }

    /// What stands under a field the server sent unreadable: a warning while it is kept as sent
    /// (it is left out of the save); an error when the save sends the whole authentication
    /// method, which would drop it; a note once the user's value replaces it.
    private func unreadableNote(_ key: FieldKey, sending: inout Set<FieldKey>?) -> FieldIssue? {
        guard !original.unreadable.isEmpty || !draft.unreadable.isEmpty else { return nil }
        if case .unreadable(let found) = draft.value(key) {
            if key.isAuthentication && key != .authType {
                if sending == nil { sending = fieldsToSend }
                if sending?.contains(key) == true {
                    return .error("the server sent \(found.display), and the authentication method is saved whole: set a value")
                }
            }
            return .warning("the server sent \(found.display); it is left as it is unless you set a value")
        }
        if case .unreadable(let found) = original.value(key) {
            return .warning("replaces the server's \(found.display)")
        }
        return nil
    }

    /// The shown fields that have an error, in display order.
    public func fieldsWithErrors(validator: TrunkValidator) -> [FieldKey] {
        var sending: Set<FieldKey>?
        return fieldKeys.filter { key in issues(key, validator: validator, sending: &sending).contains { $0.severity == .error } }
    }
}
