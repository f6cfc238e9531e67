import ScreenKit
import TrunkModel

/// What the dialog of a change to the marked trunks says, phase by phase: the choice, the
/// prefixes typed, the review (the trunks grouped by their identical change, the counts, the
/// exact body of one), the progress and the results. Pure, so the reducer's tests and the dialog
/// read the same words.
enum BulkChangeText {
    /// The dialog's title.
    static func title(_ bulk: BulkChangeState) -> String {
        let n = bulk.trunks.count
        guard let change = bulk.change else {
            switch bulk.kind {
            case .status: return "Change the \(n) marked trunk\(n == 1 ? "" : "s")"
            case .prefixes: return "Prefixes of the \(n) marked trunk\(n == 1 ? "" : "s")"
            case .undo: return "Undo the change to \(n) trunk\(n == 1 ? "" : "s")"
            case .fields: return "Fields of the \(n) marked trunk\(n == 1 ? "" : "s")"
            case .dids: return "CLI DIDs of the \(n) marked trunk\(n == 1 ? "" : "s")"
            }
        }
        let verb = BulkChangeWords.verb(change.edit)
        switch bulk.phase {
        case .done:
            // "Block: results", "Set fields: results" (not "Set fields of: results").
            let words = verb.split(separator: " ")
            let bare = words.count > 1 && ["of", "to", "from", "on"].contains(words.last!) ? words.dropLast().joined(separator: " ") : verb
            return "\(bare): results"
        default: return "\(verb) \(change.items.count) marked trunk\(change.items.count == 1 ? "" : "s")"
        }
    }

    /// The body's lines, with their roles.
    static func lines(_ bulk: BulkChangeState, width: Int, issues: [String] = [], candidates: [DidRef] = [],
                      candidateRoom: Int = .max) -> [(String, StyleRole)] {
        let body = bodyLines(bulk, width: width, issues: issues, candidates: candidates, candidateRoom: candidateRoom)
        guard !bulk.leftOut.isEmpty, bulk.sending == nil else { return body }
        let n = bulk.leftOut.count
        let names = ItemListText.fit(bulk.leftOut, width: max(20, width * 2))
        let note = "⚠ \(n) marked trunk\(n == 1 ? " is" : "s are") not in the list loaded now (a server filter or a load "
            + "still under way) and left out: \(names). Clear the filter (or r) to include them."
        return TextWrap.wrap(note, width: width - 2, continuationIndent: 2).map { (" " + $0, StyleRole.warning) } + [("", .dialog)] + body
    }

    private static func bodyLines(_ bulk: BulkChangeState, width: Int, issues: [String] = [], candidates: [DidRef] = [],
                      candidateRoom: Int = .max) -> [(String, StyleRole)] {
        let n = bulk.trunks.count, them = "the \(n) marked trunk\(n == 1 ? "" : "s")"
        guard let change = bulk.change else {
            if bulk.kind == .dids { return didLines(bulk, width: width, candidates: candidates, room: candidateRoom) }
            switch (bulk.kind, bulk.prefixAction) {
            case (.fields, _), (.dids, _):
                return []
            case (.status, _), (.undo, _):
                return [
                    (" \(n) trunk\(n == 1 ? " is" : "s are") marked. Which change, for all of them?", .dialog),
                    ("", .dialog),
                    ("   b  block \(them)", .dialog),
                    ("   u  unblock \(them)", .dialog),
                    ("", .dialog),
                    (" Each is reviewed before anything is sent.", .muted),
                ]
            case (.prefixes, nil):
                return [
                    (" The destination prefixes of \(them): which change?", .dialog),
                    ("", .dialog),
                    ("   a  add prefixes to each list", .dialog),
                    ("   r  remove prefixes from each list", .dialog),
                    ("   =  replace each list with the prefixes typed", .dialog),
                    ("", .dialog),
                ] + TextWrap.wrap("Each trunk keeps its other prefixes (but with =); all are reviewed before anything is sent.",
                                  width: width - 2).map { (" " + $0, .muted) }
            case (.prefixes, let action?):
                var lines: [(String, StyleRole)] = [(" Prefixes to \(action.rawValue) (\(them)):", .dialog), ("", .dialog)]
                let typed = bulk.typedPrefixes
                if issues.isEmpty {
                    let counted = typed.isEmpty ? "none yet" : "\(typed.count) valid: " + typed.joined(separator: ", ")
                    lines += TextWrap.wrap(counted, width: width - 4).map { ("   " + $0, typed.isEmpty ? .muted : .ok) }
                } else {
                    lines += issues.flatMap { TextWrap.wrap("✗ " + $0, width: width - 4, continuationIndent: 2) }.map { ("   " + $0, .error) }
                }
                return lines
            }
        }
        guard let sending = bulk.sending else { return reviewLines(change, width: width) }
        let nameWidth = nameWidth(change, width: width)
        var lines: [(String, StyleRole)] = [(" " + sending.progressText, .header), ("", .dialog)]
        for item in change.items {
            let name = DisplayWidth.pad(DisplayWidth.truncate(item.name, to: nameWidth), to: nameWidth)
            let (sign, text, role) = outcome(item, sending)
            lines.append((" " + sign + " " + name + "  " + text, role))
        }
        return lines
    }

