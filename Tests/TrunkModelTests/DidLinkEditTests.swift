import Testing
import TrunkModel

/// Linking or unlinking DIDs on a trunk's CLI DID set: the trunk keeps its other DIDs, and a set
/// never read is decided when it is read again.
@Suite struct DidLinkEditTests {
    static let a = DidRef(id: "a", number: "4930111")
    static let b = DidRef(id: "b", number: "4930222")
    static let c = DidRef(id: "c", number: "4930333")

    struct Row: Sendable, CustomTestStringConvertible {
        var action: DidLinkEdit.Action
        var chosen: [DidRef]
        var current: [DidRef]
        var after: [String]
        var changing: [String]
        var testDescription: String { "\(action) \(chosen.map(\.id)) on \(current.map(\.id))" }
    }

    static let rows: [Row] = [
        Row(action: .link, chosen: [b], current: [a], after: ["a", "b"], changing: ["b"]),
        Row(action: .link, chosen: [a, b], current: [a], after: ["a", "b"], changing: ["b"]),
        Row(action: .link, chosen: [a], current: [a], after: ["a"], changing: []),
        Row(action: .link, chosen: [c, b, c], current: [], after: ["c", "b"], changing: ["c", "b", "c"]),
        Row(action: .unlink, chosen: [a], current: [a, b], after: ["b"], changing: ["a"]),
        Row(action: .unlink, chosen: [c], current: [a, b], after: ["a", "b"], changing: []),
    ]

    @Test(arguments: rows)
    func theSetAfterTheEditKeepsTheOtherDids(_ row: Row) {
        let edit = DidLinkEdit(row.action, row.chosen)
        #expect(edit.apply(to: row.current).map(\.id) == row.after)
        #expect(edit.split(row.current).changing.map(\.id) == row.changing)
        var trunk = Trunk(id: "t")
        trunk.dids = row.current
        #expect(BulkEdit.dids(edit).changes(trunk) == !row.changing.isEmpty)
    }

    @Test func aSetNeverReadMayChangeAndIsDecidedWhenReadAgain() throws {
        let edit = BulkEdit.dids(DidLinkEdit(.link, [Self.b]))
        var reviewed = Trunk(id: "t")
        reviewed.status = .active
        #expect(reviewed.dids == nil && edit.changes(reviewed))
        var sending = BulkSending(BulkChange([reviewed], edit))
        #expect(sending.next() == "t")
        var fresh = reviewed
        fresh.dids = [Self.a]
        let read = sending.read(fresh)
        let body = try #require(read)
        #expect(body["data"]?["relationships"]?["dids"]?["data"]?.array?.compactMap { $0["id"]?.string } == ["a", "b"])

        var again = BulkSending(BulkChange([reviewed], edit))
        _ = again.next()
        fresh.dids = [Self.a, Self.b]
        let none = again.read(fresh)
        #expect(none == nil)
        #expect(again.outcomes["t"] == .alreadySo, "already linked when read again: nothing is sent")
    }
}
