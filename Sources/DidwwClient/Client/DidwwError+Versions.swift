import FoundationEssentials
import TrunkModel

extension DidwwError {
    /// What to say when the server served `served` instead of `requested`, and what to change.
    static func versionMismatchMessage(requested: String, served: String) -> String {
        let why: String
        if served > requested {
            why = "this account is pinned to \(served), and DIDWW ignores a request for an older version"
        } else {
            why = "the server does not offer \(requested) (yet)"
        }
        let known = APIVersion(rawValue: served) != nil
        let change = known
            ? "Switch now with :version \(served), or start trunks with --api-version \(served) "
                + "(or set api_version: \(served) in your profile)."
            : "trunks speaks \(APIVersion.spokenList) only; change the account's version in the DIDWW panel."
        return "The server answered with API version \(served), but trunks asked for \(requested): \(why). "
            + "trunks did not use the answer. " + change
    }

    /// The token service's refusal in plain words.
    static func tokenServiceMessage(status: Int, code: String, description: String) -> String {
        let detail = description.isEmpty ? "" : ": \(description)"
        switch (status, code) {
        case (401, _):
            return "The token service refused the API key (401 \(code)\(detail)). Check DIDWW_API_KEY: sandbox and production keys differ, and the key's IP allowlist must include this machine."
        case (429, _):
            return "The token service is limiting requests (429 \(code)). Wait a moment and try again."
        case (400, "invalid_scope"):
            return "The token service refused the scope (400 invalid_scope\(detail))."
        case (200..<300, _):
            return "The token service's answer could not be read (\(code)\(detail))."
        default:
            return "The token service answered \(status) (\(code)\(detail))."
        }
    }

    /// A 403 explained: a read-only token, the Outbound API not enabled (2026-11-19), or no outbound plan.
    static func forbiddenMessage(apiVersion: String, errors: [APIError]) -> String {
        let text = errors.map(\.message).joined(separator: " ").lowercased()
        if text.contains("scope") {
            return "Access denied (403): the token only allows reading (scope read), so the server refused the change."
        }
        let rules = TrunkRules.forVersion(apiVersion) ?? .v20260416
        return "Access denied (403): " + rules.forbiddenExplanation
    }

    /// The errors' messages as " (a; b)", or nothing when there are none.
    static func parenthesized(_ errors: [APIError]) -> String {
        let messages = errors.map(\.message).filter { !$0.isEmpty }
        return messages.isEmpty ? "" : " (" + messages.joined(separator: "; ") + ")"
    }
}
