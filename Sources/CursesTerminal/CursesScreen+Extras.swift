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
