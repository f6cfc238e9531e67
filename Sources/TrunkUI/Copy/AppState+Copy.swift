import Foundation
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

    /// The key after `y`: the copy chooser's keys copy the name, the id or the JSON; any other
    /// key cancels.
    mutating func copyKey(_ key: Key) -> [Effect] {
        copyPending = false
        let choice: TrunkCopy? = switch keymap.command(for: key, in: .copyChooser) {
        case .copyName?: .name
        case .copyID?: .id
        case .copyJSON?: .json
        default: nil
        }
        guard let choice, let trunk = detailTrunk else {
            message = StatusMessage("Copy cancelled")
            return []
        }
        return copy(choice, of: trunk)
    }

    /// Copies `choice` of `trunk` to the clipboard (OSC 52, performed by the runner).
    mutating func copy(_ choice: TrunkCopy, of trunk: Trunk) -> [Effect] {
        let revealed = detailView.reveals(trunk.id, at: now)
        let text = choice.text(of: trunk, revealSecrets: revealed)
        let bytes = text.utf8.count
        guard bytes > 0 else {
            message = StatusMessage("Trunk \(trunk.id) has no \(choice.rawValue) to copy", .warning)
            return []
        }
        guard bytes <= OSC52.maximumBytes else {
            message = StatusMessage("Too large to copy through the terminal (\(bytes) bytes, limit \(OSC52.maximumBytes))", .warning)
            return []
        }
        let what = choice == .json ? (revealed ? "JSON, secrets REVEALED" : "JSON, secrets masked") : choice.rawValue
        message = StatusMessage("Copied \(what) (\(bytes) byte\(bytes == 1 ? "" : "s")) to the clipboard", .success)
        return [.copyToClipboard(text)]
    }

    /// `:theme NAME` asks the runner to load and apply a theme; `:theme` alone says which is in use.
    mutating func themeCommand(_ argument: String) -> [Effect] {
        let name = argument.trimmingCharacters(in: .whitespaces)
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
