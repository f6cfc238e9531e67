import FakeDidww
import Foundation
import TrunkModel
@testable import TrunkUI

/// Trunks for the list index tests: seeded ones decoded through the real path, and ones made to
/// hit every edge of the packed sort keys and the byte scanner.
enum TrunkListSamples {
    /// 120 seeded trunks (the 20 fixtures first: unicode and very long names, nulls, reached
    /// thresholds) and the edge cases of `edgeCases`.
    static let all: [Trunk] = SeedDocuments.trunkDocuments(count: 120).compactMap { try? TrunkDocuments.decodeSingle($0) }
        + edgeCases

    /// Names that agree on 7, 15 and 16 bytes, differ only in case or in a NUL, are canonically
    /// equal in two spellings; thresholds and spends that are equal numbers in two spellings, limits
    /// of zero; missing values.
    static let edgeCases: [Trunk] = {
        let names: [String?] = [
            "abcdefghijklmnopq", "abcdefghijklmnop", "abcdefghijklmno", "abcdefghijklmnoz", "ABCDEFGHIJKLMNOP",
            "abcdefg", "abcdefgh", "abcdef", "ab\u{0}", "ab", "Zürich Ost", "Zu\u{308}rich Ost", "zürich ost",
            "東京 outbound", "Éclair", "eclair", nil, "", "a", "A", "Two\nLines", "two lines", "TWO\u{0}LINES",
        ]
        let thresholds: [String?] = ["100", "100.0", "99.99", nil, "1000000.5", "0", "-5", "not a number", "3000.0", "0.01"]
        let capacities: [Int?] = [nil, 0, 10, 10, 32767, nil, 1, 2, 2, Int.max]
        let spends: [String?] = ["12.5", "100", nil, "100.0", "0", "3000.0", "not a number", "99.99", "0.0", "1500"]
        let addresses: [[String]?] = [["203.0.113.10/32"], ["2001:db8:abcd::5/128", "203.0.113.10/32"], nil, [],
                                      ["203.0.113.10/32", "198.51.100.7/32"], ["10.0.0.1"]]
        return names.indices.map { index in
            var trunk = Trunk(id: String(format: "%08x-edge-4000-8000-%012d", 0xEE00 + index % 7, index))
            trunk.name = names[index]
            trunk.status = index % 3 == 0 ? .blocked : (index % 5 == 0 ? .unknown("suspended") : .active)
            trunk.thresholdAmount = thresholds[index % thresholds.count]
            trunk.capacityLimit = capacities[index % capacities.count]
            trunk.spentAmount = spends[(index * 3) % spends.count]
            trunk.createdAt = index % 4 == 0 ? nil : String(format: "2025-0%d-1%dT10:00:00.000Z", 1 + index % 9, index % 10)
            trunk.mediaEncryptionMode = index % 2 == 0 ? .disabled : .srtpSdes
            trunk.externalReferenceId = index % 2 == 0 ? "REF-\(index)" : nil
            trunk.dstPrefixes = index % 3 == 0 ? ["49", "4930"] : []
            if index % 4 != 1 {
                trunk.authenticationMethod = AuthenticationMethod(type: index % 4 == 2 ? .ipOnly : .credentialsAndIp,
                                                                  allowedSipIps: addresses[index % addresses.count])
            }
            return trunk
        }
    }()

    /// Every sort the list offers: server order, and each column both ways.
    static let sorts: [ListSort] = [ListSort()] + ListColumn.allCases.flatMap {
        [ListSort(column: $0, descending: false), ListSort(column: $0, descending: true)]
    }

    /// Filters typed at the `/` line: single characters, ids, addresses, tokens, nothing found.
    static let queries = [
        "", "a", "A", "1", ".", "ab", "abcdefghijklmnop", "zürich", "東京", "office", "10.0", "203.0.113.10",
        "2001:db8", "ref-1", "4930", "ee0", "0000ee01", "0000ee01-edge-4", "00000000-", "status:blocked", "status:active a", "auth:ip", "o b", "zzz", "two", "lines",
    ]

    /// The order `sort` gives as the list defines it: `ListSort.key`, ties by the lower-cased
    /// name, then by id, ascending whichever way the sort goes.
    static func referenceOrder(_ trunks: [Trunk], _ sort: ListSort) -> [Int] {
        guard let column = sort.column else { return Array(trunks.indices) }
        let keyed = trunks.indices.map { (index: $0, key: ListSort.key(trunks[$0], column), name: trunks[$0].name?.lowercased() ?? "") }
        return keyed.sorted { a, b in
            if a.key != b.key { return sort.descending ? a.key > b.key : a.key < b.key }
            if a.name != b.name { return a.name < b.name }
            return trunks[a.index].id < trunks[b.index].id
        }.map(\.index)
    }

    /// The trunks matching `line` by `FilterQuery.matches`, in `sort`'s reference order.
    static func referenceMatches(_ trunks: [Trunk], _ line: String, _ sort: ListSort) -> [Int] {
        let query = FilterQuery.parse(line)
        return referenceOrder(trunks, sort).filter { query.matches(trunks[$0]) }
    }
}
