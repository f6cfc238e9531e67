/// The `/` filter line while it is open: the text typed, and the filter in force when it opened
/// (Ctrl-C puts it back; Esc clears the filter, Enter keeps the text).
public struct FilterLineState: Equatable, Sendable {
    public var input: TextInput
    /// The filter before the line opened.
    public var previous: String

    /// A line opened on the filter `previous`, shown selected: typing starts a new filter, and →
    /// or End edits the old one.
    public init(opening previous: String) {
        input = TextInput(previous, selected: true)
        self.previous = previous
    }
}
