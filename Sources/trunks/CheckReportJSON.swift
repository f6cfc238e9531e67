import FoundationEssentials
import TrunkModel

/// `trunks check --output json`: one object per trunk (`trunk{id,name}`, `verdict`,
/// `refused_by`, `cli`, `checks[{rule,result,detail}]`), a top-level array when several.
enum CheckReportJSON {
    struct TrunkName: Encodable {
        var id: String
        var name: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
        }

        enum CodingKeys: String, CodingKey { case id, name }
    }

    struct Check: Encodable {
        var rule: String
        var result: String
        var detail: String
    }

    struct Object: Encodable {
        var trunk: TrunkName
        var verdict: String
        var refusedBy: [String]
        var cli: String?
        var checks: [Check]

        enum CodingKeys: String, CodingKey {
            case trunk, verdict, refusedBy = "refused_by", cli, checks
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(trunk, forKey: .trunk)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(refusedBy, forKey: .refusedBy)
            try container.encode(cli, forKey: .cli)
            try container.encode(checks, forKey: .checks)
        }

        init(_ report: CallCheck.Report) {
            trunk = TrunkName(id: report.trunkID, name: report.trunkName)
            verdict = report.verdict.rawValue
            refusedBy = report.refusedBy
            cli = report.cli
            checks = report.checks.map { Check(rule: $0.rule, result: $0.outcome.rawValue, detail: $0.detail) }
        }
    }

    /// The JSON text on one line, keys sorted; control characters in names stay JSON escapes
    /// (`TerminalSafeText.json`).
    static func text(_ reports: [CallCheck.Report], several: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let objects = reports.map(Object.init)
        let data = several || objects.count != 1 ? try encoder.encode(objects) : try encoder.encode(objects[0])
        return TerminalSafeText.json(String(decoding: data, as: UTF8.self))
    }
}
