import Foundation
import Testing
import TrunkModel
@testable import TrunkUI

/// `:trunk` Tab completion picks the first names by their lower-cased form without sorting them
/// all: the candidates are exactly those of sorting every name, for short and long lists.
@Suite struct TrunkCompletionTests {
    /// The candidates as they were always defined: every match sorted, then the first `limit`.
    private static func reference(_ typed: String, _ trunks: [Trunk], limit: Int) -> [String] {
        let needle = typed.lowercased()
        var starts: [String] = [], contains: [String] = [], ids: [String] = []
        var seen = Set<String>()
        for trunk in trunks {
            if let name = trunk.name, !name.isEmpty, !seen.contains(name) {
                let lower = name.lowercased()
                if lower.hasPrefix(needle) { starts.append(name); seen.insert(name) }
                else if lower.contains(needle) { contains.append(name); seen.insert(name) }
            }
            if !needle.isEmpty, trunk.id.lowercased().hasPrefix(needle) { ids.append(trunk.id) }
        }
        let byName = { (a: String, b: String) in a.lowercased() < b.lowercased() }
        return Array((starts.sorted(by: byName) + contains.sorted(by: byName) + ids).prefix(limit))
    }

    @Test(arguments: ["", "a", "B", "zü", "ee0", "0000ee0", "two", "xyz"], [3, 50, 500])
    func candidatesAreTheFirstOfAllSorted(typed: String, limit: Int) {
        let trunks = TrunkListSamples.all
        var state = AppState(environmentLabel: "demo")
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: trunks, totalRecords: trunks.count), number: 1, generation: 0)
        #expect(CommandCompletion.trunkCandidates(typed, in: state, limit: limit) == Self.reference(typed, trunks, limit: limit))
    }
}
