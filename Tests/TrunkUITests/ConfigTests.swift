import Foundation
import ScreenKit
import Testing
@testable import TrunkUI

/// config.yaml: profiles, precedence (flag > environment > profile > default), key sources in
/// order, the key-file permission refusal and key-binding conflicts.
@Suite struct ConfigTests {
    static let yaml = """
    default_profile: sandbox
    theme: dark
    profiles:
      sandbox:
        environment: sandbox
        api_key_env: SANDBOX_KEY
        page_size: 100
      prod:
        environment: production
        api_key_command: pass show didww/prod
        api_version: 2022-05-10
        read_only: true
        theme: solarized-dark
      lab:
        base_url: http://127.0.0.1:8080/v3
        api_key_file: ~/.didww-lab-key
    keys:
      list:
        edit: E
    """

    static func config() throws -> TrunksConfig { try TrunksConfig.parse(yaml, source: "config.yaml") }

    @Test func parsesProfilesAndRemaps() throws {
        let config = try Self.config()
        #expect(config.defaultProfile == "sandbox")
        #expect(config.profiles.keys.sorted() == ["lab", "prod", "sandbox"])
        #expect(config.profiles["prod"]?.readOnly == true)
        #expect(config.profiles["prod"]?.apiVersion == "2022-05-10")
        #expect(config.profiles["lab"]?.baseURL == "http://127.0.0.1:8080/v3")
        #expect(config.keyRemaps == [TrunksConfig.KeyRemap(context: "list", command: "edit", keys: ["E"], line: 19)])
    }

    @Test func defaultProfileAppliesWhenNothingElseSays() throws {
        let settings = try ResolvedSettings.resolve(CommandLineSettings(), environment: [:], config: Self.config())
        #expect(settings.profile?.name == "sandbox")
        #expect(settings.endpoint == .sandbox)
        #expect(settings.pageSize == 100)
        #expect(settings.origins["page_size"] == "profile sandbox")
        #expect(settings.theme == "dark" && settings.origins["theme"] == "config")
        #expect(settings.apiVersion == ResolvedSettings.defaultAPIVersion && settings.origins["api_version"] == "default")
        #expect(settings.readOnly == false)
    }

    @Test func environmentBeatsProfileAndFlagBeatsEnvironment() throws {
        let environment = ["TRUNKS_PROFILE": "prod", "TRUNKS_THEME": "light", "TRUNKS_PAGE_SIZE": "20"]
        let fromEnvironment = try ResolvedSettings.resolve(CommandLineSettings(), environment: environment, config: Self.config())
        #expect(fromEnvironment.profile?.name == "prod")
        #expect(fromEnvironment.endpoint == .production)
        #expect(fromEnvironment.theme == "light", "environment beats the profile's solarized-dark")
        #expect(fromEnvironment.pageSize == 20)
        #expect(fromEnvironment.apiVersion == "2022-05-10" && fromEnvironment.readOnly, "profile beats the defaults")

        var flags = CommandLineSettings()
        flags.profile = "sandbox"
        flags.theme = "mono"
        flags.pageSize = 7
        flags.apiVersion = "2026-11-19"
        flags.demo = true
        let fromFlags = try ResolvedSettings.resolve(flags, environment: environment, config: Self.config())
        #expect(fromFlags.profile?.name == "sandbox")
        #expect(fromFlags.endpoint == .demo, "--demo beats the profile's environment")
        #expect(fromFlags.theme == "mono" && fromFlags.pageSize == 7 && fromFlags.apiVersion == "2026-11-19")
        #expect(fromFlags.origins["theme"] == "flag")
    }

