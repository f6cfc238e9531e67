/// A rectangle of cells: top-left corner and size.
public struct Rect: Equatable, Sendable {
    /// Top row.
    public var row: Int
    /// Left column.
    public var column: Int
    /// Height in rows.
    public var height: Int
    /// Width in columns.
    public var width: Int

    /// A rectangle at (`row`, `column`) of `height` × `width`.
    public init(row: Int, column: Int, height: Int, width: Int) {
        self.row = row
        self.column = column
        self.height = max(0, height)
        self.width = max(0, width)
    }

    /// The rectangle shrunk by `by` cells on every side.
    public func inset(_ by: Int) -> Rect {
        Rect(row: row + by, column: column + by, height: height - 2 * by, width: width - 2 * by)
    }

    /// The bottom row + 1.
    public var bottom: Int { row + height }
    /// The right column + 1.
    public var right: Int { column + width }
}
