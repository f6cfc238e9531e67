/// Makes equal long texts of different trunks share one string: trunks of one account often
/// call back the same URL, and each decoded copy longer than 15 bytes is an allocation of its
/// own (80 bytes for a typical URL; 8 MB at 100,000 trunks). Values are unchanged.
///
/// Remembers at most `limit` distinct texts; a value owned by `TrunkList`.
struct TextInterner: Sendable {
    private var texts: Set<String> = []
    static let limit = 8192

    /// Replaces `text` by an equal one already held, or holds it.
    mutating func intern(_ text: inout String?) {
        guard let value = text, value.utf8.count > 15 else { return }
        if let known = texts.firstIndex(of: value) {
            text = texts[known]
        } else if texts.count < Self.limit {
            texts.insert(value)
        }
    }
}
