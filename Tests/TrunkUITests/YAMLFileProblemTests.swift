import Foundation
import Testing
@testable import TrunkUI

/// config.yaml and theme files: what YAML itself refuses (a syntax error, a key given twice, an
/// alias to nothing, a second document) is reported with its line like every other problem, and
/// plain YAML values read as the settings expect (quoted numbers and words stay text).
@Suite struct YAMLFileProblemTests {
    @Test("config.yaml: YAML problems name their line", arguments: [
        ("theme: dark\nprofiles:\n  a: { environment: sandbox\n", "config.yaml:4: YAML: did not find expected ',' or '}'"),
        ("theme: dark\ntheme: light\n", "config.yaml:2: YAML: key theme is given twice in one mapping (first on line 1)"),
        ("profiles:\n  a:\n    environment: sandbox\n    read_only: yes\n    read_only: no\n",
         "config.yaml:5: YAML: key read_only is given twice in one mapping (first on line 4)"),
        ("theme: *dark\n", "config.yaml:1: YAML: alias *dark names no anchor before it"),
        ("theme: dark\n---\ntheme: light\n", "config.yaml:2: YAML: a second document starts here; the file holds one"),
    ])
    func configProblems(text: String, expected: String) {
        #expect {
            _ = try TrunksConfig.parse(text, source: "config.yaml")
        } throws: { error in
            "\(error)".hasPrefix(expected)
        }
    }

    @Test("config.yaml: plain values as the settings read them", arguments: [
        ("read_only: true", true, nil), ("read_only: yes", true, nil), ("read_only: Off", false, nil),
        ("page_size: 50", nil, 50), ("page_size: 0x20", nil, 32),
    ] as [(String, Bool?, Int?)])
    func profileValues(line: String, readOnly: Bool?, pageSize: Int?) throws {
        let config = try TrunksConfig.parse("profiles:\n  p:\n    environment: sandbox\n    \(line)\n", source: "config.yaml")
        #expect(config.profiles["p"]?.readOnly == readOnly)
        #expect(config.profiles["p"]?.pageSize == pageSize)
    }

    @Test("config.yaml: quoted numbers and words are text", arguments: [
        ("read_only: \"yes\"", "config.yaml:4: profile p: read_only must be true or false"),
        ("page_size: \"50\"", "config.yaml:4: profile p: page_size must be 1-1000"),
    ])
    func quotedValuesAreRefused(line: String, expected: String) {
        #expect {
            _ = try TrunksConfig.parse("profiles:\n  p:\n    environment: sandbox\n    \(line)\n", source: "config.yaml")
        } throws: { error in
            "\(error)" == expected
        }
    }

    @Test func anchorsAndAliasesReuseAProfile() throws {
        let text = """
        profiles:
          sandbox: &base
            environment: sandbox
            page_size: 200
          again: *base
        """
        let config = try TrunksConfig.parse(text, source: "config.yaml")
        #expect(config.profiles["again"]?.pageSize == 200 && config.profiles["again"]?.environment == "sandbox")
    }

    @Test func themeKeyGivenTwiceIsAnErrorOnItsLine() {
        let problems = ThemeChecker.check(text: "name: x\nroles:\n  text: { fg: red }\n  text: { fg: blue }\n", source: "t.yaml", folders: [])
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.line == 4)
        #expect(problems.first?.message == "YAML: key text is given twice in one mapping (first on line 3)")
    }

    @Test func unreadableFilesSayWhyInPlainWords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yaml-file-problems-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("config.yaml")
        try Data([0x74, 0x68, 0x65, 0x6D, 0x65, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: binary)
        #expect {
            _ = try TrunksConfig.load(binary)
        } throws: { error in
            "\(error)" == "\(binary.path): cannot read: not UTF-8 text"
        }
        let missing = folder.appendingPathComponent("gone.yaml")
        #expect(ThemeChecker.check(file: missing, folders: []).map(\.message) == ["cannot read: no such file"])
        #expect(ThemeChecker.check(file: binary, folders: []).map(\.message) == ["cannot read: not UTF-8 text"])
    }
}
