import ScreenKit
import Testing
@testable import TrunkUI

/// NO_COLOR against a theme chosen on purpose: `--color` decides alone; a theme on the command
/// line, in a profile or in config.yaml wins over NO_COLOR; TRUNKS_THEME and the default do not.
@Suite struct ColorDecisionTests {
    static let config = """
    theme: solarized-dark
    profiles:
      lab: { environment: sandbox, theme: light }
      plain: { environment: sandbox }
    """

    /// The decision for a command line of `theme` and `profile`, with `environment`.
    static func decide(theme: String? = nil, profile: String? = nil, color: ColorMode = .auto, config: String = "",
                       environment: [String: String]) throws -> (ColorDecision, ResolvedSettings) {
        var flags = CommandLineSettings()
        flags.theme = theme
        flags.profile = profile
        let settings = try ResolvedSettings.resolve(flags, environment: environment,
                                                    config: try TrunksConfig.parse(config, source: "config.yaml"))
        return (ColorDecision.decide(flag: color, settings: settings, environment: environment), settings)
    }

    @Test(arguments: [
        // --theme, --profile, config, environment → mode, what is said
        ("light", nil, "", ["NO_COLOR": "1"], ColorMode.always, "theme light (--theme) wins over NO_COLOR"),
        (nil, "lab", config, ["NO_COLOR": "1"], .always, "theme light (profile lab theme:) wins over NO_COLOR"),
        (nil, "plain", config, ["NO_COLOR": "1"], .always, "theme solarized-dark (config.yaml theme:) wins over NO_COLOR"),
        (nil, nil, "", ["NO_COLOR": "1", "TRUNKS_THEME": "light"], .auto,
         "no colour: NO_COLOR is set (--theme or a profile's theme: draws colour anyway)"),
        (nil, nil, "", ["NO_COLOR": "1"], .auto, "no colour: NO_COLOR is set (--theme or a profile's theme: draws colour anyway)"),
        ("light", nil, "", [:], .auto, nil),
        ("light", nil, "", ["NO_COLOR": ""], .auto, nil),
    ] as [(String?, String?, String, [String: String], ColorMode, String?)])
    func anExplicitThemeWinsOverNoColor(theme: String?, profile: String?, config: String, environment: [String: String],
                                        mode: ColorMode, reason: String?) throws {
        let (decision, _) = try Self.decide(theme: theme, profile: profile, config: config, environment: environment)
        #expect(decision.mode == mode)
        #expect(decision.reason == reason)
        #expect(ColorDepth.detect(mode: decision.mode, terminalColors: 256, environment: environment)
                == (mode == .always || environment["NO_COLOR", default: ""].isEmpty ? .palette256 : .monochrome))
    }

    @Test(arguments: [(ColorMode.never, "no colour: --color never"), (.always, "colour: --color always")])
    func colourFlagDecidesAlone(flag: ColorMode, reason: String) throws {
        let (decision, _) = try Self.decide(theme: "light", color: flag, environment: ["NO_COLOR": "1"])
        #expect(decision.mode == flag && decision.reason == reason && !decision.themeWinsOverNoColor)
    }

    @Test func theStatusLineSaysWhichWonOnlyWhenBothHadASay() throws {
        #expect(try Self.decide(theme: "light", environment: ["NO_COLOR": "1"]).0.startNote
                == "Colour: theme light (--theme) wins over NO_COLOR")
        #expect(try Self.decide(environment: ["NO_COLOR": "1", "TRUNKS_THEME": "light"]).0.startNote
                == "No colour, theme light (environment TRUNKS_THEME) not drawn: NO_COLOR is set; --theme draws it")
        #expect(try Self.decide(environment: ["NO_COLOR": "1"]).0.startNote == nil, "a NO_COLOR user who named no theme is not told")
        #expect(try Self.decide(theme: "light", environment: [:]).0.startNote == nil)
    }
}
