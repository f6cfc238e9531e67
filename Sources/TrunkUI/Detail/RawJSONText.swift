import TrunkModel

/// The lines of a trunk's raw JSON as the server sent it (a note while loading or after a
/// failure), secrets masked unless revealed. The reducer scrolls by it and `RawJSONView` draws it.
enum RawJSONText {
    /// Rows of JSON a pane with `innerRows` rows inside its border shows: the first row says
    /// where the text comes from. The reducer's scroll limit and the view use this one number.
    static func bodyRows(innerRows: Int) -> Int {
        max(0, innerRows - 1)
    }

    /// The lines shown for `raw` (a note while loading or after a failure).
    static func lines(_ raw: RawJSONState, revealSecrets: Bool) -> [String] {
        if let error = raw.error { return ["Could not read the trunk: \(error)", "", "J, q or Esc goes back"] }
        guard let document = raw.document else { return ["loading the trunk as the server sends it…"] }
        return TrunkJSONText.lines(of: document, revealSecrets: revealSecrets) ?? ["The server's answer is not JSON."]
    }
}
