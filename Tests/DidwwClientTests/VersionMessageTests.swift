import DidwwClient
import Testing
import TrunkModel

/// What the user reads when versions disagree or access is denied: what happened and what to change.
@Suite("Version and access messages")
struct VersionMessageTests {
    @Test("each mismatch says what the server answered and what to change", arguments: [
        ("2026-04-16", "2026-11-19", ["pinned to 2026-11-19", "Switch now with :version 2026-11-19", "--api-version 2026-11-19"]),
        ("2026-11-19", "2026-04-16", ["does not offer 2026-11-19", "Switch now with :version 2026-04-16", "--api-version 2026-04-16"]),
        ("2026-04-16", "2027-03-01", ["pinned to 2027-03-01", "trunks speaks 2026-04-16 or 2026-11-19 only"]),
    ])
    func mismatch(requested: String, served: String, phrases: [String]) {
        let message = DidwwError.apiVersionMismatch(requested: requested, served: served).userMessage
        #expect(message.hasPrefix("The server answered with API version \(served), but trunks asked for \(requested)"))
        for phrase in phrases {
            #expect(message.contains(phrase), "\(message)")
        }
    }

    @Test func a403IsExplainedByTheVersionInUse() {
        let old = DidwwError.forbidden(apiVersion: "2026-04-16", errors: []).userMessage
        let new = DidwwError.forbidden(apiVersion: "2026-11-19", errors: []).userMessage
        #expect(old == "Access denied (403): the account may lack the outbound feature, or the key is read-only.")
        #expect(new.hasPrefix("Access denied (403): the Outbound API is not enabled for this account."))
        #expect(new.contains("enable it in the DIDWW user panel or ask DIDWW support"))
    }
}
