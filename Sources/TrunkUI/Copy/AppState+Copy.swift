import FoundationEssentials
import ScreenKit
import TrunkModel

extension AppState {
    /// The prompt shown while the copy chooser waits for what to copy: its keys, from the key map.
    var copyPromptText: String {
        "Copy: " + keymap.hintItems(in: .copyChooser).joined(separator: " · ")
    }

    /// `y` in the list or detail: asks what to copy from the selected trunk.
    mutating func startCopy() -> [Effect] {
        guard detailTrunk != nil else {
            message = StatusMessage("Nothing selected to copy", .warning)
            return []
        }
        copyPending = true
        message = StatusMessage(copyPromptText)
        return []
    }

    /// The key after `y`: the copy chooser's keys copy the name, the id, the JSON, the SIP
    /// username, the revealed password or the summary; any other key cancels.
    mutating func copyKey(_ key: Key) -> [Effect] {
        copyPending = false
        let choice: TrunkCopy? = switch keymap.command(for: key, in: .copyChooser) {
        case .copyName?: .name
        case .copyID?: .id
        case .copyJSON?: .json
        case .copyUsername?: .username
        case .copyPassword?: .password
        case .copySummary?: .summary
        default: nil
        }
        guard let choice, let trunk = detailTrunk else {
            message = StatusMessage("Copy cancelled")
            return []
        }
        return copy(choice, of: trunk)
    }

    /// Sends `choice` of `trunk` to the terminal's clipboard (OSC 52, and inside tmux also to
    /// tmux's paste buffer; performed by the runner). The password only while revealed.
    mutating func copy(_ choice: TrunkCopy, of trunk: Trunk) -> [Effect] {
        let revealed = detailView.reveals(trunk.id, at: now)
        let text = choice == .summary ? TrunkSummary.text(of: trunk, lastCheck: lastCallChecks[trunk.id])
            : choice.text(of: trunk, revealSecrets: revealed)
        let bytes = text.utf8.count
        let name = trunk.name ?? trunk.id
        if choice == .password, !revealed, !(trunk.authenticationMethod?.password ?? "").isEmpty {
            message = StatusMessage("The SIP password of \(name) is masked: reveal it with x in the detail, then y p copies it", .warning)
            return []
        }
        guard bytes > 0 else {
            message = StatusMessage("Trunk \(name) has no \(choice.noun) to copy", .warning)
            return []
        }
        guard bytes <= OSC52.maximumBytes else {
            message = StatusMessage("Too large to copy through the terminal (\(bytes) bytes, limit \(OSC52.maximumBytes))", .warning)
            return []
        }
        let what = choice == .summary && lastCallChecks[trunk.id] != nil
            ? "summary of \(name) with its last call check (no secrets)" : choice == .summary ? "summary of \(name) (no secrets)"
            : choice.words(revealed: revealed)
        let note = "Sent \(what) (\(bytes) byte\(bytes == 1 ? "" : "s")) to the terminal's clipboard (OSC 52)"
        copyNote = note
        message = StatusMessage(note, .success)
        return [.copyToClipboard(text)]
    }

    /// tmux's answer to loading its paste buffer: completes the copy's status line, or says why
    /// the buffer was not loaded (even when another message has replaced the copy's since).
    mutating func tmuxBufferLoaded(problem: String?) {
        let note = copyNote ?? "Sent to the terminal's clipboard (OSC 52)"
        let showing = message?.text == note
        copyNote = nil
        if let problem {
            message = StatusMessage(note + "; tmux's paste buffer not loaded: " + problem, .warning)
        } else if showing {
            message = StatusMessage(note + " and tmux's paste buffer", .success)
        }
    }

    /// `:theme NAME` asks the runner to load and apply a theme; `:theme` alone says which is in use.
    mutating func themeCommand(_ argument: String) -> [Effect] {
        let name = argument.trimmingWhitespace()
        guard !name.isEmpty else {
            message = StatusMessage("Theme \(themeName) (:theme NAME switches; trunks theme list shows them)")
            return []
        }
        return [.setTheme(name)]
    }

    /// The runner's answer to `.setTheme`.
    mutating func themeApplied(_ name: String, problem: String?) {
        if let problem {
            message = StatusMessage("Theme \(name) not used, kept \(themeName): \(problem)", .error)
        } else {
            themeName = name
            message = StatusMessage("Theme \(name)", .success)
        }
    }
}

extension CommandLineCommand {
    /// `:theme NAME`: switch the theme live; Tab completes `names` (the program passes the
    /// themes it found; the built-in ones otherwise).
    public static func theme(names: [String] = ThemeLoader.builtInNames) -> CommandLineCommand {
        CommandLineCommand("theme", argument: "NAME", help: "switch the colour theme live (:theme alone names the one in use)",
                           completion: .words(names)) { state, argument in
            state.themeCommand(argument)
        }
    }
}
