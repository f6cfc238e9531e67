/// Whether the detail preview follows the cursor beside or below the list (`preview:` in
/// config.yaml, `TRUNKS_PREVIEW`, `--preview`; `v` toggles it for the session).
public enum PreviewMode: String, CaseIterable, Sendable {
    /// Only where the list keeps its room: side by side on wide terminals, stacked on tall ones.
    case auto
    /// Wherever it fits at all (side by side from 120 columns, stacked from 40 rows).
    case on
    /// Never: the list alone, Enter opens the detail.
    case off

    /// The setting named by `text` (`auto`, `on`, `off`; also `yes`/`no`, `true`/`false`).
    public init?(setting text: String) {
        switch text.lowercased() {
        case "auto": self = .auto
        case "on", "yes", "true", "1": self = .on
        case "off", "no", "false", "0": self = .off
        default: return nil
        }
    }
}