    /// Choosing link or unlink, then picking DIDs: those picked, the number typed and its matches
    /// (at most `room` of them, the highlighted one among them).
    static func didLines(_ bulk: BulkChangeState, width: Int, candidates: [DidRef], room: Int = .max) -> [(String, StyleRole)] {
        let n = bulk.trunks.count, them = "the \(n) marked trunk\(n == 1 ? "" : "s")"
        guard let action = bulk.didAction else {
            return [
                (" The CLI DIDs of \(them): which change?", .dialog),
                ("", .dialog),
                ("   l  link DIDs to each of them", .dialog),
                ("   u  unlink DIDs from each of them", .dialog),
                ("", .dialog),
            ] + TextWrap.wrap("Each trunk keeps its other DIDs; all are reviewed before anything is sent.", width: width - 2)
                .map { (" " + $0, .muted) }
        }
        var lines: [(String, StyleRole)] = [(" DIDs to \(action.rawValue) (\(them)), by number:", .dialog)]
        let picked = bulk.didsChosen.isEmpty ? "none picked yet" : "\(bulk.didsChosen.count) picked: " + BulkChangeWords.numbers(bulk.didsChosen)
        lines += TextWrap.wrap(picked, width: width - 4).map { ("   " + $0, bulk.didsChosen.isEmpty ? .muted : .ok) }
        lines.append(("", .dialog))
        if bulk.typedDigits.isEmpty {
            lines.append(("   Type digits of a number; Enter picks the highlighted match" + (bulk.didsChosen.isEmpty ? "" : ", or reviews"), .muted))
        } else if candidates.isEmpty {
            lines.append(("   No DID of the account not picked yet has these digits", .warning))
        }
        let room = max(1, room)
        let first = max(0, min(bulk.didCandidate - room + 1, candidates.count - room))
        for (index, did) in candidates.enumerated() where index >= first && index - first < room {
            let note = did.note.map { "  " + $0 } ?? ""
            let state = did.terminated == true ? "  (terminated)" : did.blocked == true ? "  (blocked)" : ""
            let text = DisplayWidth.truncate((index == bulk.didCandidate ? " ▶ " : "   ") + did.shownNumber + state + note, to: width - 1)
            lines.append((text, index == bulk.didCandidate ? .selection : .dialog))
        }
        return lines
    }

