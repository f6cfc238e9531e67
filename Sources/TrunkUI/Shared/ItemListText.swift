import ScreenKit

/// A list of items on one line of limited width: cut between items, never inside one, with how
/// many more there are ("198.51.100.1/32, 198.51.100.2/32 … +38 more").
enum ItemListText {
    /// `items` joined with ", " within `width` columns: as many whole items as fit with the
    /// count of the rest after them. Only when not even the first item fits beside that count is
    /// it cut ("198.51.100… +39 more").
    static func fit(_ items: [String], width: Int) -> String {
        let whole = items.joined(separator: ", ")
        guard DisplayWidth.of(whole) > width, !items.isEmpty else { return whole }
        var used = 0
        var best: (count: Int, text: String)?
        var shown = ""
        for (index, item) in items.enumerated() {
            let piece = (index == 0 ? "" : ", ") + item
            used += DisplayWidth.of(piece)
            shown += piece
            let rest = more(items.count - index - 1)
            guard used + DisplayWidth.of(rest) <= width else { break }
            best = (index + 1, shown + rest)
        }
        if let best { return best.text }
        let rest = items.count > 1 ? " +\(items.count - 1) more" : ""
        return DisplayWidth.truncate(items[0], to: max(1, width - DisplayWidth.of(rest))) + rest
    }

    /// " … +3 more" after the items shown, or nothing when none is left.
    static func more(_ count: Int) -> String {
        count > 0 ? " … +\(count) more" : ""
    }
}
