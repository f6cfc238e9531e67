import ArgumentParser
import FoundationEssentials
import TrunkModel
import TrunkUI

/// `trunks set NAME|ID field=value …`: changes fields of one trunk as the form would, with its
/// review, the read-again check before sending and an audit line.
struct SetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change fields of one trunk, or of every trunk a filter matches: checked as the form checks them, reviewed, then sent as sparse PATCHes.",
        usage: """
        trunks (--demo | --sandbox | --production | --base-url URL | --profile NAME) set NAME|ID field=value…
                 [--dry-run] [--yes] [--ticket T] [--reason R]
        trunks (--demo | --sandbox | --production | --base-url URL | --profile NAME) set --all-matching FILTER field=value…
                 [--output text|json] [--dry-run] [--yes] [--ticket T] [--reason R]
        """,
        discussion: """
        Fields by API name or by their label in the form, in any case: rtp_timeout=60, \
        status=blocked, dst_prefixes=44,4420, authentication_method.allowed_sip_ips=203.0.113.0/24 \
        (or allowed_sip_ips=…), "RTP timeout=60". Lists are split on commas and spaces; field= or \
        field=null empties a field the form lets you empty; toggles take yes/no, true/false, on/off. \
        Settable fields: \(FieldAssignment.settableKeys.map(\.rawValue).joined(separator: ", ")).

        Every value is checked with the form's rules before anything is sent. The review (old → new \
        and the exact PATCH body, secrets masked) is printed, then "Send? [y/N]" is asked on the \
        terminal (a change that blocks the trunk asks for the word block). Just before sending, the \
        trunk is read again: if someone changed a field you change, nothing is sent. Each change \
        sent writes an audit line (trunks audit) with --ticket and --reason.

        \(RunbookOptions.allMatching) A value is checked for each trunk against its own \
        authentication method, as the form would check it.

        \(RunbookOptions.exitStatuses)
        """)

    @OptionGroup var target: ChangeTarget
    @Argument(help: ArgumentHelp("The fields to change, each as field=value.", valueName: "field=value"),
              completion: .list(FieldAssignment.settableKeys.map { $0.rawValue + "=" }))
    var assignments: [String] = []

    /// The trunk named, and the field=value words: with --all-matching the first word is an
    /// assignment too (one without = is a trunk given as well, a usage error).
    var given: (trunk: String?, assignments: [String]) {
        guard target.allMatching.filter != nil, let first = target.trunk, first.contains("=") else { return (target.trunk, assignments) }
        return (nil, [first] + assignments)
    }

    func validate() throws {
        try target.allMatching.validate(trunk: given.trunk != nil)
        guard !given.assignments.isEmpty else { throw ValidationError("Give at least one field=value, e.g. rtp_timeout=60.") }
        _ = try Self.parse(given.assignments)
    }

    /// The assignments, each field once (a usage error otherwise).
    static func parse(_ arguments: [String]) throws -> [FieldAssignment] {
        var parsed: [FieldAssignment] = []
        for argument in arguments {
            let assignment: FieldAssignment
            do { assignment = try FieldAssignment(parsing: argument) } catch {
                throw ValidationError(TerminalSafeText.line(error.description))
            }
            if parsed.contains(where: { $0.key == assignment.key }) {
                throw ValidationError("\(assignment.key.rawValue) is given twice.")
            }
            parsed.append(assignment)
        }
        return parsed
    }

    func run() async throws {
        let parsed = try Self.parse(given.assignments)
        if let filter = target.allMatching.filter {
            try await runAllMatching(filter, parsed)
            return
        }
        let change = RunbookChange(command: "set", trunk: given.trunk ?? "", connection: target.connection, profile: target.profileChoice.profile,
                                   options: target.runbook)
        try await change.run(check: { validator in Self.parseErrors(parsed, validator) }) { base, validator in
            var draft = base
            for assignment in parsed {
                guard case .success(let value) = assignment.value(with: validator) else { continue }
                draft.set(assignment.key, value)
            }
            let refusals = Self.unchangeable(parsed, base: base, draft: draft)
            return refusals.isEmpty ? .draft(draft, notes: []) : .refused(refusals)
        }
    }

    /// The same values for every trunk `filter` matches; a trunk they are not valid for (a field
    /// the form would not offer it, a value its rules refuse) is named and not sent.
    private func runAllMatching(_ filter: String, _ parsed: [FieldAssignment]) async throws {
        let change = AllMatchingChange(command: "set", filter: filter, connection: target.connection, profile: target.profileChoice.profile,
                                       options: target.runbook, format: target.allMatching.output)
        let edit = { (validator: TrunkValidator) -> BulkEdit in
            var values: [FieldKey: FieldValue] = [:]
            for assignment in parsed {
                if case .success(let value) = assignment.value(with: validator) { values[assignment.key] = value }
            }
            return .fields(values)
        }
        try await change.run(check: { validator in Self.parseErrors(parsed, validator) }, edit: edit) { base, draft, _ in
            let refusals = Self.unchangeable(parsed, base: base, draft: draft)
            return refusals.isEmpty ? nil : refusals.joined(separator: "; ")
        }
    }

    /// The fields this trunk does not let be set, as the form would not offer them: the
    /// authentication of an IP-only trunk, and fields of another authentication method.
    static func unchangeable(_ parsed: [FieldAssignment], base: Trunk, draft: Trunk) -> [String] {
        let form = FormState(trunk: base, returnPane: .list)
        let type = draft.authenticationMethod?.type
        return parsed.compactMap { assignment in
            let field = FieldTable.field(assignment.key)
            let name = "\(assignment.key.rawValue) (\(field.label)): "
            if !form.isEditable(assignment.key) {
                return name + "the authentication of an IP-only trunk is set by DIDWW support"
            }
            if !field.applies(to: type) {
                return name + "not used by a trunk whose authentication method is \(type?.label ?? "not set")"
            }
            return nil
        }
    }

    /// The values the form's parser refuses, and the list items its list editor would refuse,
    /// one line each.
    static func parseErrors(_ parsed: [FieldAssignment], _ validator: TrunkValidator) -> [String] {
        parsed.flatMap { assignment -> [String] in
            let field = FieldTable.field(assignment.key)
            let name = "\(assignment.key.rawValue) (\(field.label)): "
            switch assignment.value(with: validator) {
            case .failure(let issue):
                let got = field.isSecret ? "" : " (got \(TerminalSafeText.line(assignment.text)))"
                return [name + issue.message + got]
            case .success(let value):
                return value.items.compactMap { validator.itemIssue($0, for: assignment.key).map { name + TerminalSafeText.line($0.message) } }
            }
        }
    }
}
