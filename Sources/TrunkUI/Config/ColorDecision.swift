import ScreenKit

/// Whether the screen is drawn in colour, and which setting decided it. `--color never|always`
/// decide alone; otherwise a theme chosen explicitly (`--theme`, a profile's or the config's
/// `theme:`) wins over `NO_COLOR`, as user-level configuration and per-run flags should, while
/// `TRUNKS_THEME`, an environment variable like `NO_COLOR` itself, does not. Pure value.
public struct ColorDecision: Equatable, Sendable {
    /// The mode the screen starts in.
    public var mode: ColorMode
    /// What decided against the plain default, in words for `trunks info` and the status line;
    /// nil when neither `--color` nor `NO_COLOR` had a say.
    public var reason: String?
    /// True when `NO_COLOR` is set but an explicit theme is drawn in colour anyway.
    public var themeWinsOverNoColor: Bool
    /// What the status line says at start: which of a named theme and `NO_COLOR` won; nil when
    /// no theme was named or `NO_COLOR` is not set.
    public var startNote: String?

    /// The decision for `--color` (`auto` when not given), the resolved settings and `environment`.
    public static func decide(flag: ColorMode, settings: ResolvedSettings, environment: [String: String]) -> ColorDecision {
        switch flag {
        case .never: return ColorDecision(mode: .never, reason: "no colour: --color never", themeWinsOverNoColor: false)
        case .always: return ColorDecision(mode: .always, reason: "colour: --color always", themeWinsOverNoColor: false)
        case .auto: break
        }
        guard !ColorDepth.allowsColor(mode: .auto, environment: environment) else {
            return ColorDecision(mode: .auto, reason: nil, themeWinsOverNoColor: false)
        }
        let origin = settings.origins["theme"] ?? "default"
        if origin == "flag" || origin == "config" || origin.hasPrefix("profile") {
            let source = origin == "flag" ? "--theme" : origin == "config" ? "config.yaml theme:" : origin + " theme:"
            let reason = "theme \(settings.theme) (\(source)) wins over NO_COLOR"
            return ColorDecision(mode: .always, reason: reason, themeWinsOverNoColor: true, startNote: "Colour: " + reason)
        }
        let reason = "no colour: NO_COLOR is set (--theme or a profile's theme: draws colour anyway)"
        return ColorDecision(mode: .auto, reason: reason, themeWinsOverNoColor: false,
                             startNote: origin == "default" ? nil : "No colour, theme \(settings.theme) (\(origin)) not drawn: NO_COLOR is set; --theme draws it")
    }
}
