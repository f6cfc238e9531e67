/// The terminal's size in rows and columns, as the reducer knows it (for scrolling by pages).
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
