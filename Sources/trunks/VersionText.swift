import DidwwClient
import TrunkModel

/// What `trunks --version` prints: the version of trunks and the DIDWW API versions it speaks.
enum VersionText {
    static var text: String {
        let versions = APIVersion.allCases.map { $0 == .standard ? "\($0.rawValue) (default)" : $0.rawValue }
        return "trunks \(DidwwClient.version)\nDIDWW API versions: \(versions.joined(separator: ", "))"
    }
}
