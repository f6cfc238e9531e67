import ScreenKit
import TrunkModel

/// What the dialog of a change to the marked trunks says, phase by phase: the choice, the review
/// (every trunk with its own change, the counts, the exact body of one), the progress and the
/// results. Pure, so the reducer's tests and the dialog read the same words.
enum BulkChangeText {
    /// The dialog's title.
    static func title(_ bulk: BulkChangeState) -> String {
        guard let change = bulk.change else { return "Change the \(bulk.trunks.count) marked trunks" }
        let verb = change.target == .blocked ? "Block" : "Unblock"
        switch bulk.phase {
        case .done: return "\(verb): results"
        default: return "\(verb) \(change.items.count) marked trunk\(change.items.count == 1 ? "" : "s")"
        }
    }

    /// The body's lines, with their roles.
    static func lines(_ bulk: BulkChangeState, width: Int) -> [(String, StyleRole)] {
        guard let change = bulk.change else {
            let n = bulk.trunks.count
            return [
                (" \(n) trunk\(n == 1 ? " is" : "s are") marked. Which change, for all of them?", .dialog),
                ("", .dialog),
                ("   b  block the \(n) marked trunk\(n == 1 ? "" : "s")", .dialog),
                ("   u  unblock the \(n) marked trunk\(n == 1 ? "" : "s")", .dialog),
                ("", .dialog),
                (" Each is reviewed before anything is sent.", .muted),
            ]
        }
        let nameWidth = min(max(8, change.items.map { DisplayWidth.of($0.name) }.max() ?? 8), max(8, width / 2))
        guard let sending = bulk.sending else {
            var lines: [(String, StyleRole)] = [(" " + change.countsText, .header), ("", .dialog)]
            for item in change.items {
                let name = DisplayWidth.pad(DisplayWidth.truncate(item.name, to: nameWidth), to: nameWidth)
                lines.append(("   " + name + "  " + BulkStatusChange.summary(of: item, target: change.target),
                              item.changes ? .diffAdded : .muted))
            }
            if let first = change.items.first(where: \.changes), let body = first.body {
                lines.append(("", .dialog))
                lines.append((" The PATCH of each trunk, e.g. \(first.name):", .dialog))
                let text = String(decoding: body.encoded(pretty: true), as: UTF8.self)
                lines += text.split(separator: "\n").map { ("   " + $0, .muted) }
            }
            lines.append(("", .dialog))
            lines += TextWrap.wrap("One trunk at a time: each is read again just before its PATCH, and one someone changed "
                                   + "meanwhile is skipped, never overwritten.", width: width - 2).map { (" " + $0, .muted) }
            return lines
        }
        var lines: [(String, StyleRole)] = [(" " + sending.progressText, .header), ("", .dialog)]
        for item in change.items {
            let name = DisplayWidth.pad(DisplayWidth.truncate(item.name, to: nameWidth), to: nameWidth)
            let (sign, text, role) = outcome(item, sending)
            lines.append((" " + sign + " " + name + "  " + text, role))
        }
        return lines
    }

    /// One trunk's line of the progress and the results.
    static func outcome(_ item: BulkStatusChange.Item, _ sending: BulkSending) -> (String, String, StyleRole) {
        let id = item.trunk.id
        switch sending.outcomes[id] {
        case .changed?: return ("✓", BulkStatusChange.summary(of: item, target: sending.change.target), .ok)
        case .alreadySo?: return ("✓", "already \(BulkStatusChange.label(sending.change.target)) (no request)", .muted)
        case .failed(let why)?: return ("✗", "failed: " + why, .error)
        case .skipped(let why)?: return ("–", "skipped: " + why, .warning)
        case nil:
            if sending.inFlight == .reading(id) { return ("…", "reading again", .dialog) }
            if sending.inFlight == .sending(id) { return ("…", "sending", .dialog) }
            return (" ", "waiting", .muted)
        }
    }

    /// The key line under the body.
    static func footer(_ bulk: BulkChangeState) -> String {
        switch bulk.phase {
        case .choosing: return " b block · u unblock · Esc cancel"
        case .reviewing:
            guard let words = bulk.confirmText else { return " y send · Esc or n cancel · ↑↓ scroll" }
            return " type \(words) below, then y sends · Esc cancels · ↑↓ scroll"
        case .sending:
            return bulk.sending?.stopped == true ? " stopping after the request in flight…" : " sending… · Esc stops after the request in flight"
        case .done: return " Esc, n or Enter closes · failed and skipped trunks stay marked · ↑↓ scroll"
        }
    }
}
