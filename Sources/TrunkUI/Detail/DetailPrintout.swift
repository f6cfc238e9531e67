import TrunkModel

/// The detail pane's words as plain lines for `trunks show`: the health summary, then the groups
/// as the pane shows them (the destination policy in words), without key hints. Pure.
public enum DetailPrintout {
    /// Every line of `trunk` (read on its own, with its DIDs) at `width` columns; secrets masked
    /// unless `revealSecrets`. Lines carry no trailing spaces.
    public static func lines(for trunk: Trunk, width: Int, revealSecrets: Bool) -> [String] {
        let rows = DetailRows(trunk: trunk, width: width, revealed: revealSecrets, secondsLeft: 0,
                              isFullyRead: true, keyHints: false)
        return (DetailText.healthLines(for: trunk, width: width) + DetailText.groupLines(rows)).map { line in
            String(line.text.reversed().drop { $0 == " " }.reversed())
        }
    }
}
