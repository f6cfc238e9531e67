import ScreenKit
import TrunkModel

/// The text of the review: every changed field old → new, then the request line and the exact
/// body, secrets masked. The review dialog draws it; `trunks set` and the other runbook commands
/// print it.
public enum ReviewText {
    /// Every changed field, then the request line and its body (secrets masked), for an inner
    /// width; `resolve` gives a linked DID its number.
    static func lines(_ diff: DraftDiff, body: JSONValue, width: Int, resolve: (DidRef) -> DidRef) -> [StyledLine] {
        var lines: [StyledLine] = []
        for change in diff.changes {
            lines += change.field.widget == .didSet
                ? didChangeLines(change.key, diff, resolve: resolve, width: width)
                : changeLines(change, width: width)
        }
        lines.append(.blank)
        let request = diff.isCreate ? "POST /v3/voice_out_trunks" : "PATCH /v3/voice_out_trunks/\(diff.original.id)"
        // A path too long for the line continues on the next, cut anywhere (it has no spaces to break at).
        var rest = Substring(request)
        while !rest.isEmpty {
            let piece = rest.prefix(max(10, width - 2) - (rest.count < request.count ? 2 : 0))
            lines.append(StyledLine((rest.count < request.count ? "    " : "  ") + piece, .muted))
            rest = rest.dropFirst(piece.count)
        }
        // A line wider than the dialog continues on the next, under its own indent.
        for text in masked(body).text(pretty: true).split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = text.prefix { $0 == " " }.count
            lines += TextWrap.wrap(String(text), width: width - 2, continuationIndent: indent + 2).map { StyledLine("  " + $0, .dialog) }
        }
        return lines
    }

    /// The review of `diff` sending `body` as plain lines `width` columns wide, as the review
    /// dialog shows them (without its frame and buttons).
    public static func plainLines(_ diff: DraftDiff, body: JSONValue, width: Int) -> [String] {
        lines(diff, body: body, width: width, resolve: { $0 }).map(\.text)
    }

    /// "Name: old → new"; a long list as its count and the items added and removed, so a change
    /// to a 300-prefix list reads as "+ 4420, 33" rather than two clipped lists.
    static func changeLines(_ change: FieldChange, width: Int) -> [StyledLine] {
        let field = change.field
        let label = "  \(field.label): "
        guard case .list = field.widget, change.old.items.count + change.new.items.count > 6 else {
            let old = shown(change.old, field), new = shown(change.new, field)
            let line = StyledLine([(label, .header), (old, .diffRemoved), (" → ", .dialog), (new, .diffAdded)])
            guard line.width > width else { return [line] }
            // Too wide for one line: the label, then the old and the new value each under it.
            return [StyledLine(label, .header)]
                + TextWrap.wrap(old, width: max(10, width - 6)).map { StyledLine("    " + $0, .diffRemoved) }
                + TextWrap.wrap("→ " + new, width: max(10, width - 4), continuationIndent: 2).map { StyledLine("    " + $0, .diffAdded) }
        }
        let old = change.old.items, new = change.new.items
        let added = new.filter { !old.contains($0) }, removed = old.filter { !new.contains($0) }
        var lines = [StyledLine([(label, .header),
                                 ("\(old.count) → \(new.count) entries (\(added.count) added, \(removed.count) removed)", .dialog)])]
        for (sign, items, role) in [("+ ", added, StyleRole.diffAdded), ("− ", removed, StyleRole.diffRemoved)] where !items.isEmpty {
            let wrapped = TextWrap.wrap(items.joined(separator: ", "), width: max(10, width - 8))
            for (index, text) in wrapped.enumerated() {
                lines.append(StyledLine("    " + (index == 0 ? sign : "  ") + text, role))
            }
        }
        return lines
    }

    /// "CLI DIDs: 1 → 2 linked (1 added, 0 removed)", then "link +4930…" / "unlink +3706…" by number.
    static func didChangeLines(_ key: FieldKey, _ diff: DraftDiff, resolve: (DidRef) -> DidRef, width: Int) -> [StyledLine] {
        let (added, removed) = diff.didChanges(key)
        let old = diff.original.value(key).didCount, new = diff.draft.value(key).didCount
        var lines = [StyledLine([("  \(FieldTable.field(key).label): ", .header),
                                 ("\(old) → \(new) linked (\(added.count) added, \(removed.count) removed)", .dialog)])]
        for (word, dids, role) in [("link   ", added, StyleRole.diffAdded), ("unlink ", removed, StyleRole.diffRemoved)] where !dids.isEmpty {
            let numbers = dids.map { resolve($0).shownNumber }.joined(separator: ", ")
            for (index, text) in TextWrap.wrap(numbers, width: max(10, width - 13)).enumerated() {
                lines.append(StyledLine("    " + (index == 0 ? word : "       ") + text, role))
            }
        }
        return lines
    }

    private static func shown(_ value: FieldValue, _ field: TrunkField) -> String {
        field.isSecret && value != .null ? "••••••••" : value.display(for: field)
    }

    /// The body as shown: secrets masked (the body sent is not changed).
    public static func masked(_ body: JSONValue) -> JSONValue {
        switch body {
        case .object(let members):
            var copy: [String: JSONValue] = [:]
            for (key, value) in members {
                copy[key] = (key == "twilio_account_sid" || key == "password") && value != .null ? .string("••••••••") : masked(value)
            }
            return .object(copy)
        case .array(let items): return .array(items.map(masked))
        default: return body
        }
    }
}

extension FieldValue {
    /// How many DIDs a DID set holds (0 for a set never read).
    var didCount: Int {
        if case .dids(let refs) = self { return refs.count }
        return 0
    }
}
