/// Read-only mode: what it refuses.
extension AppState {
    /// Commands that change data or open an editor for it; refused and hidden in read-only mode.
    static let dataChangingCommands: Set<Command> = [
        .edit, .editPrefixes, .toggleBlock, .save, .confirm,
        .newTrunk, .cloneTrunk, .deleteTrunk, .regenerateCredentials, .linkDids,
    ]

    /// True when `command` changes data (or opens an editor for it).
    static func changesData(_ command: Command) -> Bool {
        dataChangingCommands.contains(command)
            || Keymap.standard.bindings.contains { $0.command == command && $0.dangerous }
    }
}
