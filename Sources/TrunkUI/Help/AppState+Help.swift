import ScreenKit

extension AppState {
    /// A key while the help overlay is open: its own keys and the list's movement keys scroll
    /// it, any other key closes it.
    mutating func helpKey(_ key: Key) -> [Effect] {
        let page = max(1, HelpText.geometry(self, in: HelpText.body(for: screenSize)).capacity - 1)
        let last = HelpText.maxScroll(self)
        let current = min(helpScroll, last)
        switch keymap.command(for: key, in: .help) {
        case .moveDown?: helpScroll = ListCursor.moved(current, by: 1, count: last + 1)
        case .moveUp?: helpScroll = ListCursor.moved(current, by: -1, count: last + 1)
        case .pageDown?: helpScroll = ListCursor.moved(current, by: page, count: last + 1)
        case .pageUp?: helpScroll = ListCursor.moved(current, by: -page, count: last + 1)
        case .top?: helpScroll = 0
        case .bottom?: helpScroll = last
        default:
            showHelp = false
            helpScroll = 0
        }
        return []
    }

    /// The wheel scrolls the help overlay (a click does nothing: it neither closes the help nor
    /// reaches the pane below).
    mutating func helpWheel(_ event: MouseEvent) -> [Effect] {
        let last = HelpText.maxScroll(self)
        switch event.kind {
        case .wheelDown: helpScroll = min(min(helpScroll, last) + Self.wheelRows, last)
        case .wheelUp: helpScroll = max(min(helpScroll, last) - Self.wheelRows, 0)
        case .click: break
        }
        return []
    }
}
