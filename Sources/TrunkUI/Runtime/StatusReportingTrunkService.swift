import Foundation
import TrunkModel

/// A `TrunkService` that also tells the HTTP status the server answered each change with, so the
/// audit trail records what really came back (after retries), not what the reference documents.
///
/// Conformers implement the `answered…` methods; the plain `TrunkService` changes come free.
public protocol StatusReportingTrunkService: TrunkService {
    /// `update(id:body:)`, with the status of the answer.
    func answeredUpdate(id: String, body: Data) async throws -> (trunk: Trunk, status: Int)
    /// `create(body:)`, with the status of the answer.
    func answeredCreate(body: Data) async throws -> (trunk: Trunk, status: Int)
    /// `delete(id:)`; returns the status of the answer.
    func answeredDelete(id: String) async throws -> Int
    /// `regenerateCredentials(id:)`; returns the status of the answer.
    func answeredRegenerateCredentials(id: String) async throws -> Int
}

extension StatusReportingTrunkService {
    public func update(id: String, body: Data) async throws -> Trunk {
        try await answeredUpdate(id: id, body: body).trunk
    }

    public func create(body: Data) async throws -> Trunk {
        try await answeredCreate(body: body).trunk
    }

    public func delete(id: String) async throws {
        _ = try await answeredDelete(id: id)
    }

    public func regenerateCredentials(id: String) async throws {
        _ = try await answeredRegenerateCredentials(id: id)
    }
}
