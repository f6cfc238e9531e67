import Foundation
import Testing
@testable import TrunkUI

/// The key table of docs/keys.md stays in step with the key map: one row per place, a row for
/// every key context, and every single-character key of the standard map named in its row.
@Suite struct KeyReferenceTests {
    /// The rows of the table under "## Keys by context": first cell → the rest of the row.
    static func keyTable() throws -> [(place: String, keys: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let page = try String(contentsOf: root.appendingPathComponent("docs/keys.md"), encoding: .utf8)
        let section = try #require(page.components(separatedBy: "\n## Keys by context\n").dropFirst().first?
            .components(separatedBy: "\n## ").first)
        return section.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| where") && !$0.hasPrefix("| ---") }
            .map { line in
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                return (cells[1], cells.dropFirst(2).joined(separator: "|"))
            }
    }

    static let rowOfContext: [KeyContext: [String]] = [
        .global: ["everywhere"], .list: ["list", "list and detail"], .detail: ["detail", "list and detail"],
        .form: ["form"], .listEditor: ["list editor"], .didEditor: ["DID editor"], .review: ["review dialog"],
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
}
