import FoundationEssentials
import TrunkModel

/// A trunk in plain text for a ticket or an email (`y s`): its name and id, what its health
/// findings say, its destination policy in words, and the last call checked on it since the program started
/// with every rule. It never holds the SIP password, the Twilio account SID or the API key:
/// the call's SID is named, not written, and the rules never print one. Pure.
enum TrunkSummary {
    /// How many prefixes the destination policy names before "and N more".
    static let prefixesNamed = 20

    /// The summary of `trunk`, with `lastCheck` when a call was checked on it.
    static func text(of trunk: Trunk, lastCheck: CheckedCall?) -> String {
        var lines: [String] = []
        lines.append("Trunk: " + (trunk.name ?? "(no name)"))
        lines.append("ID: " + trunk.id)
        var facts: [String] = []
        if let status = trunk.status { facts.append("Status: " + status.label) }
        if let type = trunk.authenticationMethod?.type { facts.append("Authentication: " + type.label) }
        if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }

        lines.append("")
        let findings = TrunkHealth.findings(trunk)
        lines.append(findings.isEmpty ? "Health: nothing to report." : "Health:")
        lines += findings.map { "- " + $0.text + ($0.isProblem ? "" : " (to know)") }

        lines.append("")
        if trunk.defaultDstAction?.isKnown == true {
            lines.append("Destinations: " + PrefixPolicy(trunk: trunk).summary(naming: prefixesNamed) + ".")
        } else {
            lines.append("Destinations: the default destination action is not known.")
        }

        if let lastCheck {
            lines.append("")
            lines.append("Call checked (this run): " + callWords(lastCheck.call))
            lines.append(CallCheckText.mark(lastCheck.report.verdict) + " " + lastCheck.report.summary)
            lines += CallCheckText.ruleLines(lastCheck.report).map { "  " + $0.0 }
            lines.append("  " + CallCheckText.carriedCLI(lastCheck.report))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What was known about the call, in words; a Twilio account SID is named, never written.
    static func callWords(_ call: CallCheck.Call) -> String {
        var parts: [String] = []
        parts.append("number " + (call.number.isEmpty ? "not given" : call.number))
        if let ip = call.sourceIP { parts.append("from " + ip) }
        if let user = call.username { parts.append("SIP username " + user) }
        if call.twilioAccountSid != nil { parts.append("a Twilio account SID (not written here)") }
        if let cli = call.cli { parts.append("CLI " + cli) }
        if let media = call.mediaIP { parts.append("media from " + media) }
        if call.emergency { parts.append("an emergency call") }
        return parts.joined(separator: ", ")
    }
}
