import TrunkModel

extension ListSort {
    /// A sort by `column` (nil: server order), ascending unless `descending`.
    public init(by column: ListColumn?, descending: Bool) {
        self.column = column
        self.descending = descending
    }
}

extension ListColumn {
    /// The column `word` names, as `:sort` reads it (`name`, `used`, `%`…); nil for another word.
    public init?(word: String) {
        let lowered = word.lowercased()
        guard let column = ListColumn.allCases.first(where: { $0.commandWord == lowered || $0.commandAliases.contains(lowered) })
        else { return nil }
        self = column
    }

    /// The cell's text as the list shows it for `trunk` (`Creds & IP`, `$0.25/3000`, `unlimited`).
    public func cellText(for trunk: Trunk) -> String {
        ListRows.cell(trunk, self).0
    }
}

extension ListColumn {
    /// An amount as the list writes it (`"3000.0"` → `3000`, `"0.25"` → `0.25`).
    public static func moneyText(_ amount: String) -> String {
        MoneyText.money(amount)
    }
}
