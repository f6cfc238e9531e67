import Foundation
import ScreenKit
import TrunkModel

/// The badges at the right of the header that say the data or the session is not as usual.
enum StateBadges {
    /// "NOT ON DISK", "READ-ONLY" and "STALE" at the right of the header.
    static func draw(_ state: AppState, grid: inout Grid) {
        var badges: [(String, StyleRole)] = []
        if state.storageProblem != nil { badges.append((" ✗ NOT ON DISK ", .error)) }
        if (state.listError != nil && state.loadedAt != nil) || (state.detailError != nil && state.detail != nil) {
            let age = state.loadedAt.map { Screen.age(state.now.timeIntervalSince($0)) } ?? "earlier"
            badges.append((" STALE: last good data \(age) ", .warning))
        }
        if state.readOnly { badges.append((" READ-ONLY ", .readOnlyBadge)) }
        var x = grid.columns
        for (text, role) in badges.reversed() {
            x -= DisplayWidth.of(text)
            guard x >= 0 else { return }
            grid.write(text, row: 0, column: x, role: role)
        }
    }
}
