import Foundation
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

    /// The field the column shows (when the server sent it unreadable, the cell says so).
    var fieldKey: FieldKey {
        switch self {
        case .name: return .name
        case .status: return .status
        case .authentication: return .authType
        case .sipIps: return .allowedSipIps
        case .limit: return .thresholdAmount
        case .capacity: return .capacityLimit
        case .encryption: return .mediaEncryptionMode
        case .created: return .createdAt
        }
    }
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
}

extension ListSort {
    /// A precomputed sort key, so a sort lower-cases each name once, not once per comparison.
    enum Key: Comparable {
        case text(String)
        case number(Double)
    }

    /// The key of `trunk` for `column`; a missing value sorts first (capacity: last, as unlimited).
    /// Inlined, so that a caller reading the keys of many trunks in an array reads only the
    /// field it needs instead of copying each trunk.
    @inline(__always)
    static func key(_ trunk: borrowing Trunk, _ column: ListColumn) -> Key {
        switch column {
        case .name: return .text(trunk.name?.lowercased() ?? "")
        case .status: return .text(trunk.status?.rawValue ?? "")
        case .authentication: return .text(trunk.authenticationMethod?.type.rawValue ?? "")
        case .sipIps: return .text(trunk.authenticationMethod?.allowedSipIps?.first ?? "")
        case .limit:
            let value = DecimalText.value(trunk.thresholdAmount ?? "").map { NSDecimalNumber(decimal: $0).doubleValue }
            return .number(value ?? -1)
        case .capacity: return .number(Double(trunk.capacityLimit ?? Int.max))
        case .encryption: return .text(trunk.mediaEncryptionMode?.rawValue ?? "")
        case .created: return .text(trunk.createdAt ?? "")
        }
    }
}
