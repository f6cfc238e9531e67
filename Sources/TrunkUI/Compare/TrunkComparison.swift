import ScreenKit
import TrunkModel

/// Two trunks compared field by field, in the detail's groups and the field table's order: each
/// field that belongs to either trunk's authentication method, its value on both sides (secrets
/// masked, a field the method does not have said so) and whether they differ. Pure.
struct TrunkComparison {
    /// How the two values of a field compare.
    enum Outcome: Equatable {
        case same, differs
        /// One side is not read yet (the DIDs of a trunk read only as a list row).
        case unknown
    }

    /// One side of a row: the words shown and their role.
    struct Value: Equatable {
        var text: String
        var role: StyleRole
    }

    /// One field on both sides.
    struct Row {
        var field: TrunkField
        var left: Value
        var right: Value
        var outcome: Outcome
    }

    /// A line of the list: a group's heading or a field.
    enum Line {
        case group(FieldGroup)
        case field(Row)

        /// The field's row, nil for a heading.
        var row: Row? {
            if case .field(let row) = self { return row }
            return nil
        }
    }

    /// Every field row, in the groups' order.
    let rows: [Row]

    /// `left` and `right` compared; `reading` names the trunks whose read (with their DIDs) is on its way.
    init(left: Trunk, right: Trunk, reading: Set<String> = []) {
        let leftType = left.authenticationMethod?.type
        let rightType = right.authenticationMethod?.type
        var rows: [Row] = []
        for group in FieldGroup.allCases {
            for field in FieldTable.fields where field.group == group && (field.applies(to: leftType) || field.applies(to: rightType)) {
                let leftValue = Self.value(field, of: left, reading: reading.contains(left.id))
                let rightValue = Self.value(field, of: right, reading: reading.contains(right.id))
                rows.append(Row(field: field, left: leftValue, right: rightValue,
                                outcome: Self.outcome(field, left, right)))
            }
        }
        self.rows = rows
    }

    /// How many fields differ.
    var differingCount: Int { rows.reduce(0) { $0 + ($1.outcome == .differs ? 1 : 0) } }

    /// The lines shown: each group's heading over its fields; with `differingOnly`, only the
    /// fields that differ (or cannot be told yet), and only the groups that have one.
    func lines(differingOnly: Bool) -> [Line] {
        var lines: [Line] = []
        var group: FieldGroup?
        for row in rows where !differingOnly || row.outcome != .same {
            if row.field.group != group {
                lines.append(.group(row.field.group))
                group = row.field.group
            }
            lines.append(.field(row))
        }
        return lines
    }

    /// Whether the two trunks' values of `field` are the same.
    static func outcome(_ field: TrunkField, _ left: Trunk, _ right: Trunk) -> Outcome {
        let leftHas = field.applies(to: left.authenticationMethod?.type)
        let rightHas = field.applies(to: right.authenticationMethod?.type)
        guard leftHas && rightHas else { return leftHas == rightHas ? .same : .differs }
        if field.widget == .didSet && (isUnread(field.key, left) || isUnread(field.key, right)) { return .unknown }
        return left.value(field.key).same(as: right.value(field.key)) ? .same : .differs
    }

    /// True when `trunk` was read only as a list row, so its DID links of `key` are not known.
    static func isUnread(_ key: FieldKey, _ trunk: Trunk) -> Bool {
        switch key {
        case .dids: trunk.dids == nil
        case .emergencyDids: trunk.emergencyDids == nil
        default: false
        }
    }

    /// `field` of `trunk` in words, as the detail says it (on one line): a secret masked, a
    /// field its authentication method does not have named so, DIDs not read yet said so.
    static func value(_ field: TrunkField, of trunk: Trunk, reading: Bool) -> Value {
        guard field.applies(to: trunk.authenticationMethod?.type) else { return Value(text: "not used", role: .muted) }
        if field.widget == .didSet && isUnread(field.key, trunk) {
            return Value(text: reading ? "reading…" : "not read", role: .muted)
        }
        let value = trunk.value(field.key)
        switch value {
        case .null: return Value(text: value.display(for: field), role: .muted)
        case .unreadable: return Value(text: value.display(for: field), role: .warning)
        default: break
        }
        if field.isSecret { return Value(text: TrunkJSONText.mask, role: .maskedSecret) }
        switch value {
        case .list(let items) where items.count > 1: return Value(text: "\(items.count): " + items.joined(separator: ", "), role: .text)
        case .dids(let dids) where dids.count > 1:
            return Value(text: "\(dids.count): " + dids.map(\.shownNumber).joined(separator: ", "), role: .text)
        default: return Value(text: value.display(for: field), role: field.isWritable ? .text : .muted)
        }
    }
}