    @Test func unknownProfileAndBadEnvironmentValuesAreErrors() throws {
        var flags = CommandLineSettings()
        flags.profile = "staging"
        #expect(throws: ConfigError.self) { try ResolvedSettings.resolve(flags, environment: [:], config: Self.config()) }
        #expect(throws: ConfigError.self) {
            try ResolvedSettings.resolve(CommandLineSettings(), environment: ["TRUNKS_PAGE_SIZE": "5000"], config: Self.config())
        }
    }

    @Test func configProblemsNameTheirLines() {
        let text = "profiles:\n  p:\n    environment: staging\n    api_key: abc\n    colour: red\nbogus: 1\n"
        #expect {
            try TrunksConfig.parse(text, source: "c.yaml")
        } throws: { error in
            let message = "\(error)"
            return message.contains("c.yaml:3: profile p: environment must be sandbox, production or demo")
                && message.contains("c.yaml:4: profile p: api_key is not accepted in the file")
                && message.contains("c.yaml:5: profile p: unknown key colour")
                && message.contains("c.yaml:6: unknown key bogus")
        }
    }

    @Test func didwwAPIKeyComesFirst() throws {
        let profile = try Self.config().profiles["prod"]
        let found = try APIKeySource.resolve(profile: profile, environment: ["DIDWW_API_KEY": "k-env"],
                                             runCommand: { _ in Issue.record("the command must not run"); return "" })
        #expect(found.key == "k-env" && found.origin == "environment DIDWW_API_KEY")
    }

    @Test func profileEnvironmentVariableIsSecond() throws {
        let profile = try Self.config().profiles["sandbox"]
        let found = try APIKeySource.resolve(profile: profile, environment: ["SANDBOX_KEY": "k-sandbox"])
        #expect(found.key == "k-sandbox" && found.origin == "environment SANDBOX_KEY")
        #expect(throws: ConfigError.self) { try APIKeySource.resolve(profile: profile, environment: [:]) }
    }

    @Test func commandIsRunOnceAndItsFirstLineIsTheKey() throws {
        let profile = try Self.config().profiles["prod"]
        var runs: [String] = []
        let found = try APIKeySource.resolve(profile: profile, environment: [:], runCommand: { command in
            runs.append(command)
            return "k-from-pass\nsecond line\n"
        })
        #expect(found.key == "k-from-pass")
        #expect(runs == ["pass show didww/prod"])
    }

    @Test func realShellCommandOutputIsRead() throws {
        var profile = TrunksConfig.Profile(name: "shell")
        profile.apiKeyCommand = "printf 'k-shell\\n'"
        #expect(try APIKeySource.resolve(profile: profile, environment: [:]).key == "k-shell")
        profile.apiKeyCommand = "exit 3"
        #expect(throws: ConfigError.self) { try APIKeySource.resolve(profile: profile, environment: [:]) }
    }

    @Test func keyFileIsReadWhenPrivateAndRefusedWhenGroupOrWorldReadable() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("trunks-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent(".didww-lab-key")
        try "k-file\n".write(to: file, atomically: true, encoding: .utf8)
        let profile = try Self.config().profiles["lab"]

        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let found = try APIKeySource.resolve(profile: profile, environment: ["HOME": home.path])
        #expect(found.key == "k-file")

        for mode in [0o640, 0o604, 0o644] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
            #expect {
                try APIKeySource.resolve(profile: profile, environment: ["HOME": home.path])
            } throws: { error in
                let message = "\(error)"
                return message.contains("are too open") && message.contains("chmod 600") && !message.contains("k-file")
            }
        }
    }

    @Test func noKeySourceSaysWhatToDo() {
        #expect {
            try APIKeySource.resolve(profile: nil, environment: [:])
        } throws: { "\($0)".contains("DIDWW_API_KEY") && "\($0)".contains("never accepted on the command line") }
    }

    @Test func remapChangesTheKeyInForce() throws {
        let (keymap, problems) = KeyRemapper.apply(try Self.config().keyRemaps, to: .standard)
        #expect(problems.isEmpty)
        #expect(keymap.command(for: .char("E"), in: .list) == .edit)
        #expect(keymap.command(for: .char("e"), in: .list) == nil)
        #expect(keymap.command(for: .char("e"), in: .detail) == .edit, "other contexts keep their keys")
    }

    @Test func conflictingRemapIsReportedWithBothBindingsAndNotApplied() {
        let remaps = [
            TrunksConfig.KeyRemap(context: "list", command: "edit", keys: ["S"], line: 4),
            TrunksConfig.KeyRemap(context: "list", command: "filter", keys: ["q"], line: 5),
        ]
        let (keymap, problems) = KeyRemapper.apply(remaps, to: .standard, source: "config.yaml")
        #expect(problems.count == 2)
        #expect(problems.first == "config.yaml:4: key S for list \"edit the trunk\" conflicts with list \"reverse the sort\" (S); kept e")
        #expect(problems.last?.contains("conflicts with everywhere \"quit (asks if a draft is unsaved)\"") == true)
        #expect(keymap.command(for: .char("e"), in: .list) == .edit)
        #expect(keymap.command(for: .char("S"), in: .list) == .sortReverse)
    }

    @Test func questionsAndPromptsAreRemappedByTheirConfigNames() throws {
        let remaps = [
            TrunksConfig.KeyRemap(context: "quit_question", command: "confirm_quit", keys: ["Y"], line: 2),
            TrunksConfig.KeyRemap(context: "copy_chooser", command: "copy_json", keys: ["J"], line: 3),
            TrunksConfig.KeyRemap(context: "restore_drafts", command: "restore_later", keys: ["esc", "q"], line: 4),
        ]
        let (keymap, problems) = KeyRemapper.apply(remaps, to: .standard)
        #expect(problems.isEmpty, "a question's keys do not meet the panes' keys: \(problems)")
        var state = UIFixtures.loadedState()
        state.keymap = keymap
        _ = state.press([.char("e")])
        state.editForm { $0.draft.name = "Renamed" }
        _ = state.press([.char("q")])
        #expect(ModalHintTests.statusLine(state).contains("Y quits · any other key goes back"))
        #expect(state.press([.char("y")]).isEmpty && !state.confirmQuit, "y no longer quits: it goes back")
        _ = state.press([.char("q")])
        #expect(state.press([.char("Y")]) == [.quit])
    }

    @Test func aCharacterIsNotBoundWhereKeysAreTyped() {
        let remaps = [
            TrunksConfig.KeyRemap(context: "text_field", command: "accept_value", keys: ["x"], line: 2),
            TrunksConfig.KeyRemap(context: "everywhere", command: "redraw", keys: ["R"], line: 3),
            TrunksConfig.KeyRemap(context: "delete_confirmation", command: "confirm", keys: ["ctrl-d", "f5"], line: 4),
        ]
        let (keymap, problems) = KeyRemapper.apply(remaps, to: .standard, source: "c")
        #expect(problems.count == 2)
        #expect(problems.first == "c:2: key x for text_field \"accept the value (only a valid one)\" would no longer be typed in text_field; kept Enter")
        #expect(problems.last?.hasPrefix("c:3: key R for everywhere \"redraw the screen\" would no longer be typed in") == true)
        #expect(keymap.command(for: .enter, in: .textField) == .acceptValue)
        #expect(keymap.command(for: .function(5), in: .deleteConfirmation) == .confirm, "a key that is not typed is fine")
    }

    /// A digit, a hex letter, `.`, `:` or `/` starts an address typed in the list editor.
    @Test func theListEditorBindsNoCharacterAnAddressStartsWith() {
        let remaps = [
            TrunksConfig.KeyRemap(context: "list_editor", command: "delete_item", keys: ["b"], line: 2),
            TrunksConfig.KeyRemap(context: "list_editor", command: "add_item", keys: ["7", "enter"], line: 3),
            TrunksConfig.KeyRemap(context: "list_editor", command: "undo", keys: ["z"], line: 4),
        ]
        let (keymap, problems) = KeyRemapper.apply(remaps, to: .standard, source: "c")
        #expect(problems == [
            "c:2: key b for list_editor \"delete item (u undoes)\" could no longer start an address or prefix typed there; kept d, x, Delete",
            "c:3: key 7 for list_editor \"add (or just type the item; a paste adds many)\" could no longer start an address or prefix typed there; kept a, +",
        ])
        #expect(keymap.command(for: .char("b"), in: .listEditor) == nil && keymap.command(for: .char("z"), in: .listEditor) == .undo)
    }

    @Test func contextsThatShareKeysConflictLikeAPaneAndTheGlobalKeys() {
        let remaps = [
            TrunksConfig.KeyRemap(context: "review_dialog", command: "confirm", keys: ["t"], line: 2),
            TrunksConfig.KeyRemap(context: "help_overlay", command: "page_down", keys: ["q"], line: 3),
            TrunksConfig.KeyRemap(context: "copy_chooser", command: "cancel", keys: ["ctrl-l"], line: 4),
        ]
        let problems = KeyRemapper.apply(remaps, to: .standard, source: "c").problems
        #expect(problems.count == 3)
        #expect(problems[0].contains("conflicts with conflict_dialog \"take their value (the one read now)\""), "\(problems)")
        #expect(problems[1].contains("conflicts with everywhere \"quit (asks if a draft is unsaved)\""), "\(problems)")
        #expect(problems[2].contains("conflicts with everywhere \"redraw the screen\""), "\(problems)")
    }

    @Test func unknownContextsCommandsAndKeyNamesAreReported() {
        let remaps = [
            TrunksConfig.KeyRemap(context: "sidebar", command: "edit", keys: ["x"], line: 2),
            TrunksConfig.KeyRemap(context: "list", command: "launch", keys: ["x"], line: 3),
            TrunksConfig.KeyRemap(context: "list", command: "edit", keys: ["hyper-x"], line: 4),
        ]
        let problems = KeyRemapper.apply(remaps, to: .standard).problems
        #expect(problems.count == 3)
        #expect(problems[0].contains("unknown key context sidebar"))
        #expect(problems[1].contains("no command launch in list"))
        #expect(problems[2].contains("unknown key name hyper-x"))
    }

    @Test(arguments: [("ctrl-s", Key.ctrl("s")), ("pgdn", .pageDown), ("f5", .function(5)), ("space", .char(" ")), ("shift-tab", .backTab), ("E", .char("E"))])
    func keyNames(name: String, key: Key) {
        #expect(KeyName.parse(name) == key)
    }

    @Test func helpShowsRemappedKeys() throws {
        var state = UIFixtures.loadedState()
        let remap = TrunksConfig.KeyRemap(context: "list", command: "edit", keys: ["E"], line: 1)
        state.keymap = KeyRemapper.apply([remap], to: .standard).keymap
        _ = state.press([.char("?")])
        let grid = Screen.render(state, rows: 60, columns: 200)
        let lines = (0..<grid.rows).map { grid.line($0) }
        #expect(lines.contains { $0.range(of: #"\bE +edit\b"#, options: .regularExpression) != nil }, "help lists E for edit")
    }

    @Test func headerNamesTheProfileAndSaysProductionInWords() {
        var state = UIFixtures.loadedState()
        state.profileName = "prod"
        state.environmentLabel = "production"
        state.isProduction = true
        let grid = Screen.render(state, rows: 24, columns: 80)
        let header = grid.line(0)
        #expect(header.contains("profile prod · ▲ PRODUCTION"), "\(header)")
        let column = header.distance(from: header.startIndex, to: header.range(of: "PRODUCTION")!.lowerBound)
        #expect(grid[0, column].role == .error, "production is drawn in the error role, besides the word")
        state.isProduction = false
        state.environmentLabel = "sandbox"
        #expect(Screen.render(state, rows: 24, columns: 80).line(0).contains("profile prod · sandbox"))
    }
}
