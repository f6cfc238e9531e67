import ScreenKit

/// The header's "where am I" badge: the profile name (always, when a profile is in use) and the
/// environment; production is said in words and drawn in the error role, never colour alone.
enum HeaderBadge {
    /// The badge text for `state`.
    static func text(_ state: AppState) -> String {
        let production = state.isProduction || state.environmentLabel == "production"
        var parts: [String] = []
        if let profile = state.profileName { parts.append("profile \(profile)") }
        parts.append(production ? "▲ PRODUCTION" : state.environmentLabel)
        return " " + parts.joined(separator: " · ") + " "
    }

    /// Draws the badge at `row`, `column`; returns the columns used.
    static func draw(_ state: AppState, row: Int, column: Int, grid: inout Grid) -> Int {
        let production = state.isProduction || state.environmentLabel == "production"
        return grid.write(text(state), row: row, column: column, role: production ? .error : .statusBar)
    }
}
