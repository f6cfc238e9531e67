import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

extension KeymapCommandTests {
    /// The list with the 11th and 12th trunks marked (Space, Space) and compared with `=`.
    static func compare() -> AppState {
        var state = list()
        _ = state.press([.char(" "), .char(" "), .char("=")])
        return state
    }

    /// The field under the comparison's cursor.
    static func cursor(_ state: AppState) -> FieldKey? { state.compare?.cursor }

    static let compareRows: [Row] = [
        Row(context: .list, command: .compare, prepare: { _ = $0.press([.char(" "), .char(" ")]) }) { _, after, _ in
            after.compare != nil && after.keyContext == .compare
        },
        Row(context: .detail, command: .compare, prepare: { state in
            let chicago = SeededTrunks.named("Chicago Sales")
            state.marks.mark(chicago.id, name: chicago.name)
        }) { _, after, _ in
            after.compare?.leftName == "Chicago Sales" && after.compare?.rightName == "Berlin Office" && after.pane == .detail
        },
        Row(context: .compare, command: .toggleField) { _, after, _ in after.compare?.chosen == [.name] },
        Row(context: .compare, command: .chooseDiffering) { _, after, _ in
            let chosen = after.compare?.chosen ?? []
            return chosen.contains(.name) && !chosen.contains(.password) && !chosen.contains(.createdAt)
        },
        Row(context: .compare, command: .copyChosen, prepare: { _ = $0.press([.char(" ")]) }) { before, after, effects in
            after.compare == nil && after.form?.original.id == before.compare?.rightID
                && after.form?.draft.name == before.compare?.leftName && effects.contains { if case .storeDraft = $0 { true } else { false } }
        },
        Row(context: .compare, command: .swapDirection) { _, after, _ in after.compare?.target == .left },
        Row(context: .compare, command: .targetLeft) { _, after, _ in after.compare?.target == .left },
        Row(context: .compare, command: .targetRight, prepare: { $0.compare?.target = .left }) { _, after, _ in
            after.compare?.target == .right
        },
        Row(context: .compare, command: .differingOnly) { _, after, _ in after.compare?.differingOnly == true },
        Row(context: .compare, command: .moveDown) { _, after, _ in cursor(after) == .status },
        Row(context: .compare, command: .moveUp, prepare: { _ = $0.press([.down]) }) { _, after, _ in cursor(after) == .name },
        Row(context: .compare, command: .pageDown) { _, after, _ in
            let order = FieldTable.fields.map(\.key)
            guard let key = cursor(after), let index = order.firstIndex(of: key) else { return false }
            return index > 3 && (after.compare?.scroll ?? 0) > 0
        },
        Row(context: .compare, command: .pageUp, prepare: { _ = $0.press([.pageDown]) }) { _, after, _ in cursor(after) == .name },
        Row(context: .compare, command: .top, prepare: { _ = $0.press([.pageDown]) }) { _, after, _ in cursor(after) == .name },
        Row(context: .compare, command: .bottom) { _, after, _ in cursor(after) == .emergencyDids },
        Row(context: .compare, command: .help) { _, after, _ in after.showHelp && after.compare != nil },
        Row(context: .compare, command: .close) { _, after, effects in after.compare == nil && effects.isEmpty },
    ]
}
