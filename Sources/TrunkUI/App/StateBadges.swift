import FoundationEssentials
import ScreenKit
import TrunkModel

/// The badges at the right of the header that say the data or the session is not as usual.
enum StateBadges {
    /// "NOT ON DISK", the ticket in force, "READ-ONLY" and "STALE" (with the data's age; `short` leaves out "last good
    /// data" where the header is narrow).
    static func badges(_ state: AppState, short: Bool = false) -> [(text: String, role: StyleRole)] {
        var badges: [(text: String, role: StyleRole)] = []
        if state.storageProblem != nil { badges.append((" ✗ NOT ON DISK ", .error)) }
        if (state.listError != nil && state.loadedAt != nil) || (state.detailError != nil && state.detail != nil) {
            let age = state.loadedAt.map { Screen.age(state.now.timeIntervalSince($0)) } ?? "earlier"
            badges.append((short ? " STALE \(age) " : " STALE: last good data \(age) ", .warning))
        }
        if let ticket = state.auditTicket {
            let safe = TerminalSafeText.line(ticket.ticket)
            let id = safe.count > 16 ? String(safe.prefix(15)) + "…" : safe
            badges.append((short ? " \(id) " : " ticket \(id) ", .statusBar))
        }
        if state.readOnly { badges.append((" READ-ONLY ", .readOnlyBadge)) }
        return badges
    }

    /// The columns the badges take.
    static func width(_ badges: [(text: String, role: StyleRole)]) -> Int {
        badges.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    /// Draws `badges` at the right of the header, the rightmost first; those that do not fit are
    /// left out.
    static func draw(_ badges: [(text: String, role: StyleRole)], grid: inout Grid) {
        var x = grid.columns
        for (text, role) in badges.reversed() {
            x -= DisplayWidth.of(text)
            guard x >= 0 else { return }
            grid.write(text, row: 0, column: x, role: role)
        }
    }
}
