import FoundationEssentials
import ScreenKit
import TrunkModel

extension CommandLineCommand {
    /// `:trunk NAME-OR-ID`: select a trunk and open its detail, loading it by id or name when it
    /// is not among the loaded ones.
    public static let trunk = CommandLineCommand(
        "trunk", aliases: ["t"], argument: "NAME-OR-ID", help: "jump to a trunk by name or id",
        completion: .trunks, leavesTheForm: true) { state, argument in state.jump(to: argument) }

    /// `:q`: quit, asking first when a draft is unsaved (as `q` does).
    public static let quit = CommandLineCommand("q", aliases: ["quit"], help: "quit (asks if a draft is unsaved)") { state, _ in
        state.requestQuit()
    }

    /// `:q!`: quit without asking.
    public static let quitForce = CommandLineCommand("q!", help: "quit, discarding an unsaved draft") { state, _ in
        state.quitting = true
        // Discarded as it says: the open form's draft is not offered again at the next start.
        guard let form = state.form, form.isDirty else { return [.quit] }
        return [.removeDraft(trunkID: form.original.id), .quit]
    }

    /// `:refresh`: reload the list from the first page, keeping the selection.
    public static let refresh = CommandLineCommand("refresh", aliases: ["r"], help: "reload the list, keeping the selection") { state, _ in
        state.refreshList()
    }

    /// `:help`: the key and command overlay.
    public static let help = CommandLineCommand("help", aliases: ["h"], help: "show keys and commands") { state, _ in
        state.showHelp = true
        return []
    }
}

extension AppState {
    /// Quits, or asks first when the form holds unsaved changes.
    mutating func requestQuit() -> [Effect] {
        if form?.isDirty == true {
            confirmQuit = true
            return []
        }
        quitting = true
        return [.quit]
    }

    /// Starts the list again from page 1 under the current server query, keeping the selection.
    mutating func refreshList() -> [Effect] {
        var effects = beginListLoad(replacing: false)
        if pane == .detail, let id = selectedTrunk?.id { effects.append(readForDetail(id)) }
        return effects
    }

    /// A key while the `:` line is open.
    mutating func commandLineKey(_ key: Key) -> [Effect] {
        guard var input = commandInput else { return [] }
        switch keymap.command(for: key, in: .commandLine) {
        case .cancel?:
            commandInput = nil
            commandCompletion = nil
        case .runCommand?:
            commandInput = nil
            commandCompletion = nil
            return runCommandLine(input.text.trimmingWhitespace())
        case .complete?:
            completeCommandLine(backwards: false)
        case .completeBackwards?:
            completeCommandLine(backwards: true)
        case .closeWhenEmpty? where input.text.isEmpty:
            commandInput = nil
            commandCompletion = nil
        default:
            if input.apply(key) {
                commandInput = input
                commandCompletion = nil
            }
        }
        return []
    }

    /// Tab: completes the token to the longest shared prefix, then cycles through candidates.
    mutating func completeCommandLine(backwards: Bool) {
        guard let input = commandInput else { return }
        if var current = commandCompletion, current.candidates.count > 1 {
            let count = current.candidates.count
            let next = current.index.map { ($0 + (backwards ? count - 1 : 1)) % count } ?? (backwards ? count - 1 : 0)
            current.index = next
            commandInput = TextInput(current.head + current.candidates[next])
            commandCompletion = current
            return
        }
        let completion = CommandCompletion.candidates(for: input.text, in: self)
        switch completion.candidates.count {
        case 0:
            commandCompletion = nil
            message = StatusMessage("Nothing to complete", .info)
        case 1:
            let word = completion.candidates[0]
            let takesArgument = completion.completesCommand && commandRegistry.command(named: word).map { !$0.argument.isEmpty } == true
            commandInput = TextInput(completion.head + word + (takesArgument ? " " : ""))
            commandCompletion = nil
        default:
            let typed = String(input.text.dropFirst(completion.head.count))
            let shared = completion.commonPrefix
            if shared.count > typed.count { commandInput = TextInput(completion.head + shared) }
            commandCompletion = completion
        }
    }

    /// Runs a `:` line: a registered command, or else a trunk name or id to jump to.
    mutating func runCommandLine(_ text: String) -> [Effect] {
        guard !text.isEmpty else { return [] }
        let name = String(text.prefix { $0 != " " })
        let argument = text.dropFirst(name.count).trimmingWhitespace()
        let command = commandRegistry.command(named: name)
        // A jump, a filter or a sort would move the list under an open form and leave its draft
        // behind (or, for a draft to restore, replace it).
        if let form, command?.leavesTheForm ?? true {
            let what = command.map { ":" + $0.name } ?? ":\(text)"
            let editing = form.mode.isCreate ? "a new trunk"
                : form.mode.markedTrunks.map { "the fields of \($0.count) marked trunks" } ?? form.original.name ?? form.original.id
            message = StatusMessage("\(what) is not available while editing \(editing): save (Ctrl-S) or leave the form (Esc) first", .warning)
            return []
        }
        if let command {
            message = nil
            return command.run(&self, argument)
        }
        if let index = resolveLoadedTrunk(text).single {
            return select(trunkAt: index)
        }
        message = StatusMessage("Unknown command :\(name) — :help lists commands, :trunk NAME jumps to a trunk", .warning)
        return []
    }

