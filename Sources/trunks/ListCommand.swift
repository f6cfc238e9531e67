import ArgumentParser
import FoundationEssentials
import TrunkModel
import TrunkUI

/// `trunks list`: the account's trunks, filtered and sorted as the list pane does, as a table for
/// people or as JSON, JSON Lines, CSV or TSV for scripts. Only reads.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the account's trunks: filtered and sorted as in the list, as a table, JSON, JSON Lines, CSV or TSV.",
        usage: """
        trunks (--demo | --sandbox | --production | --base-url URL | --profile NAME) list
                 [--filter 'status:blocked name:"…" words…'] [--sort COLUMN] [--reverse]
                 [--columns COLUMN,…] [--output table|json|jsonl|csv|tsv]
        """,
        discussion: """
        --filter takes the / filter's language: key:value tokens (status: auth: enc: reached: cli: \
        dst: anycli: ref: name: id:) are sent to the server as filter[...]; free words must each \
        match the name, id, reference, an address or a prefix. Every page is read; --sort sorts as \
        the list does (equal keys by name, then id). The table is cut to the terminal's width \
        (COLUMNS, else 80 when not a terminal); csv, tsv and json carry the values as the API \
        spells them (schemas: docs/json-output.md). The data goes to standard output, messages to \
        standard error; the key comes from DIDWW_API_KEY or the profile, never the command line.
        Exit status: 0 done (also when nothing matches), 2 usage error (an unknown filter token, \
        sort column or column), 4 network or API error.
        """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var profileChoice: ProfileChoice

    @Option(help: ArgumentHelp("Only the trunks matching this filter line (as typed after / in the list).", valueName: "filter"))
    var filter: String?
    @Option(help: ArgumentHelp("Sort by \(ListColumn.allCases.map(\.commandWord).joined(separator: ", ")) (default: the server's order).",
                               valueName: "column"),
            completion: .list(ListColumn.allCases.map(\.commandWord)))
    var sort: String?
    @Flag(help: "Reverse the order (by name when no --sort is given).")
    var reverse = false
    @Option(help: ArgumentHelp("Columns to print, comma-separated: \(ListOutputColumn.names) (table, csv and tsv).",
                               valueName: "column,…"),
            completion: .custom { _, _, prefix in ListCommand.columnCompletions(prefix) })
    var columns: String?
    @Option(help: ArgumentHelp("table (for people), json (one array), jsonl (one object per line), csv or tsv.",
                               valueName: "table|json|jsonl|csv|tsv"))
    var output: ListOutput.Format = .table

    func validate() throws {
        if let sort, ListColumn(word: sort) == nil {
            throw ValidationError("--sort: \(TerminalSafeText.line(sort)) is not a column (sort by \(ListColumn.allCases.map(\.commandWord).joined(separator: ", "))).")
        }
        if let columns { _ = try ListOutputColumn.parse(columns) }
        let problems = FilterQuery.parse(filter ?? "").problems
        if !problems.isEmpty { throw ValidationError("--filter: " + problems.joined(separator: "; ")) }
        try connection.validateEndpointChoice()
    }

    /// The order asked for: `--sort`, and `--reverse` (by name when no column is given).
    var listSort: ListSort {
        let column = sort.flatMap(ListColumn.init(word:)) ?? (reverse ? .name : nil)
        return ListSort(by: column, descending: reverse)
    }

    func run() async throws {
        let query = FilterQuery.parse(filter ?? "")
        let connection = try await ReadConnection.open(connection, profile: profileChoice.profile)
        let progress = ProgressLine()
        let read = try await connection.reading(progress) {
            try await connection.everyTrunk(ServerQuery(filters: query.serverFilters), progress: progress)
        }
        var list = TrunkList(read)
        let trunks = list.matching(query, sort: listSort).map { list[$0] }
        let chosen = try columns.map(ListOutputColumn.parse)
        let terminal = OutputTerminal.stdoutIsTerminal
        switch output {
        case .table:
            let styled = terminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            let reasons = query.namesWhatMatched ? trunks.map(query.reasonLabel(for:)) : nil
            ListOutput.table(trunks, columns: chosen ?? ListOutputColumn.tableDefault, sort: listSort, width: OutputTerminal.width(),
                             styled: styled, reasons: reasons).forEach { print($0) }
            if trunks.isEmpty { Console.error("No trunk matches.") }
        case .json: print(try ListOutput.json(trunks))
        case .jsonl: try ListOutput.jsonLines(trunks).forEach { print($0) }
        case .csv: write(ListOutput.csv(trunks, columns: chosen ?? ListOutputColumn.dataDefault), safe: terminal)
        case .tsv: write(ListOutput.tsv(trunks, columns: chosen ?? ListOutputColumn.dataDefault), safe: terminal)
        }
    }

    /// Writes `text` as it is, or with control characters as visible escapes on a terminal.
    private func write(_ text: String, safe: Bool) {
        StandardStreams.output(safe ? TerminalSafeText.lines(text) : text)
    }

    /// Completions of a `--columns` word: the columns not yet named, after those typed.
    static func columnCompletions(_ prefix: String) -> [String] {
        let typed = prefix.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let done = typed.dropLast()
        let stem = done.isEmpty ? "" : done.joined(separator: ",") + ","
        return ListOutputColumn.allCases.map(\.rawValue)
            .filter { !done.contains($0) && $0.hasPrefix(typed.last ?? "") }
            .map { stem + $0 }
    }
}

extension ListOutput.Format: ExpressibleByArgument {}
