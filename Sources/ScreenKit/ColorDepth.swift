/// How the user asked for colour: `auto` (the default), `never` or `always`.
public enum ColorMode: String, Sendable, CaseIterable {
    /// Colour unless `NO_COLOR` is set and non-empty; the depth comes from the terminal.
    case auto
    /// No colour at all: the mono theme, whatever the terminal can do.
    case never
    /// Colour even when `NO_COLOR` is set, at the depth the terminal reports.
    case always
}

/// How many colours the driver may use; decides how theme colours are quantised. Pure value.
public enum ColorDepth: String, Sendable, CaseIterable {
    /// No colour: styles are shown with attributes only (the mono theme).
    case monochrome
    /// The eight ANSI colours 0–7.
    case ansi8
    /// The sixteen ANSI colours 0–15.
    case ansi16
    /// The xterm 256-colour palette.
    case palette256
    /// 24-bit colour through a direct-colour terminfo entry (such as `xterm-direct`).
    case direct

    /// The smallest colour count terminfo reports for a direct-colour terminal.
    public static let directColorThreshold = 1 << 24

    /// The depth to use for `mode`, given the colour count terminfo reports (0 when the terminal
    /// has no colour) and the environment (`NO_COLOR`, `COLORTERM`).
    ///
    /// 24-bit colour needs both `COLORTERM=truecolor`/`24bit` and a direct-colour terminfo entry:
    /// ncurses can only send RGB values through such an entry, so a 256-colour entry stays at 256
    /// colours (RGB theme colours are mapped to the nearest palette entry). A direct-colour entry
    /// without `COLORTERM` is used for the eight ANSI colours only, the part its palette shares.
    public static func detect(mode: ColorMode, terminalColors: Int,
                              environment: [String: String]) -> ColorDepth {
        guard allowsColor(mode: mode, environment: environment) else { return .monochrome }
        if terminalColors >= directColorThreshold {
            let announced = (environment["COLORTERM"] ?? "").lowercased()
            return announced == "truecolor" || announced == "24bit" ? .direct : .ansi8
        }
        if terminalColors >= 256 { return .palette256 }
        if terminalColors >= 16 { return .ansi16 }
        if terminalColors >= 8 { return .ansi8 }
        return .monochrome
    }

    /// Whether `mode` allows colour at all: `never` does not, `auto` not when `NO_COLOR` is set
    /// and non-empty.
    public static func allowsColor(mode: ColorMode, environment: [String: String]) -> Bool {
        switch mode {
        case .never: return false
        case .always: return true
        case .auto: return (environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}
