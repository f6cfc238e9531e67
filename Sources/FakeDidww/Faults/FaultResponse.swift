import FlyingFox
import Foundation

/// The answers a fault produces, either instead of the real answer or made from it.
enum FaultResponse {
    /// The answer of a fault that stops the request before the API acts on it.
    static func instead(of fault: FaultKind, apiVersion: String = "") -> HTTPResponse {
        switch fault {
        case let .status(code, retryAfter):
            let error = ApiError(status: code, code: String(code), title: title(code), detail: "injected fault")
            var response = ApiResponse.errors([error]).httpResponse(apiVersion: apiVersion)
            if let retryAfter { response.headers[HTTPHeader("Retry-After")] = String(retryAfter) }
            return response
        case let .htmlErrorPage(code):
            let page = "<html><head><title>\(code) \(title(code))</title></head><body><center><h1>\(code) \(title(code))</h1></center><hr><center>nginx</center></body></html>\n"
            return HTTPResponse(statusCode: HTTPStatusCode(code, phrase: title(code)),
                                headers: [.contentType: "text/html"], body: Data(page.utf8))
        case .resetBeforeBody:
            return DroppedConnection.response
        case .delay, .closeMidBody, .malformedJSON, .statusAfterActing, .resetAfterActing, .misstatedTotal:
            return HTTPResponse(statusCode: .internalServerError)
        }
    }

    /// The real answer spoiled by a fault that lets the API act first (delay, broken body).
    static func after(_ fault: FaultKind, _ answer: HTTPResponse, apiVersion: String = "") async -> HTTPResponse {
        let body = (try? await answer.bodyData) ?? Data()
        switch fault {
        case let .delay(milliseconds):
            try? await Task.sleep(for: .milliseconds(milliseconds))
            return HTTPResponse(statusCode: answer.statusCode, headers: answer.headers, body: body)
        case .closeMidBody:
            return HTTPResponse(statusCode: answer.statusCode, headers: answer.headers, body: TruncatedBody.sequence(for: body))
        case .malformedJSON:
            let broken = Data(body.prefix(max(1, body.count / 2))) + Data("\u{0}<<".utf8)
            return HTTPResponse(statusCode: answer.statusCode, headers: answer.headers, body: broken)
        case let .statusAfterActing(code):
            return instead(of: .status(code, retryAfter: nil), apiVersion: apiVersion)
        case .resetAfterActing:
            return DroppedConnection.response
        case let .misstatedTotal(total):
            return HTTPResponse(statusCode: answer.statusCode, headers: answer.headers, body: claiming(total, in: body))
        case .status, .htmlErrorPage, .resetBeforeBody:
            return instead(of: fault, apiVersion: apiVersion)
        }
    }

    /// `body` with `meta.total_records` set to `total`; unchanged when it has no such member
    /// (errors, single resources).
    private static func claiming(_ total: Int, in body: Data) -> Data {
        guard var document = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
              var meta = document["meta"] as? [String: Any], meta["total_records"] != nil else { return body }
        meta["total_records"] = total
        document["meta"] = meta
        return (try? JSONSerialization.data(withJSONObject: document)) ?? body
    }

    private static func title(_ code: Int) -> String {
        switch code {
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Error"
        }
    }
}

extension ApiRoute {
    /// The endpoint name fault rules use; nil for unknown routes.
    var faultEndpoint: FaultEndpoint? {
        switch self {
        case .listTrunks: .list
        case .showTrunk: .show
        case .createTrunk: .create
        case .updateTrunk: .update
        case .deleteTrunk: .delete
        case .regenerateCredentials: .regenerate
        case .listDids, .methodNotAllowed, .notFound: nil
        }
    }
}
