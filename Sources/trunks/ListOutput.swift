import FoundationEssentials
import ScreenKit
import TrunkModel
import TrunkUI

/// The text `trunks list` prints for its trunks, in each `--output` format.
enum ListOutput {
    /// The `--output` formats.
    enum Format: String, CaseIterable {
        case table, json, jsonl, csv, tsv
    }

    /// A table fitted to `width` columns: headings, then one row per trunk. The rightmost
    /// columns are left out while the rest would not fit with the name cut to 12 columns, then
    /// the name is cut (with "…") only as far as needed. Every cell is one terminal-safe line; `styled` adds a bold heading and red "Blocked".
    /// The column that shows the sort key is headed by it with "▲" or "▼", as in the list pane.
    /// With `reasons` (one per trunk), a last column headed "matched" says what each trunk was
    /// found by when it is not its name; it is kept, as the name is, while other columns give way.
    static func table(_ trunks: [Trunk], columns: [ListOutputColumn], sort: ListSort = ListSort(by: nil, descending: false),
                      width: Int, styled: Bool, reasons: [String?]? = nil) -> [String] {
        var cells = trunks.map { trunk in columns.map { TerminalSafeText.line($0.cell(trunk)) } }
        var headings = ListOutputColumn.headings(columns, sortedBy: sort)
        var kept: Int?
        if let reasons, reasons.contains(where: { $0 != nil }) {
            for index in cells.indices { cells[index].append(TerminalSafeText.line(reasons[index] ?? "")) }
            headings.append("matched")
            kept = headings.count - 1
        }
        let columnCount = headings.count
        var widths = (0..<columnCount).map { index in
            cells.reduce(DisplayWidth.of(headings[index])) { max($0, DisplayWidth.of($1[index])) }
        }
        var shown = Array(0..<columnCount)
        let name = columns.firstIndex(of: .name)
        let least = name.map { min(widths[$0], 12) } ?? 0
        func total() -> Int { shown.reduce(0) { $0 + widths[$1] } + max(0, shown.count - 1) * 2 }
        func excess() -> Int { total() - (name.map { widths[$0] - least } ?? 0) - width }
        while shown.count > (kept == nil ? 1 : 2), excess() > 0 {
            shown.remove(at: shown.lastIndex { $0 != name && $0 != kept } ?? shown.count - 1)
        }
        if let name, total() > width { widths[name] = max(least, widths[name] - (total() - width)) }
        if total() > width, let only = shown.first { widths[only] = max(1, width) }
        let bold = styled ? ("\u{1b}[1m", "\u{1b}[0m") : ("", "")
        let heading = shown.map { DisplayWidth.pad(headings[$0], to: widths[$0]) }.joined(separator: "  ")
        var lines = [bold.0 + trimmed(heading) + bold.1]
        for row in cells {
            let line = shown.map { index -> String in
                let text = DisplayWidth.pad(row[index], to: widths[index])
                guard styled, index < columns.count, columns[index] == .status, row[index] == "Blocked" else { return text }
                return "\u{1b}[31m" + text + "\u{1b}[0m"
            }.joined(separator: "  ")
            lines.append(trimmed(line))
        }
        return lines
    }

    /// CSV (RFC 4180 quoting, one record per line ending in LF): a header of column names, then
    /// the values as the API spells them. A value holding a comma, a quote, a CR or an LF is
    /// quoted, its quotes doubled; text is UTF-8 without a byte-order mark.
    static func csv(_ trunks: [Trunk], columns: [ListOutputColumn]) -> String {
        let header = columns.map(\.rawValue).joined(separator: ",")
        let rows = trunks.map { trunk in columns.map { csvField($0.value(trunk)) }.joined(separator: ",") }
        return ([header] + rows).map { $0 + "\n" }.joined()
    }

    /// One CSV field: quoted when it must be.
    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    /// TSV: a header of column names, then one line per trunk; a backslash, tab, LF or CR inside
    /// a value is written `\\`, `\t`, `\n`, `\r`, so that each line is one trunk.
    static func tsv(_ trunks: [Trunk], columns: [ListOutputColumn]) -> String {
        let header = columns.map(\.rawValue).joined(separator: "\t")
        let rows = trunks.map { trunk in columns.map { tsvField($0.value(trunk)) }.joined(separator: "\t") }
        return ([header] + rows).map { $0 + "\n" }.joined()
    }

    /// One TSV field with its backslash escapes.
    static func tsvField(_ value: String) -> String {
        var field = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": field += "\\\\"
            case "\t": field += "\\t"
            case "\n": field += "\\n"
            case "\r": field += "\\r"
            default: field.unicodeScalars.append(scalar)
            }
        }
        return field
    }

    /// `--output json`: one array of `ListTrunkJSON` objects, on one line.
    static func json(_ trunks: [Trunk]) throws -> String {
        try encoded(trunks.map(ListTrunkJSON.init))
    }

    /// `--output jsonl`: one `ListTrunkJSON` object per line (nothing at all for no trunks).
    static func jsonLines(_ trunks: [Trunk]) throws -> [String] {
        try trunks.map { try encoded(ListTrunkJSON($0)) }
    }

    private static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return TerminalSafeText.json(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    private static func trimmed(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }
}

/// One trunk in `trunks list --output json` and `jsonl`: always every key, null when the API
/// gave no value; names as the API spells them (docs/json-output.md).
struct ListTrunkJSON: Encodable {
    var trunk: Trunk

    init(_ trunk: Trunk) { self.trunk = trunk }

    enum CodingKeys: String, CodingKey {
        case id, name, status, authenticationType = "authentication_type", allowedSipIps = "allowed_sip_ips"
        case thresholdAmount = "threshold_amount", spentAmount = "spent_amount", thresholdReached = "threshold_reached"
        case capacityLimit = "capacity_limit", mediaEncryptionMode = "media_encryption_mode"
        case externalReferenceId = "external_reference_id", createdAt = "created_at"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(trunk.id, forKey: .id)
        try container.encode(trunk.name, forKey: .name)
        try container.encode(trunk.status?.rawValue, forKey: .status)
        try container.encode(trunk.authenticationMethod?.type.rawValue, forKey: .authenticationType)
        try container.encode(trunk.authenticationMethod?.allowedSipIps, forKey: .allowedSipIps)
        try container.encode(trunk.thresholdAmount, forKey: .thresholdAmount)
        try container.encode(trunk.spentAmount, forKey: .spentAmount)
        try container.encode(trunk.thresholdReached, forKey: .thresholdReached)
        try container.encode(trunk.capacityLimit, forKey: .capacityLimit)
        try container.encode(trunk.mediaEncryptionMode?.rawValue, forKey: .mediaEncryptionMode)
        try container.encode(trunk.externalReferenceId, forKey: .externalReferenceId)
        try container.encode(trunk.createdAt, forKey: .createdAt)
    }
}
