import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrunkModel

/// The list columns, in display order, and the orders the list sorts by (`s` goes through them in
/// this order); each knows its header and how to compare. The spend in 24 hours and its share of
/// the limit are shown in the 24-hour limit column (`shownIn`), whose header names the one sorted.
public enum ListColumn: String, CaseIterable, Sendable {
    case name = "Name"
    case status = "Status"
    case authentication = "Auth type"
    case sipIps = "SIP IPs"
    case limit = "24h limit"
    case spent = "24h spent"
    case usedShare = "% of limit"
    case capacity = "Capacity"
    case encryption = "Encryption"
    case created = "Created"

    /// The column drawn for this one: itself, or the 24-hour limit column for the spend and its
    /// share of the limit.
    public var shownIn: ListColumn {
        switch self {
        case .spent, .usedShare: return .limit
        default: return self
        }
    }

    /// The columns drawn (those `shownIn` names), in display order.
    public static var drawn: [ListColumn] { allCases.filter { $0.shownIn == $0 } }

    /// The field the column shows (when the server sent it unreadable, the cell says so).
    var fieldKey: FieldKey {
        switch self {
        case .name: return .name
        case .status: return .status
        case .authentication: return .authType
        case .sipIps: return .allowedSipIps
        case .limit, .spent, .usedShare: return .thresholdAmount
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
    /// Equal keys go by name (as the name column sorts), then by id, whichever way the sort goes.
    /// Inlined, so that a caller reading the keys of many trunks in an array reads only the
    /// field it needs instead of copying each trunk.
    @inline(__always)
    static func key(_ trunk: borrowing Trunk, _ column: ListColumn) -> Key {
        switch column {
        case .name: return .text(trunk.name?.lowercased() ?? "")
        case .status: return .text(trunk.status?.rawValue ?? "")
        case .authentication: return .text(trunk.authenticationMethod?.type.rawValue ?? "")
        case .sipIps: return .text(trunk.authenticationMethod?.allowedSipIps?.first ?? "")
        case .limit: return .number(amount(trunk.thresholdAmount))
        case .spent: return .number(amount(trunk.spentAmount))
        case .usedShare: return .number(share(spent: amount(trunk.spentAmount), limit: amount(trunk.thresholdAmount)))
        case .capacity: return .number(Double(trunk.capacityLimit ?? Int.max))
        case .encryption: return .text(trunk.mediaEncryptionMode?.rawValue ?? "")
        case .created: return .text(trunk.createdAt ?? "")
        }
    }

    /// The value of an amount the API sends as a decimal text ("3000.0"); -1 when there is none
    /// or it is not a plain decimal number. A plain ASCII decimal of up to 18 digits is read here,
    /// as its digits over a power of ten (a sort reads one per trunk, so no string is made);
    /// anything else as `DecimalText` reads it.
    static func amount(_ text: String?) -> Double {
        guard let text else { return -1 }
        var mantissa: UInt64 = 0
        var digits = 0, decimals = 0
        var point = false, negative = false, plain = true
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9") where digits < 18:
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if point { decimals += 1 }
            case UInt8(ascii: ".") where !point: point = true
            case UInt8(ascii: "-") where offset == 0: negative = true
            default: plain = false
            }
            if !plain { break }
        }
        if plain, digits > 0 {
            let value = Double(mantissa) / powersOfTen[decimals]
            return negative ? -value : value
        }
        return DecimalText.value(text).map { DecimalText.double($0) } ?? -1
    }

    /// 10⁰ … 10¹⁸, each exact as a `Double`.
    private static let powersOfTen: [Double] = (0...18).map { pow(10, Double($0)) }

    /// The spend as a percentage of the limit: -1 without a limit or a known spend (first
    /// ascending, last descending), infinity for a spend against a limit of zero.
    static func share(spent: Double, limit: Double) -> Double {
        guard limit >= 0, spent >= 0 else { return -1 }
        guard limit > 0 else { return .infinity }
        return spent / limit * 100
    }
}
