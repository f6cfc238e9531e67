import DidwwClient
import TrunkModel

/// What `trunks --version` prints: the version of trunks and the DIDWW API versions it speaks.
enum VersionText {
    static var text: String {
        let versions = APIVersion.allCases.map { $0 == .standard ? "\($0.rawValue) (default)" : $0.rawValue }
        let build = DemoBuild.included ? "" : " (no demo)"
        return "trunks \(DidwwClient.version)\(build)\nDIDWW API versions: \(versions.joined(separator: ", "))"
    }
}
