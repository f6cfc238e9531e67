import ScreenKit

extension CommandLineCommand {
    /// `:messages`: this run's status messages, the newest first, each whole.
    public static let messages = CommandLineCommand("messages", help: "this run's status messages, newest first, each whole") { state, _ in
        state.messagesScroll = 0
        return []
    }
}

extension AppState {
    /// The first line of the `:messages` overlay on screen; nil when it is closed.
    public var messagesScroll: Int? {
        get { if case .messages(let scroll)? = modals.layer(.messages) { scroll } else { nil } }
        set { modals.set(.messages, newValue.map { Modal.messages(scroll: $0) }) }
    }

    /// A key while the messages overlay is open: the list's movement keys (and Space) scroll it,
    /// any other key closes it.
    mutating func messagesKey(_ key: Key) -> [Effect] {
        let room = MessagesText.textRows(for: screenSize)
        let last = MessagesText.maxScroll(messageLog, size: screenSize)
        let current = min(messagesScroll ?? 0, last)
        let page = max(1, room.rows - 1)
        messagesScroll = ListCursor.scrolled(keymap.command(for: key, in: .messages), from: current, last: last, page: page)
        return []
    }
}
