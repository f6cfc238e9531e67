import DidwwClient
import FoundationEssentials
import TrunkModel
import TrunkUI

/// Finds the one trunk `trunks show` names, by id or exact name, and reads its document with its
/// DIDs and emergency DIDs. Several trunks of that name, or none, end the command with status 2.
struct ShownTrunk {
    var trunk: Trunk
    /// The document exactly as the server sent it (secrets included: mask before printing).
    var document: Data

    /// The trunk `wanted` names, read through `service`.
    static func read(_ wanted: String, service: any TrunkService) async throws -> ShownTrunk {
        let id = try await id(of: wanted, service: service)
        let document = try await service.trunkDocument(id: id)
        return ShownTrunk(trunk: try TrunkDocuments.decodeSingle(document), document: document)
    }

    /// The id of the trunk with id `wanted`, else of the one trunk named exactly `wanted`.
    private static func id(of wanted: String, service: any TrunkService) async throws -> String {
        if UUID(uuidString: wanted) != nil {
            do { return try await service.trunk(id: wanted).id } catch DidwwError.notFound {}
        }
        let found = try await service.findTrunks(named: wanted)
        let exact = found.filter { $0.name == wanted }
        if exact.count == 1 { return exact[0].id }
        let shown = TerminalSafeText.line(wanted)
        if exact.count > 1 {
            throw CommandFailure(message: "Several trunks are named \(shown); show one by its id:\n" + listing(exact),
                                 status: CommandExit.usage)
        }
        if !found.isEmpty {
            throw CommandFailure(message: "No trunk is named \(shown). Names containing it:\n" + listing(found),
                                 status: CommandExit.usage)
        }
        throw CommandFailure(message: "No trunk has the id or name \(shown).", status: CommandExit.usage)
    }

    /// "  id  name" lines.
    private static func listing(_ trunks: [Trunk]) -> String {
        trunks.map { "  \($0.id)  \(TerminalSafeText.line($0.name ?? "—"))" }.joined(separator: "\n")
    }
}
