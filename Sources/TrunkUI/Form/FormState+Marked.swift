import TrunkModel

/// The form of the marked trunks: the same form, widgets and checks as the form of one trunk,
/// on a template that holds only the fields the user sets. A field not set holds a value that is
/// never sent (as a value the server sent unreadable is never sent back), so every trunk keeps
/// its own; saving lays the fields set on each marked trunk and reviews them all.
extension FormState {
    /// The fields offered: the writable ones every trunk may share. Not offered: the name (each
    /// trunk's own), the authentication method and its credentials (username, password, Twilio
    /// SID), fields the server owns, and the DID sets (linked with `L`).
    public static let markedFieldKeys: [FieldKey] = FieldTable.fields.filter { field in
        field.isWritable && !field.isSecret && field.widget != .didSet && field.key != .name && field.key != .authType
    }.map(\.key)

    /// What a field not set holds: each trunk keeps its own value.
    static let notSet = FieldValue.unreadable(UnreadableValue(summary: "not set"))

    /// The form of `trunks` (as loaded), every field offered not set.
    public static func marked(_ trunks: [Trunk], returnPane: Pane) -> FormState {
        var template = Trunk(id: "")
        for key in markedFieldKeys { template.set(key, notSet) }
        var form = FormState(trunk: template, returnPane: returnPane)
        form.mode = .marked(trunks)
        return form
    }

    /// True when the field holds a value to set on every marked trunk (typed text that does not
    /// parse counts: it blocks the review).
    public func isSet(_ key: FieldKey) -> Bool {
        pendingText[key] != nil || draft.value(key) != Self.notSet
    }

    /// The values set, by field: the change laid on every marked trunk.
    public var markedValues: [FieldKey: FieldValue] {
        var values: [FieldKey: FieldValue] = [:]
        for key in Self.markedFieldKeys where isSet(key) && pendingText[key] == nil { values[key] = draft.value(key) }
        return values
    }

    /// What stands under a field of the form of the marked trunks: the value's own errors (typed
    /// text that does not parse, a value out of range), else the marked trunks it is not valid
    /// for, by reason and with their names. A value valid for some trunks is a warning (those are
    /// left out of the change); a value valid for none of them is an error.
    func markedIssues(_ key: FieldKey, _ trunks: [Trunk], validator: TrunkValidator) -> [FieldIssue] {
        if let parse = parseErrors[key] { return [parse] }
        guard isSet(key) else { return [] }
        let own = validator.issues(key, in: draft)
        if own.contains(where: { $0.severity == .error }) { return own }
        let field = FieldTable.field(key)
        let values = markedValues
        // Grouped by reason, in the order met: "not for 2 Twilio trunks", "not valid for 1 trunk (…)".
        // Trunks alike in what the check reads get the same verdict: each case is checked once.
        let read = TrunkValidator.fieldsRead(checking: key).filter { values[$0] == nil }
        var verdicts: [Case: Refusal?] = [:]
        var order: [Refusal] = [], names: [Refusal: [String]] = [:]
        for trunk in trunks {
            let type = trunk.authenticationMethod?.type
            let known = Case(type: type?.rawValue, values: read.map(trunk.value))
            let verdict: Refusal?
            if let found = verdicts[known] {
                verdict = found
            } else {
                if !field.applies(to: type) || (key.isAuthentication && type == .ipOnly) {
                    // An IP-only trunk's method is set by DIDWW support alone.
                    verdict = .method(type?.label ?? "unknown-method")
                } else {
                    let laid = BulkEdit.fields(values).draft(of: trunk)
                    verdict = validator.issues(key, in: laid).first { $0.severity == .error }.map { .invalid($0.message) }
                }
                verdicts[known] = verdict
            }
            guard let refusal = verdict else { continue }
            if names[refusal] == nil { order.append(refusal) }
            names[refusal, default: []].append(trunk.name ?? trunk.id)
        }
        let refused = names.values.reduce(0) { $0 + $1.count }
        let none = refused == trunks.count
        return own + order.map { refusal in
            let list = names[refusal]!
            let trunksWord = list.count == 1 ? "trunk" : "trunks"
            let head: String
            switch refusal {
            case .method(let label): head = "not for \(list.count) \(label) \(trunksWord)"
            case .invalid(let why): head = "not valid for \(list.count) \(trunksWord) (\(why))"
            }
            let text = head + ": " + Self.names(list) + (none ? "" : " (left out)")
            return none ? .error(text) : .warning(text)
        }
    }

    /// What the check of one field reads of a trunk: its authentication type and the values of
    /// the fields the check reads that the form does not set.
    private struct Case: Hashable {
        var type: String?
        var values: [FieldValue]
    }

    /// Why a value is not set on a trunk: its authentication method lacks the field, or the value
    /// breaks a rule there.
    private enum Refusal: Hashable {
        case method(String)
        case invalid(String)
    }

    /// "Frankfurt Twilio, Prague Twilio Backup", the first few and how many more.
    static func names(_ list: [String]) -> String {
        let shown = 5
        guard list.count > shown + 1 else { return list.joined(separator: ", ") }
        return list.prefix(shown).joined(separator: ", ") + " and \(list.count - shown) more"
    }
}
