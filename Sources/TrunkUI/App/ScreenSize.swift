/// The terminal's size in rows and columns, as a value.
public struct ScreenSize: Equatable, Sendable {
    public var rows: Int
    public var columns: Int

    /// A size of `rows` × `columns`.
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// The size a terminal driver reports.
    public init(_ size: (rows: Int, columns: Int)) {
        self.init(rows: size.rows, columns: size.columns)
    }
}

extension AppState {
    /// `terminalSize` as a value; one size only: the `resized` event sets it, and so does this.
    public var screenSize: ScreenSize {
        get { ScreenSize(terminalSize) }
        set { terminalSize = (newValue.rows, newValue.columns) }
    }
}
