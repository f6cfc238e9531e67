/// A failure the user must see (a save that did not happen); any key closes it.
public struct AlertState: Equatable, Sendable {
    public var title: String
    public var text: String

    /// An alert with a title and an explanation.
    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}
