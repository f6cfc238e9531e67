import TrunkModel

/// What copying chosen fields from one trunk into another does: the target's form with those
/// values in its draft, and every chosen field that is not copied with the reason. Credentials and
/// secrets are never copied, nor what the server sets, nor a field the target's authentication
/// method does not have, nor what the form would not let the user change. Pure.
struct CompareCopy {
    /// The target's form, its draft holding the copied values (nothing is sent from here).
    var form: FormState
    /// The fields copied, in the form's order.
    var copied: [FieldKey]
    /// The fields not copied, each with why.
    var refused: [(key: FieldKey, reason: String)]

    /// `chosen` copied from `source` into a form of `target` that returns to `returnPane`.
    /// The fields go in the field table's order, so a method copied first decides which
    /// authentication fields the target has for the ones after it. The copy is one change in the
    /// form's history: `u` there takes all of it back.
    init(_ chosen: Set<FieldKey>, from source: Trunk, into target: Trunk, returnPane: Pane) {
        var form = FormState(trunk: target, returnPane: returnPane)
        form.history.rest(at: form.snapshot)
        var copied: [FieldKey] = []
        var refused: [(key: FieldKey, reason: String)] = []
        for field in FieldTable.fields where chosen.contains(field.key) {
            if let reason = Self.refusal(field.key, from: source, into: form) {
                refused.append((field.key, reason))
            } else {
                form.draft.set(field.key, source.value(field.key))
                copied.append(field.key)
            }
        }
        form.history.settle(at: form.snapshot)
        self.form = form
        self.copied = copied
        self.refused = refused
    }

    /// Why `key` is never copied from any trunk: a credential or secret, or a field the server sets.
    static func neverCopied(_ key: FieldKey) -> String? {
        let field = FieldTable.field(key)
        if field.isSecret || key == .username || key == .password { return "a credential, never copied" }
        if !field.isWritable { return "set by the server" }
        return nil
    }

    /// Why `key` cannot be copied from `source` into the draft of `form`; nil when it can.
    static func refusal(_ key: FieldKey, from source: Trunk, into form: FormState) -> String? {
        if let reason = neverCopied(key) { return reason }
        let field = FieldTable.field(key)
        let sourceType = source.authenticationMethod?.type
        let targetType = form.draft.authenticationMethod?.type
        let sourceName = source.name ?? source.id
        let targetName = form.original.name ?? form.original.id
        if !form.isEditable(key) { return "\(targetName) uses IP only, set by DIDWW support" }
        if key == .authType && sourceType == .ipOnly { return "IP only is set up by DIDWW support" }
        if !field.applies(to: sourceType) { return "\(sourceName) has none (\(sourceType?.label ?? "no method"))" }
        if !field.applies(to: targetType) { return "\(targetName) has none (\(targetType?.label ?? "no method"))" }
        if TrunkComparison.isUnread(key, source) { return "\(sourceName)'s DIDs are not read yet" }
        if source.value(key).isUnreadable { return "\(sourceName)'s value could not be read" }
        return nil
    }

    /// "SIP password (a credential, never copied), Created (set by the server)".
    static func words(_ refused: [(key: FieldKey, reason: String)]) -> String {
        refused.map { "\(FieldTable.field($0.key).label) (\($0.reason))" }.joined(separator: ", ")
    }
}
