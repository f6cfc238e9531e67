import Foundation
import Testing

/// The README's command table agrees with the program: every subcommand has a row, every row
/// names a real subcommand, the options of its synopsis are in its `--help`, and the exit
/// statuses it lists are those its `--help` states. Rows are read from the table, so a command
/// added to the table is checked without changing this test.
@Suite(.terminalSlot) struct CommandTableEndToEndTests {
    /// One row: the command's words (`["theme", "check"]`), the options of its synopsis, and
    /// the exit statuses listed.
    struct Row {
        var path: [String]
        var options: [String]
        var statuses: [Int]
    }

    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    /// The rows of the table under "## Commands for runbooks and scripts".
    static func rows() throws -> [Row] {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Commands for runbooks and scripts").dropFirst().first)
            .components(separatedBy: "\n## ").first ?? ""
        return section.split(separator: "\n").filter { $0.hasPrefix("| `trunks ") }.map { line in
            let cells = line.replacingOccurrences(of: "\\|", with: "¦").split(separator: "|").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            let synopsis = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let words = synopsis.split(separator: " ").dropFirst()
            let path = words.prefix { $0.allSatisfy { $0.isLowercase || $0 == "-" } && !$0.hasPrefix("-") }.map(String.init)
            let options = matches(of: "--[a-z][a-z-]*", in: synopsis)
            let statuses = cells.last.map { cell in
                cell.components(separatedBy: "·").compactMap { Int($0.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber }) }
            } ?? []
            return Row(path: path, options: options, statuses: statuses)
        }
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }

    static func help(_ words: [String]) async throws -> String {
        let run = try await CommandRun.run([BuiltProducts.trunks] + words + ["--help"], environment: [
            "HOME": NSTemporaryDirectory() + "trunks-table-home-\(getpid())", "LANG": "C.UTF-8", "COLUMNS": "200",
        ])
        #expect(run.status == 0, "\(words) --help: \(run.error)")
        return run.output
    }

    /// The subcommand names a `--help` lists under SUBCOMMANDS.
    static func subcommands(_ help: String) -> [String] {
        guard let list = help.components(separatedBy: "SUBCOMMANDS:").dropFirst().first else { return [] }
        return list.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { $0 != "See" && $0.allSatisfy { $0.isLowercase || $0 == "-" } }
    }

    @Test func everySubcommandHasARowAndEveryRowIsASubcommand() async throws {
        let rows = try Self.rows()
        #expect(rows.count >= 3, "the table is found")
        let top = Self.subcommands(try await Self.help([]))
        #expect(top.contains("list") && top.contains("show"), "\(top)")
        for name in top {
            #expect(rows.contains { $0.path.first == name }, "trunks \(name) has no row in the README's command table")
        }
        for row in rows {
            #expect(top.contains(row.path.first ?? ""), "\(row.path) is not a subcommand of trunks")
            let children = row.path.count > 1 ? Self.subcommands(try await Self.help([row.path[0]])) : []
            if row.path.count > 1 { #expect(children.contains(row.path[1]), "\(row.path) is not a subcommand") }
        }
    }

    @Test func eachRowsOptionsAndExitStatusesAreThoseOfItsHelp() async throws {
        for row in try Self.rows() {
            let help = try await Self.help(row.path)
            for option in row.options {
                #expect(help.contains(option), "trunks \(row.path.joined(separator: " ")) --help lacks \(option)")
            }
            let exit = help.components(separatedBy: "Exit status:").dropFirst().first?
                .components(separatedBy: "\n\n").first?.split(whereSeparator: \.isWhitespace).joined(separator: " ") ?? ""
            #expect(!exit.isEmpty, "trunks \(row.path.joined(separator: " ")) --help states no exit status")
            for status in row.statuses {
                #expect(exit.hasPrefix("\(status) ") || exit.contains(", \(status) "),
                        "trunks \(row.path.joined(separator: " ")) --help does not state exit status \(status): \(exit)")
            }
        }
    }
}
