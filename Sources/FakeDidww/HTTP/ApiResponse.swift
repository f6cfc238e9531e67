import FlyingFox
import Foundation

/// What an endpoint answers: a status and an optional JSON:API document.
struct ApiResponse: Sendable {
    var status: Int
    var document: JSONValue? = nil
    /// A document already encoded by the endpoint (which put `meta.api_version` in it itself).
    var encodedDocument: Data? = nil

    /// A small document (`data`, ...), to which `meta.api_version` is added on the way out.
    static func document(_ status: Int, _ members: [String: JSONValue]) -> ApiResponse {
        ApiResponse(status: status, document: .object(members))
    }

    /// A typed document, encoded now with sorted keys; it must carry its own `meta.api_version`.
    static func encoded(_ status: Int, _ document: some Encodable) -> ApiResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return ApiResponse(status: status, encodedDocument: (try? encoder.encode(document)) ?? Data("{}".utf8))
    }

    /// An errors document for one or more errors; the HTTP status is the first error's.
    static func errors(_ errors: [ApiError]) -> ApiResponse {
        ApiResponse(status: errors.first?.status ?? 400, document: .object(["errors": .array(errors.map(\.json))]))
    }

    /// 204 with an empty body.
    static let noContent = ApiResponse(status: 204)

    /// The FlyingFox response, with `meta.api_version` merged into the document's `meta`.
    func httpResponse(apiVersion: String) -> HTTPResponse {
        let statusCode = HTTPStatusCode(status, phrase: Self.phrase(for: status))
        if let encodedDocument {
            return HTTPResponse(statusCode: statusCode, headers: [.contentType: JSONAPIMediaType.name], body: encodedDocument)
        }
        guard case .object(var members)? = document else {
            return HTTPResponse(statusCode: statusCode)
        }
        var meta = members["meta"]?.objectValue ?? [:]
        meta["api_version"] = .string(apiVersion)
        members["meta"] = .object(meta)
        return HTTPResponse(
            statusCode: statusCode,
            headers: [.contentType: JSONAPIMediaType.name],
            body: JSONValue.object(members).encodedData())
    }

    private static func phrase(for status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 204: "No Content"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 406: "Not Acceptable"
        case 409: "Conflict"
        case 415: "Unsupported Media Type"
        case 422: "Unprocessable Content"
        default: "Status"
        }
    }
}
