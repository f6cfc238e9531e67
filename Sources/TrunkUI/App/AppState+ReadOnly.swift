import FoundationEssentials

/// Read-only mode: what it refuses, how it says so, and `:readonly`.
extension AppState {
    /// Commands that change data or open an editor for it; refused and hidden in read-only mode.
    static let dataChangingCommands: Set<Command> = [
        .edit, .editPrefixes, .toggleBlock, .save, .confirm,
        .newTrunk, .cloneTrunk, .deleteTrunk, .regenerateCredentials, .linkDids, .undoChange, .copyChosen,
    ]

    /// True when `command` changes data (or opens an editor for it).
    static func changesData(_ command: Command) -> Bool {
        dataChangingCommands.contains(command)
            || Keymap.standard.bindings.contains { $0.command == command && $0.dangerous }
    }

    /// Why `command`, pressed in `context`, does nothing in read-only mode, in the help's words
    /// ("Read-only mode: block or unblock the trunk is not available").
    func readOnlyRefusal(_ command: Command, in context: KeyContext) -> String {
        let binding = keymap.bindings.first { $0.context == context && $0.command == command }
            ?? keymap.bindings.first { context.reaches($0.context) && $0.command == command }
        let words = binding.map { Self.action(of: $0.description) } ?? "this key"
        return "Read-only mode: \(words) is not available"
    }

    /// A binding's description without its note in brackets ("delete the trunk (type its name to
    /// confirm)" → "delete the trunk").
    static func action(of description: String) -> String {
        guard description.hasSuffix(")"), let open = description.lastRange(of: " (") else { return description }
        return String(description[..<open.lowerBound])
    }

    /// `:readonly`: read-only from now until trunks exits. The client refuses every change from
    /// then on too (`Effect.enterReadOnly`); there is no way back within the run.
    mutating func enterReadOnly() -> [Effect] {
        guard !readOnly else {
            message = StatusMessage("Already read-only: it stays on until trunks exits", .info)
            return []
        }
        readOnly = true
        message = StatusMessage("Read-only until trunks exits: it cannot be turned off", .success)
        return [.enterReadOnly]
    }
}

extension CommandLineCommand {
    /// `:readonly`: read-only for the rest of the run.
    public static let readOnly = CommandLineCommand(
        "readonly", aliases: ["ro"], help: "read-only for the rest of the run",
        leavesTheForm: true) { state, _ in state.enterReadOnly() }
}
