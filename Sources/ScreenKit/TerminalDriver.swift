/// A terminal the application can draw on and read keys from.
///
/// Threading: every method is called on the UI loop thread only, except `wake()`, which any
/// thread may call to make a blocked `nextKey` return early; a driver is `Sendable` so that the
/// threads that wake it can hold it.
public protocol TerminalDriver: AnyObject, Sendable {
    /// Current size in rows and columns.
    var size: (rows: Int, columns: Int) { get }
    /// Shows `grid`, sending only what changed since the last frame.
    func draw(_ grid: Grid)
    /// Forgets the last frame so that the next `draw` repaints everything (Ctrl-L).
    func invalidate()
    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key; nil on timeout or wake.
    func nextKey(timeoutMilliseconds: Int) -> Key?
    /// Makes a blocked `nextKey` return nil soon. Safe from any thread.
    func wake()
    /// Hands the terminal back to the shell (Ctrl-Z) and returns when the program is resumed.
    func suspend()
    /// Writes a control sequence (such as OSC 52) straight to the terminal, after the frame.
    func writeControlSequence(_ sequence: String)
    /// Draws with `theme` from the next frame on.
    func applyTheme(_ theme: Theme)
}

/// Optional driver abilities; the defaults do nothing, so every driver has them.
extension TerminalDriver {
    /// Writes a control sequence (such as OSC 52) straight to the terminal, after the frame.
    public func writeControlSequence(_ sequence: String) {}
    /// Draws with `theme` from the next frame on.
    public func applyTheme(_ theme: Theme) {}
}