    /// The review: the counts, then the trunks grouped by their identical change (the group's
    /// change once, its trunks under it), then the exact body of one PATCH.
    static func reviewLines(_ change: BulkChange, width: Int) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = [(" " + change.countsText(alreadyWord: BulkChangeWords.already(change.edit)), .header),
                                            ("", .dialog)]
        for group in BulkChangeWords.groups(change) {
            let role: StyleRole = group.changes ? .diffAdded : (group.refused ? .warning : .muted)
            let count = "\(group.items.count) trunk\(group.items.count == 1 ? "" : "s"): "
            lines += TextWrap.wrap(count + group.summary, width: width - 2, continuationIndent: 2).map { (" " + $0, role) }
            lines += group.items.map { item in
                let detail = BulkChangeWords.detail(of: item, in: change).map { "  (\($0))" } ?? ""
                return ("     " + DisplayWidth.truncate(item.name, to: max(8, width - 6 - DisplayWidth.of(detail))) + detail, .dialog)
            }
        }
        // A DID set never read has no body to show yet: it is built on the set as read again.
        let shownBody: (BulkChange.Item) -> Bool = { item in
            if case .dids = change.edit { return item.changes && item.trunk.dids != nil }
            return item.changes
        }
        if case .dids = change.edit, change.changingCount > 0, !change.items.contains(where: shownBody) {
            lines.append(("", .dialog))
            lines += TextWrap.wrap("Each PATCH sends the trunk's whole CLI DID set: its DIDs as read again just before it, "
                                   + "with the chosen ones \(change.edit.linkWord).", width: width - 2).map { (" " + $0, .muted) }
        }
        if let first = change.items.first(where: shownBody), let body = change.body(of: first) {
            lines.append(("", .dialog))
            lines.append((" The PATCH of each trunk, e.g. \(first.name):", .dialog))
            let text = String(decoding: ReviewText.masked(body).encoded(pretty: true), as: UTF8.self)
            lines += text.split(separator: "\n").map { ("   " + $0, .muted) }
        }
        lines.append(("", .dialog))
        lines += TextWrap.wrap("One trunk at a time: each is read again just before its PATCH, and one someone changed "
                               + "meanwhile is skipped, never overwritten.", width: width - 2).map { (" " + $0, .muted) }
        return lines
    }

    private static func nameWidth(_ change: BulkChange, width: Int) -> Int {
        min(max(8, change.items.map { DisplayWidth.of($0.name) }.max() ?? 8), max(8, width / 2))
    }

    /// One trunk's line of the progress and the results.
    static func outcome(_ item: BulkChange.Item, _ sending: BulkSending) -> (String, String, StyleRole) {
        let id = item.trunk.id
        if case .changed? = sending.outcomes[id], case .dids(let edit) = sending.change.edit, item.trunk.dids == nil {
            // Its set was read just before its PATCH: what was linked, without the review's note.
            return ("✓", (edit.action == .link ? "linked " : "unlinked ") + BulkChangeWords.numbers(edit.dids), .ok)
        }
        if let (sign, text) = BulkChangeWords.result(of: item, in: sending) {
            switch sending.outcomes[id] {
            case .changed?: return (sign, text, .ok)
            case .alreadySo?: return (sign, text, .muted)
            case .failed?: return (sign, text, .error)
            default: return (sign, text, .warning)
            }
        }
        if sending.inFlight == .reading(id) { return ("…", "reading again", .dialog) }
        if sending.inFlight == .sending(id) { return ("…", "sending", .dialog) }
        return (" ", "waiting", .muted)
    }

    /// The key line under the body.
    static func footer(_ bulk: BulkChangeState) -> String {
        switch bulk.phase {
        case .choosing:
            switch bulk.kind {
            case .status: return " b block · u unblock · Esc cancel"
            case .dids: return " l link · u unlink · Esc cancel"
            default: return " a add · r remove · = replace · Esc cancel"
            }
        case .entering:
            if bulk.kind == .dids { return bulk.typedDigits.isEmpty ? " Enter reviews · Esc back" : " ↑↓ choose · Enter picks · Esc back" }
            return " Enter reviews · Esc back"
        case .reviewing:
            guard let words = bulk.confirmText else { return " y send · Esc or n cancel · ↑↓ scroll" }
            return " type \(words) below, then y sends · Esc cancels · ↑↓ scroll"
        case .sending:
            return bulk.sending?.stopped == true ? " stopping after the request in flight…" : " sending… · Esc stops after the request in flight"
        case .done: return " Esc, n or Enter closes · failed and skipped trunks stay marked · ↑↓ scroll"
        }
    }
}

private extension BulkEdit {
    /// "linked" or "unlinked", for a DID edit.
    var linkWord: String {
        if case .dids(let edit) = self { return edit.action == .link ? "linked" : "unlinked" }
        return "changed"
    }
}
