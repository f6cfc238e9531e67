import TrunkModel

/// The list columns, in display order; each knows its header and how to compare.
public enum ListColumn: String, CaseIterable, Sendable {
    case name = "Name"
    case status = "Status"
    case authentication = "Auth type"
    case sipIps = "SIP IPs"
    case limit = "24h limit"
    case capacity = "Capacity"
    case encryption = "Encryption"
    case created = "Created"
}

/// How the list is sorted: no column means server order.
public struct ListSort: Equatable, Sendable {
    public var column: ListColumn?
    public var descending = false

    /// Moves to the next column (then back to server order).
    public mutating func next() {
        let all = ListColumn.allCases
        if let column, let index = all.firstIndex(of: column) {
            self.column = index + 1 < all.count ? all[index + 1] : nil
        } else {
            column = all.first
        }
        descending = false
    }

    static func less(_ a: Trunk, _ b: Trunk, by column: ListColumn, descending: Bool) -> Bool {
        let order: Bool?
        switch column {
        case .name: order = compare(a.name?.lowercased() ?? "", b.name?.lowercased() ?? "")
        case .status: order = compare(a.status?.rawValue ?? "", b.status?.rawValue ?? "")
        case .authentication: order = compare(a.authenticationMethod?.type.rawValue ?? "", b.authenticationMethod?.type.rawValue ?? "")
        case .sipIps: order = compare(a.authenticationMethod?.allowedSipIps?.first ?? "", b.authenticationMethod?.allowedSipIps?.first ?? "")
        case .limit: order = compare(DecimalText.value(a.thresholdAmount ?? "") ?? -1, DecimalText.value(b.thresholdAmount ?? "") ?? -1)
        case .capacity: order = compare(a.capacityLimit ?? Int.max, b.capacityLimit ?? Int.max)
        case .encryption: order = compare(a.mediaEncryptionMode?.rawValue ?? "", b.mediaEncryptionMode?.rawValue ?? "")
        case .created: order = compare(a.createdAt ?? "", b.createdAt ?? "")
        }
        guard let order else { return a.id < b.id }
        return descending ? !order : order
    }

    private static func compare<T: Comparable>(_ a: T, _ b: T) -> Bool? {
        a == b ? nil : a < b
    }
}
