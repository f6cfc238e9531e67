import FoundationEssentials
import TrunkModel

/// `:version VERSION`: switch the API version in place, for an account pinned to another one.
extension AppState {
    /// `:version` names the version in use; `:version VERSION` asks the runner to make every
    /// request from now on under it.
    mutating func versionCommand(_ argument: String) -> [Effect] {
        let wanted = argument.trimmingWhitespace()
        let others = APIVersion.allCases.map(\.rawValue).filter { $0 != apiVersion }
        guard !wanted.isEmpty else {
            message = StatusMessage("API \(apiVersion) (:version \(others.joined(separator: " or ")) switches)")
            return []
        }
        guard APIVersion(rawValue: wanted) != nil else {
            message = StatusMessage("No API version \(wanted): trunks speaks \(APIVersion.spokenList)", .error)
            return []
        }
        guard wanted != apiVersion else {
            message = StatusMessage("Already on API \(apiVersion)")
            return []
        }
        message = StatusMessage("Switching to API \(wanted)…")
        return [.switchAPIVersion(wanted)]
    }

    /// The runner's answer to `.switchAPIVersion`: on success the form rules and the header follow
    /// the new version and the list is read again under it, as `:refresh` does (pages still on
    /// their way under the old one are dropped with the load they belonged to).
    mutating func apiVersionSwitched(_ version: String, problem: String?) -> [Effect] {
        if let problem {
            message = StatusMessage("Still on API \(apiVersion): \(version) could not be used: \(problem)", .error)
            return []
        }
        guard let rules = TrunkRules.forVersion(version) else { return [] }
        apiVersion = version
        validator = TrunkValidator(rules: rules)
        message = StatusMessage("Switched to API \(version): the list is read again under its rules", .success)
        return refreshList()
    }
}

extension CommandLineCommand {
    /// `:version VERSION`: switch the API version in place (Tab completes the versions).
    public static let version = CommandLineCommand(
        "version", argument: "VERSION", help: "switch the API version in place and read the list again under it",
        completion: .words(APIVersion.allCases.map(\.rawValue)), leavesTheForm: true) { state, argument in
        state.versionCommand(argument)
    }
}
