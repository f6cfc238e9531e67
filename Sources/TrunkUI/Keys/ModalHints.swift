import ScreenKit
import TrunkModel

/// The status-bar hint while a question, an editor or an overlay holds the keys: the keys that
/// work there, not the keys of the pane underneath (which would do nothing, or something else).
/// Generated from the bindings of the key context that holds the keys (`AppState.keyContext`).
enum ModalHints {
    /// The hint of the modal on top of the stack; nil where the key map's hints for a pane apply
    /// (the review) or the input line draws its own (`:` and `/`).
    static func hint(for top: Modal, _ state: AppState) -> String? {
        switch state.keyContext(of: top) {
        case .help: return HelpText.hint(state)
        case .messages: return MessagesText.hint(state)
        case .conflict:
            // The review's own keys still send and go back.
            return line(state.keymap.promptHintItems(in: .conflict) + reviewItems(state))
        case .review, .commandLine, .filterLine: return nil
        case .bulkChange, .bulkDids, .bulkDidNumbers:
            guard let bulk = state.bulkChange else { return line(state.keymap.promptHintItems(in: .bulkChange)) }
            return line(bulkItems(bulk, state))
        case .compare: return line(compareItems(state))
        case .unfinishedBulk:
            // Read-only mode cannot finish it: forget or later.
            let commands: [Command] = (state.readOnly ? [] : [.finishBulkChange]) + [.forgetBulkChange, .restoreLater]
            return line(commands.compactMap { state.keymap.hintItem(for: $0, in: .unfinishedBulk) })
        case let context: return line(state.keymap.promptHintItems(in: context))
        }
    }

    /// The hint of a pane's own prompt or editor (form editors, detail prompts), when no modal is
    /// open; nil when the key map's hints for the pane apply.
    static func paneHint(_ state: AppState) -> String? {
        let context = state.paneKeyContext
        guard context.isPrompt else { return nil }
        return line(state.keymap.promptHintItems(in: context))
    }

    /// The review's send and back keys ("y send", "n back").
    static func reviewItems(_ state: AppState) -> [String] {
        [Command.confirm, .cancel].compactMap { state.keymap.hintItem(for: $0, in: .review) }
    }

    /// The keys that act in the bulk change's phase now (the choice, the review, the sending,
    /// the results), with the words to type before `y`.
    static func bulkItems(_ bulk: BulkChangeState, _ state: AppState) -> [String] {
        let commands: [Command]
        var typed: [String] = []
        switch bulk.phase {
        case .choosing where bulk.kind == .dids:
            return [.linkDidsMarked, .unlinkDidsMarked, .cancel].compactMap { state.keymap.hintItem(for: $0, in: .bulkDids) }
        case .choosing:
            commands = bulk.kind == .status ? [.blockMarked, .unblockMarked, .cancel]
                : [.addPrefixesMarked, .removePrefixesMarked, .replacePrefixesMarked, .cancel]
        case .entering where bulk.kind == .dids:
            return state.keymap.promptHintItems(in: .bulkDidNumbers)
        case .entering:
            return [.acceptItems, .cancel].compactMap { state.keymap.hintItem(for: $0, in: .bulkPrefixes) }
        case .reviewing:
            commands = [.confirm, .cancel, .moveDown]
            typed = bulk.confirmText.map { ["type \($0) first"] } ?? []
        case .sending: commands = [.cancel]
        case .done: commands = [.cancel, .moveDown]
        }
        return typed + commands.compactMap { state.keymap.hintItem(for: $0, in: .bulkChange) }
    }

    /// The comparison's keys, the most used first (moving is left to the help): read-only mode
    /// leaves out choosing and copying.
    static func compareItems(_ state: AppState) -> [String] {
        let commands: [Command] = state.readOnly
            ? [.close, .differingOnly, .swapDirection, .help]
            : [.toggleField, .chooseDiffering, .copyChosen, .close, .swapDirection, .differingOnly, .help]
        return commands.compactMap { state.keymap.hintItem(for: $0, in: .compare) }
    }

    private static func line(_ items: [String]) -> String {
        " " + items.joined(separator: KeyHintLine.separator)
    }
}
