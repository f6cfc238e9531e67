import TrunkModel

extension AccountDidList.Truncation {
    /// "10,000 of 12,345" (or "10,000 of more" when the server gave no total).
    var readOfTotal: String {
        "\(Self.grouped(read)) of \(total.map(Self.grouped) ?? "more")"
    }

    /// The DID editor's warning: what was read, and what that means for picking by number.
    var warning: String {
        let total = total.map { "the account's \(Self.grouped($0)) DIDs" } ?? "the account's DIDs (it has more)"
        return "Showing the first \(Self.grouped(read)) of \(total): a DID beyond them cannot be found or pasted here"
    }

    /// `value` with a comma every three digits: 12345 → "12,345".
    static func grouped(_ value: Int) -> String {
        GroupedNumber.text(value)
    }
}
