import ScreenKit
import TrunkModel

/// The lines of one trunk's fields in the detail pane: label, value, lists one item a line,
/// secrets masked unless revealed, DIDs by number. Pure.
struct DetailRows {
    var trunk: Trunk
    var width: Int
    var revealed: Bool
    var secondsLeft: Int
    /// True when the trunk was read on its own (with its DIDs), not only as a list row.
    var isFullyRead: Bool
    /// True while that read is on its way (Enter was pressed, the answer has not come).
    var isReading = false
    /// False for a printout (`trunks show`): no key hints, no reveal timer.
    var keyHints = true

    /// Columns of the label, including its indent.
    var labelWidth: Int { width >= 70 ? 30 : max(12, width * 2 / 5) }
    private var valueWidth: Int { max(8, width - labelWidth - 1) }

    /// The lines of `field`: the first with its label, the rest indented under the value.
    func lines(for field: TrunkField) -> [StyledLine] {
        let value = trunk.value(field.key)
        switch field.key {
        case .password, .twilioAccountSid:
            guard case .text = value else { return line(field, value) }
            return [secretLine(field, value)]
        case .allowedSipIps, .allowedRtpIps:
            guard case .list(let items) = value, !items.isEmpty else { return line(field, value) }
            return labelled(field, items.map { [($0, StyleRole.text)] })
        case .dstPrefixes:
            guard case .list(let items) = value, !items.isEmpty else { return line(field, value) }
            let count = "\(items.count) prefix\(items.count == 1 ? "" : "es")"
            let wrapped = items.count > 1 ? TextWrap.wrapList(items, width: valueWidth) : items
            return labelled(field, [[(count, .muted)]] + wrapped.map { [($0, .text)] })
        case .dids:
            return didLines(field, value, everyDid: trunk.allowAnyDidAsCli == true, switchName: "Allow any DID as CLI")
        case .emergencyDids:
            return didLines(field, value, everyDid: trunk.emergencyEnableAll == true, switchName: "Enable all eligible DIDs")
        case .thresholdAmount:
            var pieces: [(String, StyleRole)] = [(value.display(for: field), Self.role(value, otherwise: .text))]
            if let spent = trunk.spentAmount {
                pieces.append(("  spent $\(MoneyText.money(spent)) in 24 h", trunk.thresholdReached == true ? .warning : .muted))
            }
            return labelled(field, [pieces])
        case .thresholdReached:
            let reached = trunk.thresholdReached == true
            return labelled(field, [[(value.display(for: field), reached ? .warning : .muted)]])
        case .defaultDstAction:
            return line(field, value) + policyLines()
        case .status:
            return labelled(field, [[(value.display(for: field), trunk.status == .blocked ? .warning : .text)]])
        case .name, .callbackUrl, .externalReferenceId:
            let text = value.display(for: field)
            return labelled(field, TextWrap.wrap(text, width: valueWidth).map { [($0, Self.role(value, otherwise: .text))] })
        default:
            return line(field, value)
        }
    }

    /// Lines that follow a group: the id under General.
    func extraLines(after group: FieldGroup) -> [StyledLine] {
        guard group == .general else { return [] }
        return TextWrap.wrap(trunk.id, width: valueWidth).enumerated().map { index, part in
            index == 0 ? labelLine("ID", [(part, .muted)]) : continuation([(part, .muted)])
        }
    }

    /// The destination policy in words, before the (possibly long) prefix list.
    private func policyLines() -> [StyledLine] {
        let words = TextWrap.wrap(PrefixPolicy(trunk: trunk).summary(naming: 10), width: valueWidth)
        var lines = zip(words.indices, words).map { index, text in
            index == 0 ? labelLine("Policy", [(text, .text)]) : continuation([(text, .text)])
        }
        if keyHints { lines.append(continuation([("t tests a number against it", .keyHint)])) }
        return lines
    }

    /// The secret masked, or shown with its time left; `value` holds text.
    private func secretLine(_ field: TrunkField, _ value: FieldValue) -> StyledLine {
        guard case .text(let secret) = value else { return StyledLine("") }
        if revealed {
            return labelLine(field.label, [(secret, .text)] + (keyHints ? [("  shown \(secondsLeft) s · x hides", .warning)] : []))
        }
        return labelLine(field.label, [(TrunkJSONText.mask, .maskedSecret)] + (keyHints ? [("  x reveals for 30 s", .muted)] : []))
    }

    private func didLines(_ field: TrunkField, _ value: FieldValue, everyDid: Bool, switchName: String) -> [StyledLine] {
        if everyDid {
            return labelled(field, [[("every eligible DID (\(switchName) is on)", .text)]])
        }
        guard case .dids(let dids) = value else {
            let why = isFullyRead ? "not returned by the server"
                : isReading ? "reading…" : "not read yet (Enter reads the trunk with its DIDs)"
            return labelled(field, TextWrap.wrap(why, width: valueWidth).map { [($0, .muted)] })
        }
        guard !dids.isEmpty else { return labelled(field, [[("none", .muted)]]) }
        let rows: [[(String, StyleRole)]] = dids.sorted { ($0.number ?? $0.id) < ($1.number ?? $1.id) }.map { did in
            var pieces: [(String, StyleRole)] = [(did.number.map { "+" + $0 } ?? "id " + did.id, did.number == nil ? .muted : .text)]
            if did.terminated == true { pieces.append(("  terminated", .warning)) }
            else if did.blocked == true { pieces.append(("  blocked", .warning)) }
            if let note = did.note, !note.isEmpty { pieces.append(("  " + note, .muted)) }
            return pieces
        }
        return labelled(field, [[("\(dids.count) DID\(dids.count == 1 ? "" : "s")", .muted)]] + rows)
    }

    /// The field's value beside its label, wrapped under the value column when it is wider.
    private func line(_ field: TrunkField, _ value: FieldValue) -> [StyledLine] {
        let role = Self.role(value, otherwise: field.isWritable ? .text : .muted)
        return labelled(field, TextWrap.wrap(value.display(for: field), width: valueWidth).map { [($0, role)] })
    }

    /// Muted for null, a warning for a value the server sent unreadable, else `otherwise`.
    private static func role(_ value: FieldValue, otherwise: StyleRole) -> StyleRole {
        switch value {
        case .null: return .muted
        case .unreadable: return .warning
        default: return otherwise
        }
    }

    /// The first row beside the label, the others under the value column.
    private func labelled(_ field: TrunkField, _ rows: [[(String, StyleRole)]]) -> [StyledLine] {
        rows.enumerated().map { index, pieces in
            index == 0 ? labelLine(field.label, pieces) : continuation(pieces)
        }
    }

    private func labelLine(_ label: String, _ pieces: [(String, StyleRole)]) -> StyledLine {
        let text = "   " + DisplayWidth.pad(DisplayWidth.truncate(label, to: labelWidth - 4), to: labelWidth - 4) + " "
        return StyledLine([(text, .muted)] + pieces)
    }

    private func continuation(_ pieces: [(String, StyleRole)]) -> StyledLine {
        StyledLine([(String(repeating: " ", count: labelWidth), .text)] + pieces)
    }
}
