import ScreenKit

extension AppState {
    /// A key while the help overlay is open: its own keys and the list's movement keys scroll
    /// it, any other key closes it.
    mutating func helpKey(_ key: Key) -> [Effect] {
        let page = max(1, HelpText.geometry(self, in: HelpText.body(for: screenSize)).capacity - 1)
        let last = HelpText.maxScroll(self)
        let current = min(helpScroll, last)
        if let scrolled = ListCursor.scrolled(keymap.command(for: key, in: .help), from: current, last: last, page: page) {
            helpScroll = scrolled
        } else {
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
