import TrunkModel

/// Two trunks side by side (`=`): which they are, which one the chosen fields are copied into,
/// the field under the cursor, the fields chosen for copying and whether only the differing
/// fields are shown. The trunks themselves are looked up by id each time (`AppState.compared`),
/// so a read that lands while the view is open shows at once.
public struct CompareState: Equatable, Sendable {
    /// One of the two columns.
    public enum Side: Equatable, Sendable {
        case left, right

        /// The other column.
        public var other: Side { self == .left ? .right : .left }
    }

    /// The trunk in the left column, and its name when the view opened (for a trunk no longer loaded).
    public var leftID: String
    public var leftName: String
    /// The trunk in the right column, and its name when the view opened.
    public var rightID: String
    public var rightName: String
    /// The column the chosen fields are copied into; the other is copied from.
    public var target: Side = .right
    /// True when only the fields that differ are shown (`d`).
    public var differingOnly = false
    /// The field under the cursor.
    public var cursor: FieldKey = FieldTable.fields[0].key
    /// The first line of the field list in view.
    public var scroll = 0
    /// The fields chosen for copying.
    public var chosen: Set<FieldKey> = []
    /// Where each trunk was in the list's trunks when the view opened, to find it again without a scan.
    public var leftPosition: Int?
    public var rightPosition: Int?

    /// `left` and `right` side by side; the right one is the target until the user swaps them.
    public init(left: Trunk, right: Trunk) {
        leftID = left.id
        leftName = left.name ?? left.id
        rightID = right.id
        rightName = right.name ?? right.id
    }

    /// The id of the trunk on `side`.
    public func id(_ side: Side) -> String { side == .left ? leftID : rightID }

    /// Where the trunk on `side` was in the list's trunks when the view opened.
    public func position(_ side: Side) -> Int? { side == .left ? leftPosition : rightPosition }

    /// The name of the trunk on `side` when the view opened.
    public func name(_ side: Side) -> String { side == .left ? leftName : rightName }

    /// The column copied from.
    public var source: Side { target.other }
}
