import ArgumentParser
import FoundationEssentials
import TrunkModel
import TrunkUI

/// A column `trunks list` can print (`--columns`): the table shows its cell as the list pane does,
/// CSV and TSV its value as the API spells it.
enum ListOutputColumn: String, CaseIterable {
    case id, name, status, auth, sip, limit, spent, used, reached, capacity, encryption, ref, created

    /// The table's columns when `--columns` is not given: those of the list pane.
    static let tableDefault: [ListOutputColumn] = [.name, .status, .auth, .sip, .limit, .capacity, .encryption, .created]
    /// The CSV and TSV columns when `--columns` is not given.
    static let dataDefault: [ListOutputColumn] = [.id, .name, .status, .auth, .sip, .limit, .spent, .reached, .capacity,
                                                  .encryption, .ref, .created]

    /// The list pane's column this one shows, if it has one.
    var listColumn: ListColumn? {
        switch self {
        case .name: return .name
        case .status: return .status
        case .auth: return .authentication
        case .sip: return .sipIps
        case .limit: return .limit
        case .capacity: return .capacity
        case .encryption: return .encryption
        case .created: return .created
        case .id, .spent, .used, .reached, .ref: return nil
        }
    }

    /// The table's heading.
    var heading: String {
        switch self {
        case .id: return "ID"
        case .spent: return "24h spent"
        case .used: return "% of limit"
        case .reached: return "Reached"
        case .ref: return "Reference"
        default: return listColumn?.rawValue ?? rawValue
        }
    }

    /// The headings of `columns`, the one showing the sort key naming it with "▲" or "▼": the
    /// key's own column, else (as in the list pane) the 24-hour limit column for the spend and its
    /// share of the limit.
    static func headings(_ columns: [ListOutputColumn], sortedBy sort: ListSort) -> [String] {
        var headings = columns.map(\.heading)
        guard let sorted = sort.column else { return headings }
        let own = columns.firstIndex { ($0 == .spent ? .spent : $0 == .used ? .usedShare : $0.listColumn) == sorted }
        if let index = own ?? columns.firstIndex(where: { $0.listColumn != nil && $0.listColumn == sorted.shownIn }) {
            headings[index] = sorted.rawValue + (sort.descending ? " ▼" : " ▲")
        }
        return headings
    }

    /// The table's cell: the list pane's text (`$0.25/3000`, `Creds & IP`), one line.
    func cell(_ trunk: Trunk) -> String {
        if let listColumn { return listColumn.cellText(for: trunk) }
        switch self {
        case .id: return trunk.id
        case .spent: return trunk.spentAmount.map { "$" + ListColumn.moneyText($0) } ?? "—"
        case .used: return Self.share(trunk).map { FixedPoint.text($0, decimals: 1) + "%" } ?? "—"
        case .reached: return trunk.thresholdReached.map { $0 ? "yes" : "no" } ?? "—"
        case .ref: return trunk.externalReferenceId ?? "—"
        default: return ""
        }
    }

    /// The CSV/TSV value, as the API spells it; empty for null.
    func value(_ trunk: Trunk) -> String {
        switch self {
        case .id: return trunk.id
        case .name: return trunk.name ?? ""
        case .status: return trunk.status?.rawValue ?? ""
        case .auth: return trunk.authenticationMethod?.type.rawValue ?? ""
        case .sip: return (trunk.authenticationMethod?.allowedSipIps ?? []).joined(separator: " ")
        case .limit: return trunk.thresholdAmount ?? ""
        case .spent: return trunk.spentAmount ?? ""
        case .used: return Self.share(trunk).map { FixedPoint.text($0, decimals: 2) } ?? ""
        case .reached: return trunk.thresholdReached.map(String.init) ?? ""
        case .capacity: return trunk.capacityLimit.map(String.init) ?? ""
        case .encryption: return trunk.mediaEncryptionMode?.rawValue ?? ""
        case .ref: return trunk.externalReferenceId ?? ""
        case .created: return trunk.createdAt ?? ""
        }
    }

    /// The spend as a percentage of the limit; nil without both (infinite for a limit of 0).
    private static func share(_ trunk: Trunk) -> Double? {
        guard let spent = trunk.spentAmount.flatMap(DecimalText.value), let limit = trunk.thresholdAmount.flatMap(DecimalText.value)
        else { return nil }
        let (spentValue, limitValue) = (DecimalText.double(spent), DecimalText.double(limit))
        return limitValue > 0 ? spentValue / limitValue * 100 : .infinity
    }

    /// The columns `text` names, comma-separated; a `ValidationError` names an unknown one.
    static func parse(_ text: String) throws -> [ListOutputColumn] {
        let words = text.split(separator: ",").map { $0.trimmingWhitespace().lowercased() }
        guard !words.isEmpty else { throw ValidationError("--columns needs at least one of \(names).") }
        return try words.map { word in
            guard let column = ListOutputColumn(rawValue: word) else {
                throw ValidationError("--columns: \(TerminalSafeText.line(word)) is not a column (columns: \(names)).")
            }
            return column
        }
    }

    /// Every column's name, comma-separated.
    static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
