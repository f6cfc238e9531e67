import FoundationEssentials
import TrunkModel

extension CommandLineCommand {
    /// `:preview auto|on|off`: sets the preview until trunks exits (`v` only toggles on and off);
    /// `:preview` alone says which is in force and whether it shows at this size.
    public static let preview = CommandLineCommand(
        "preview", argument: "auto|on|off", help: "detail preview beside or below the list (:preview alone names the one in force)",
        completion: .words(PreviewMode.allCases.map(\.rawValue))) { state, argument in
        state.previewCommand(argument)
    }
}

extension AppState {
    /// True when the detail preview stands beside or below the list now.
    public var previewShown: Bool {
        Viewport.showsPreview(self, rows: terminalSize.rows, columns: terminalSize.columns)
    }

    /// `v`: hides the preview when it is shown, shows it when it is not (`on`), until trunks exits.
    /// From `on` on a terminal too small for any preview it goes to `off`, so the setting still
    /// changes, and the status line says why nothing moved.
    mutating func togglePreview() -> [Effect] {
        let next: PreviewMode = previewShown || preview == .on ? .off : .on
        return setPreview(next)
    }

    /// Sets the preview mode and says in the status line what it means at this size.
    mutating func setPreview(_ mode: PreviewMode) -> [Effect] {
        preview = mode
        // The list pane's height changes with the layout: keep the selection in view.
        followSelection()
        if previewShown {
            message = StatusMessage("preview \(mode.rawValue)" + (mode == .on ? "" : ": shown at this size") + " · v hides it", .info)
        } else if mode == .off {
            message = StatusMessage("preview off · v shows it", .info)
        } else {
            let limits = Viewport.thresholds(mode) ?? Viewport.on
            message = StatusMessage("preview \(mode.rawValue): shows from \(limits.sideBySideColumns) columns or "
                                    + "\(limits.stackedRows) rows; this terminal is \(terminalSize.columns)×\(terminalSize.rows)", .info)
        }
        return []
    }

    mutating func previewCommand(_ argument: String) -> [Effect] {
        let word = argument.trimmingWhitespace()
        if word.isEmpty {
            let shown = previewShown ? "shown at this size" : "hidden at this size"
            message = StatusMessage("preview \(preview.rawValue): \(shown) · :preview auto|on|off changes it, v toggles", .info)
            return []
        }
        guard let mode = PreviewMode(setting: word) else {
            message = StatusMessage("No preview setting \"\(word)\": auto, on or off", .warning)
            return []
        }
        return setPreview(mode)
    }
}