    /// `:trunk` — select the trunk named or identified by `text` and open its detail.
    mutating func jump(to text: String) -> [Effect] {
        guard !text.isEmpty else {
            message = StatusMessage("Usage: :trunk NAME-OR-ID (Tab completes)", .warning)
            return []
        }
        let found = resolveLoadedTrunk(text)
        if let index = found.single { return select(trunkAt: index) }
        if found.many.count > 1 {
            let names = found.many.prefix(3).map { trunks[$0].name ?? trunks[$0].id }.joined(separator: ", ")
            message = StatusMessage("\(found.many.count) trunks match \"\(text)\": \(names)… — Tab completes", .warning)
            return []
        }
        if Self.looksLikeID(text) {
            startJump(text.lowercased())
            message = StatusMessage("Looking up trunk \(text)…")
            return [ask(.loadTrunk(id: text.lowercased()), for: .jump(id: text.lowercased()))]
        }
        if isPartiallyLoaded {
            startJump(text)
            message = StatusMessage("Looking up \"\(text)\" on the server…")
            return [ask(.lookupTrunk(name: text), for: .jumpLookup(name: text))]
        }
        message = StatusMessage("No trunk named or numbered \"\(text)\"", .warning)
        return []
    }

    /// True when the server holds trunks that are not loaded (more pages, or a server filter).
    var isPartiallyLoaded: Bool {
        !isFullyLoaded || !serverQuery.filters.isEmpty
    }

    /// The loaded trunk `text` names: exact id, exact name, name ignoring case, then a unique
    /// id prefix or name fragment. `many` lists the candidates when the text is ambiguous.
    func resolveLoadedTrunk(_ text: String) -> (single: Int?, many: [Int]) {
        let lower = text.lowercased()
        if let index = trunks.firstIndex(where: { $0.id.lowercased() == lower }) { return (index, [index]) }
        if let index = trunks.firstIndex(where: { $0.name == text }) { return (index, [index]) }
        let sameIgnoringCase = trunks.indices.filter { trunks[$0].name?.lowercased() == lower }
        if sameIgnoringCase.count == 1 { return (sameIgnoringCase[0], sameIgnoringCase) }
        if lower.count >= 4 {
            let byID = trunks.indices.filter { trunks[$0].id.lowercased().hasPrefix(lower) }
            if byID.count == 1 { return (byID[0], byID) }
        }
        let fragment = lower.isEmpty ? [] : trunks.indices.filter { (trunks[$0].name ?? "").lowercased().contains(lower) }
        if fragment.count == 1 { return (fragment[0], fragment) }
        return (nil, fragment)
    }

    /// Selects `trunks[index]` (clearing a local filter that hides it) and opens its detail.
    mutating func select(trunkAt index: Int) -> [Effect] {
        guard show(trunkAt: index) else { return [] }
        return [readForDetail(trunks[index].id)]
    }

    /// Selects `trunks[index]` (clearing a local filter that hides it) and focuses the detail;
    /// false when it cannot be shown.
    private mutating func show(trunkAt index: Int) -> Bool {
        let id = trunks[index].id
        if !visible.contains(index) {
            filter = ""
            refreshVisible(keeping: id)
        }
        guard let position = visible.firstIndex(of: index) else { return false }
        let old = selectedTrunk?.id
        selection = position
        detailScroll = 0
        focusDetail()
        selectionMoved(from: old)
        message = StatusMessage("Jumped to \(trunks[index].name ?? id)")
        return true
    }

    /// A new `:trunk` jump replaces any earlier one still waiting: the earlier one's answers
    /// will be dropped.
    private mutating func startJump(_ target: String) {
        requests.forget { purpose in
            switch purpose {
            case .jump, .jumpLookup: true
            default: false
            }
        }
        pendingJump = target
    }

    /// A trunk read because of `:trunk`: add it to the list when it was not loaded, select it.
    mutating func finishJump(with trunk: Trunk) -> [Effect] {
        pendingJump = nil
        if !trunks.contains(where: { $0.id == trunk.id }) {
            trunks.append(trunk)
            refreshVisible()
        }
        detail = trunk
        detailError = nil
        replace(trunk)
        if let index = trunks.firstIndex(where: { $0.id == trunk.id }) { _ = show(trunkAt: index) }
        return []
    }

    /// The trunk a `:trunk` jump waited for could not be read.
    mutating func jumpFailed(_ id: String, _ text: String) -> [Effect] {
        pendingJump = nil
        message = StatusMessage("Could not find trunk \(id): \(text)", .warning)
        return []
    }

    /// The name lookup of `:trunk NAME` failed.
    mutating func lookupFailed(_ name: String, _ text: String) -> [Effect] {
        pendingJump = nil
        message = StatusMessage("Could not look up trunk \(name): \(text)", .warning)
        return []
    }

    /// The answer to a name lookup on the server.
    mutating func lookupFinished(_ name: String, found: [Trunk]) -> [Effect] {
        pendingJump = nil
        let exact = found.filter { $0.name == name }
        let chosen = exact.count == 1 ? exact : found
        guard chosen.count == 1, let trunk = chosen.first else {
            message = chosen.isEmpty
                ? StatusMessage("No trunk named \"\(name)\" on the server", .warning)
                : StatusMessage("\(chosen.count) trunks on the server match \"\(name)\"; type more of the name", .warning)
            return []
        }
        pendingJump = trunk.id.lowercased()
        return [ask(.loadTrunk(id: trunk.id), for: .jump(id: trunk.id.lowercased()))]
    }

    static func looksLikeID(_ text: String) -> Bool {
        UUID(uuidString: text) != nil
    }
}
