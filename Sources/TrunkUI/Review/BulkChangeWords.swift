import TrunkModel

/// The words of a change to many trunks: its verb, what "already so" means for it, and one
/// trunk's change in a line ("status Active → Blocked", "prefixes − 44 (3 → 2)").
public enum BulkChangeWords {
    /// "Block", "Unblock", "Change the prefixes of", "Set fields of", "Undo on".
    public static func verb(_ edit: BulkEdit) -> String {
        switch edit {
        case .status(let target): target == .blocked ? "Block" : "Unblock"
        case .prefixes(let prefixes):
            switch prefixes.action {
            case .add: "Add prefixes to"
            case .remove: "Remove prefixes from"
            case .replace: "Replace the prefixes of"
            }
        case .fields: "Set fields of"
        case .perTrunk: "Undo the change on"
        case .dids(let edit): edit.action == .link ? "Link DIDs to" : "Unlink DIDs from"
        }
    }

    /// The past participle of the status line at the end: "blocked", "changed".
    public static func done(_ edit: BulkEdit) -> String {
        if case .status(let target) = edit { return word(target) }
        return "changed"
    }

    /// "already blocked", "already linked", "already so".
    public static func already(_ edit: BulkEdit) -> String {
        if case .status(let target) = edit { return "already \(word(target))" }
        if case .dids(let links) = edit { return links.action == .link ? "already linked" : "not linked" }
        return "already so"
    }

    /// One trunk's change in one line: every field old → new, secrets masked, a list as what it
    /// gains and loses (`counted`: with its length before and after, which differs from trunk to
    /// trunk, so the groups of a prefix change leave it out and `detail` says it per trunk).
    public static func summary(of item: BulkChange.Item, in change: BulkChange, counted: Bool = true) -> String {
        if let refused = item.refused { return "not valid for it: \(refused) (no request)" }
        guard item.changes else {
            if case .status(let target) = change.edit { return "already \(word(target)) (no request)" }
            return BulkChangeWords.already(change.edit) + " (no request)"
        }
        // Status and prefixes without building the trunk's whole diff (thousands may be marked).
        switch change.edit {
        case .status(let target):
            return "status \(item.trunk.status.map(label) ?? "—") → \(label(target))"
        case .prefixes(let edit):
            let old = item.trunk.dstPrefixes ?? []
            return "prefixes " + listChange(old, edit.apply(to: old).list, counted: counted)
        case .fields, .perTrunk:
            guard let diff = change.diff(of: item) else { return "already so (no request)" }
            return diff.changes.map { fieldChange($0) }.joined(separator: "; ")
        case .dids(let edit):
            return didChange(edit, on: item.trunk.dids)
        }
    }

    /// "link +4930123456 · already linked: +4930999" for a trunk whose CLI DIDs are `current`;
    /// when they were never read, what happens once they are.
    static func didChange(_ edit: DidLinkEdit, on current: [DidRef]?) -> String {
        let verb = edit.action.rawValue
        guard let current else {
            return "\(verb) \(numbers(edit.dids)) (its DIDs are read just before its PATCH; one \(edit.action == .link ? "already linked" : "not linked") is left)"
        }
        let (changing, unchanged) = edit.split(current)
        var text = "\(verb) \(numbers(changing))"
        if !unchanged.isEmpty { text += " · \(edit.action == .link ? "already linked" : "not linked"): \(numbers(unchanged))" }
        return text
    }

    /// "+4930123456, +37061498222".
    static func numbers(_ dids: [DidRef]) -> String {
        dids.map(\.shownNumber).joined(separator: ", ")
    }

    /// "Label old → new", a secret masked, a list as "+ 33 − 44 (3 → 2)".
    static func fieldChange(_ change: FieldChange) -> String {
        let field = change.field
        if case .list = field.widget {
            return field.label + " " + listChange(change.old.items, change.new.items)
        }
        return "\(field.label) \(change.old.masked(for: field)) → \(change.new.masked(for: field))"
    }

    /// "+ 33 − 44 (3 → 2)", or "(emptied)" / "(unchanged order)" where nothing is gained or lost.
    static func listChange(_ old: [String], _ new: [String], counted: Bool = true) -> String {
        let oldSet = Set(old), newSet = Set(new)
        let added = new.filter { !oldSet.contains($0) }, removed = old.filter { !newSet.contains($0) }
        var parts: [String] = []
        if !added.isEmpty { parts.append("+ " + added.joined(separator: ", ")) }
        if !removed.isEmpty { parts.append("− " + removed.joined(separator: ", ")) }
        if parts.isEmpty { parts.append("reordered") }
        return parts.joined(separator: " ") + (counted ? " (\(old.count) → \(new.count))" : "")
    }

    /// What a trunk's line adds under its group: the length of its prefix list before and after
    /// ("2 → 3 prefixes"); nil for other changes, whose group line says everything.
    public static func detail(of item: BulkChange.Item, in change: BulkChange) -> String? {
        guard item.changes, case .prefixes(let edit) = change.edit else { return nil }
        let old = item.trunk.dstPrefixes ?? []
        return "\(old.count) → \(edit.apply(to: old).list.count) prefixes"
    }

    static func label(_ status: TrunkStatus) -> String {
        switch status {
        case .active: "Active"
        case .blocked: "Blocked"
        case .unknown(let raw): raw
        }
    }

    static func word(_ status: TrunkStatus) -> String {
        label(status).lowercased()
    }
}

extension BulkChange {
    /// "12 trunks, 11 change, 1 already blocked (no request)".
    var countsText: String { countsText(alreadyWord: BulkChangeWords.already(edit)) }
}
