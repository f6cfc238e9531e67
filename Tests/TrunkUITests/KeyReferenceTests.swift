import Foundation
import Testing
@testable import TrunkUI

/// The key tables of docs/keys.md stay in step with the key map: one row per place, a row for
/// every key context, and every single-character key of the standard map named in its row; the
/// configuration page names every context and command a remap can use.
@Suite struct KeyReferenceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The text under `heading` (up to the next `## `) of the docs page `name`.
    static func section(_ heading: String, of name: String) throws -> String {
        let page = try String(contentsOf: root.appendingPathComponent("docs/\(name)"), encoding: .utf8)
        return try #require(page.components(separatedBy: "\n## \(heading)\n").dropFirst().first?
            .components(separatedBy: "\n## ").first, "docs/\(name) has a section \(heading)")
    }

    /// The rows of the tables under "## Keys by context" and "## Questions, prompts and
    /// overlays": first cell → the rest of the row.
    static func keyTable() throws -> [(place: String, keys: String)] {
        try ["Keys by context", "Questions, prompts and overlays"].flatMap { heading in
            try section(heading, of: "keys.md").split(separator: "\n")
                .filter { $0.hasPrefix("| ") && !$0.hasPrefix("| where") && !$0.hasPrefix("| what") && !$0.hasPrefix("| ---") }
                .map { line in
                    let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                    return (cells[1], cells.dropFirst(2).joined(separator: "|"))
                }
        }
    }

    static let rowOfContext: [KeyContext: [String]] = [
        .global: ["everywhere"], .list: ["list", "list and detail"], .detail: ["detail", "list and detail"],
        .form: ["form"], .listEditor: ["list editor"], .didEditor: ["DID editor"], .review: ["review dialog"],
        .conflict: ["conflict (someone else changed a field you changed)"], .help: ["help (`?`)"],
        .alert: ["alert (a failure)"], .audit: ["audit trail (`:audit`)"], .quitQuestion: ["quit (`Ctrl-C`, or `q` with unsaved changes)"],
        .discardQuestion: ["discard changes (`Esc` on a modified form)"],
        .restoreDrafts: ["drafts from an earlier session (at start, or `:drafts`)"], .copyChooser: ["copy (after `y`)"],
        .unfinishedBulk: ["a change to many trunks an earlier run left unfinished (at start)"],
        .deleteConfirmation: ["delete (`D`)"], .bulkChange: ["marked trunks (`b`, `p` or `L` with trunks marked)"],
        .bulkPrefixes: ["marked trunks (`b`, `p` or `L` with trunks marked)"], .bulkDids: ["marked trunks (`b`, `p` or `L` with trunks marked)"],
        .bulkDidNumbers: ["marked trunks (`b`, `p` or `L` with trunks marked)"], .regenerateConfirmation: ["regenerate credentials (`R`)"],
        .numberTester: ["number tester (`t`)"], .callCheck: ["call check (`C`, `:check`)"],
        .compare: ["compare (`=` with two trunks marked)"], .fieldJump: ["form"], .textField: ["text fields"], .picker: ["pickers"],
        .listItemInput: ["list editor"], .didSearch: ["DID editor"], .commandLine: ["command line (`:`)"],
        .filterLine: ["filter line (`/`)"], .searchLine: ["search line (`/` in the detail and the list editor)"],
        .messages: ["messages (`:messages`)"],
        .tooSmall: ["terminal too small (below 60×16)"],
    ]

    @Test func noPlaceHasTwoRows() throws {
        let places = try Self.keyTable().map(\.place)
        #expect(places.count == Set(places).count, "duplicated rows: \(places)")
    }

    @Test(arguments: KeyContext.allCases)
    func everyKeyOfTheMapIsInItsRow(context: KeyContext) throws {
        let table = try Self.keyTable()
        let names = try #require(Self.rowOfContext[context], "a docs/keys.md row for \(context.rawValue)")
        let text = table.filter { names.contains($0.place) }.map(\.keys).joined(separator: " ")
        #expect(!text.isEmpty, "docs/keys.md has a row for \(context.rawValue)")
        for binding in Keymap.standard.bindings(in: context) {
            for case .char(let character) in binding.keys where character != " " {
                #expect(text.contains("`\(character)`"), "docs/keys.md names `\(character)` (\(binding.description)) for \(context.rawValue)")
            }
        }
    }

    /// `copyID` → `copy_id`, as the configuration writes a command.
    static func configName(_ name: String) -> String {
        var result = ""
        var previous: Character?
        for character in name {
            if character.isUppercase, previous?.isLowercase == true { result += "_" }
            result.append(character)
            previous = character
        }
        return result.lowercased()
    }

    @Test func theConfigurationPageNamesEveryContextAndCommand() throws {
        let text = try Self.section("Key remapping", of: "configuration.md")
        for context in KeyContext.allCases {
            let name = context.rawValue.lowercased().replacingOccurrences(of: " ", with: "_")
            #expect(text.contains("`\(name)`"), "configuration.md names the context \(name)")
        }
        for command in Set(Keymap.standard.bindings.map(\.command.rawValue)) {
            #expect(text.contains("`\(Self.configName(command))`"), "configuration.md names the command \(Self.configName(command))")
        }
    }
}
