import Foundation
import Testing
@testable import TrunkUI

/// `preview: auto|on|off` resolves like `theme`: flag > TRUNKS_PREVIEW > profile > config > auto,
/// each with its origin for `trunks info`; bad values name their line or variable.
@Suite struct PreviewSettingTests {
    static let yaml = """
    default_profile: wide
    preview: off
    profiles:
      wide:
        environment: sandbox
        preview: on
      plain:
        environment: production
    """

    static func config() throws -> TrunksConfig { try TrunksConfig.parse(yaml, source: "config.yaml") }

    @Test func parsesTopLevelAndProfileValues() throws {
        let config = try Self.config()
        #expect(config.preview == .off, "YAML's on/off are read as the words, not booleans")
        #expect(config.profiles["wide"]?.preview == .on)
        #expect(config.profiles["plain"]?.preview == nil)
    }

    @Test func defaultIsAutoWithoutConfig() throws {
        let settings = try ResolvedSettings.resolve(CommandLineSettings(), environment: [:], config: TrunksConfig())
        #expect(settings.preview == .auto && settings.origins["preview"] == "default")
    }

    @Test func profileBeatsConfigAndConfigBeatsDefault() throws {
        let wide = try ResolvedSettings.resolve(CommandLineSettings(), environment: [:], config: Self.config())
        #expect(wide.preview == .on && wide.origins["preview"] == "profile wide")
        let plain = try ResolvedSettings.resolve(CommandLineSettings(), environment: ["TRUNKS_PROFILE": "plain"], config: Self.config())
        #expect(plain.preview == .off && plain.origins["preview"] == "config")
    }

    @Test func environmentBeatsProfileAndFlagBeatsEnvironment() throws {
        let environment = ["TRUNKS_PREVIEW": "auto"]
        let fromEnvironment = try ResolvedSettings.resolve(CommandLineSettings(), environment: environment, config: Self.config())
        #expect(fromEnvironment.preview == .auto && fromEnvironment.origins["preview"] == "environment TRUNKS_PREVIEW")
        var flags = CommandLineSettings()
        flags.preview = .off
        let fromFlag = try ResolvedSettings.resolve(flags, environment: environment, config: Self.config())
        #expect(fromFlag.preview == .off && fromFlag.origins["preview"] == "flag")
    }

    @Test func badValuesAreErrors() {
        #expect(throws: ConfigError("TRUNKS_PREVIEW=sideways is not a valid preview")) {
            try ResolvedSettings.resolve(CommandLineSettings(), environment: ["TRUNKS_PREVIEW": "sideways"], config: TrunksConfig())
        }
        #expect {
            try TrunksConfig.parse("preview: maybe\nprofiles:\n  p:\n    preview: 3\n", source: "c.yaml")
        } throws: { error in
            "\(error)".contains("c.yaml:1: preview must be auto, on or off")
                && "\(error)".contains("c.yaml:4: profile p: preview must be auto, on or off")
        }
    }

    @Test(arguments: [("auto", PreviewMode.auto), ("ON", .on), ("off", .off), ("yes", .on), ("false", .off)])
    func settingWords(text: String, mode: PreviewMode) {
        #expect(PreviewMode(setting: text) == mode)
    }
}
