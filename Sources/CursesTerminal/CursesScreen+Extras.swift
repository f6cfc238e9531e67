import FoundationEssentials
import CNcursesw
import ScreenKit

extension CursesScreen {
    /// Writes `sequence` (OSC 52 and the like) to the terminal after what curses has sent.
    public func writeControlSequence(_ sequence: String) {
        guard isActive else { return }
        sendControl(sequence)
    }

    /// Switches to `theme` live (see `setTheme`).
    public func applyTheme(_ theme: Theme) {
        setTheme(theme)
    }
}

extension CursesScreen {
    /// Reports clicks and wheel turns as `Key.mouse` (off by default: with the mouse on, the
    /// terminal's own text selection needs Shift). Loop thread only.
    public func enableMouse() {
        guard isActive else { return }
        mouseinterval(0)
        _ = mousemask(trunks_button1() | trunks_button4() | trunks_button5(), nil)
    }

    /// The mouse event curses queued after `KEY_MOUSE`, as a key stamped with the time it was
    /// read (the reducer tells a double click by it); nil when it is none we use. A click is the
    /// first button's press; its release is passed over, except when curses reported no press
    /// before it (a press and its release arriving together reach curses as the release alone).
    func mouseKey() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let kind: MouseEvent.Kind
        if state & trunks_button4() != 0 { kind = .wheelUp }
        else if state & trunks_button5() != 0 { kind = .wheelDown }
        else if state & trunks_button1_down() != 0 {
            kind = .click
            buttonDown = state & trunks_button1_pressed() != 0
        } else if state & trunks_button1() != 0 {
            guard !buttonDown else {
                buttonDown = false
                return nil
            }
            kind = .click
        } else { return nil }
        let time = ProcessInfo.processInfo.systemUptime
        return .mouse(MouseEvent(kind, row: Int(event.y), column: Int(event.x), time: time))
    }
}
