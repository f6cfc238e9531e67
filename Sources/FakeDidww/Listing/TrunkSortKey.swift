/// One `sort` criterion of the list endpoint: a sortable field, ascending or (`-`) descending.
/// Strings compare by Swift's `<` (Unicode order, case-sensitive); `false` sorts before `true`.
struct TrunkSortKey: Sendable, Equatable {
    /// The sortable fields of the 2026-04-16 OpenAPI document (a bad field is a 400).
    enum Field: String, Sendable, CaseIterable {
        case allowAnyDidAsCli = "allow_any_did_as_cli"
        case createdAt = "created_at"
        case externalReferenceID = "external_reference_id"
        case name
        case thresholdReached = "threshold_reached"
    }

    var field: Field
    var descending: Bool

    /// Parses a `sort` value (`name,-created_at`); throws 114 for an unknown or empty field.
    static func parseList(_ value: String) throws(ApiError) -> [TrunkSortKey] {
        var keys: [TrunkSortKey] = []
        for part in value.split(separator: ",", omittingEmptySubsequences: false) {
            let descending = part.hasPrefix("-")
            let name = String(descending ? part.dropFirst() : part)
            guard let field = Field(rawValue: name) else { throw .invalidSort(name) }
            keys.append(TrunkSortKey(field: field, descending: descending))
        }
        return keys
    }

    /// Orders two trunks by `keys`, ties broken by id; nulls sort last ascending and first descending.
    static func areInOrder(_ lhs: TrunkRecord, _ rhs: TrunkRecord, by keys: [TrunkSortKey]) -> Bool {
        for key in keys {
            let comparison = key.compare(lhs, rhs)
            if comparison != 0 {
                return key.descending ? comparison > 0 : comparison < 0
            }
        }
        return lhs.id < rhs.id
    }

    private func compare(_ lhs: TrunkRecord, _ rhs: TrunkRecord) -> Int {
        switch field {
        case .allowAnyDidAsCli: Self.compare(lhs.allowAnyDidAsCli, rhs.allowAnyDidAsCli)
        case .createdAt: Self.compare(lhs.createdAt, rhs.createdAt)
        case .externalReferenceID: Self.compareNullsLast(lhs.externalReferenceID, rhs.externalReferenceID)
        case .name: Self.compare(lhs.name, rhs.name)
        case .thresholdReached: Self.compare(lhs.thresholdReached, rhs.thresholdReached)
        }
    }

    private static func compare(_ lhs: Bool, _ rhs: Bool) -> Int {
        lhs == rhs ? 0 : (lhs ? 1 : -1)
    }

    private static func compare(_ lhs: String, _ rhs: String) -> Int {
        lhs == rhs ? 0 : (lhs < rhs ? -1 : 1)
    }

    private static func compareNullsLast(_ lhs: String?, _ rhs: String?) -> Int {
        switch (lhs, rhs) {
        case (nil, nil): 0
        case (nil, _): 1
        case (_, nil): -1
        case let (left?, right?): compare(left, right)
        }
    }
}
