import FlyingFox
import Foundation

/// The one FlyingFox handler of the fake server: logs the request, checks the API key and the
/// JSON:API headers, routes to an endpoint, waits the configured latency, then answers.
struct ApiRequestHandler: HTTPHandler {
    let context: ServerContext

    private static let apiKeyHeader = HTTPHeader("Api-Key")
    private static let acceptHeader = HTTPHeader("Accept")
    private static let versionHeader = HTTPHeader("X-DIDWW-API-Version")

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        defer { context.requestLog.markAnswered() }
        let rawPath = request.target.path()
        let rawQuery = request.target.query()
        if ControlEndpoint.handles(rawPath) {
            let body = (try? await request.bodyData) ?? Data()
            return ControlEndpoint(context: context).respond(to: request, rawPath: rawPath, body: body)
        }
        let method = request.method.rawValue.uppercased()
        let fault = ApiRoute(method: method, path: rawPath.removingPercentEncoding ?? rawPath).faultEndpoint
            .flatMap { context.faults.take(method: method, endpoint: $0) }
        if fault == .resetBeforeBody {
            // The request is logged as it arrived: its body was never read.
            context.requestLog.record(LoggedRequest(method: request.method.rawValue, path: rawPath, query: rawQuery,
                                                    body: "", fault: fault?.spec))
            return FaultResponse.instead(of: .resetBeforeBody)
        }
        let body = (try? await request.bodyData) ?? Data()
        let served = ApiVersionPolicy.served(requested: request.headers[Self.versionHeader], pinned: context.config.apiVersion)
        let version = (try? served.get()) ?? context.config.apiVersion
        context.requestLog.record(LoggedRequest(
            method: request.method.rawValue, path: rawPath, query: rawQuery,
            body: String(decoding: body, as: UTF8.self), fault: fault?.spec))
        // Received (and logged), answered once the account is seeded.
        await context.seeding.wait()
        if let fault, !fault.actsOnRequest {
            return FaultResponse.instead(of: fault, apiVersion: version)
        }
        let delay = context.latencyMilliseconds
        if rawPath == "/token" {
            if delay > 0 { try? await Task.sleep(for: .milliseconds(delay)) }
            return TokenEndpoint(context: context).respond(method: request.method.rawValue, headers: request.headers, body: body)
        }
        let response: ApiResponse
        switch served {
        case .failure(let error): response = .errors([error])
        case .success(let version): response = respond(to: request, rawPath: rawPath, rawQuery: rawQuery, body: body, version: version)
        }
        if delay > 0 {
            try? await Task.sleep(for: .milliseconds(delay))
        }
        let answer = response.httpResponse(apiVersion: version)
        guard let fault else { return answer }
        return await FaultResponse.after(fault, answer, apiVersion: version)
    }

    private func respond(to request: HTTPRequest, rawPath: String, rawQuery: String, body: Data, version: String) -> ApiResponse {
        if let refusal = RequestAuthenticator(context: context).refusal(
            headers: request.headers, method: request.method.rawValue, servedVersion: version) {
            return .errors([refusal])
        }
        guard JSONAPIMediaType.acceptIsSatisfiable(request.headers[Self.acceptHeader]) else {
            return .errors([.notAcceptable])
        }
        let method = request.method.rawValue.uppercased()
        let contentType = request.headers[.contentType]
        let sendsBody = ["POST", "PATCH", "PUT"].contains(method) && !body.isEmpty
        if JSONAPIMediaType.hasParameters(contentType) || (sendsBody && !JSONAPIMediaType.isBareJSONAPI(contentType)) {
            return .errors([.unsupportedMediaType])
        }
        let path = rawPath.removingPercentEncoding ?? rawPath
        let route = ApiRoute(method: method, path: path)
        let query = QueryParameters(rawQuery: rawQuery)
        let endpoints = TrunkEndpoints(context: context, query: query, apiVersion: version)
        do throws(ApiError) {
            try checkParameters(query, for: route)
            switch route {
            case .listTrunks: return try endpoints.list()
            case .showTrunk(let id): return try endpoints.show(id: id)
            case .createTrunk: return try endpoints.create(body: body)
            case .updateTrunk(let id): return try endpoints.update(id: id, body: body)
            case .deleteTrunk(let id): return endpoints.delete(id: id)
            case .regenerateCredentials: return endpoints.regenerateCredentials(body: body)
            case .listDids: return try DidEndpoints(context: context, query: query, apiVersion: version).list()
            case .methodNotAllowed: return .errors([.methodNotAllowed(method, path)])
            case .notFound: return .errors([.routeNotFound(path)])
            }
        } catch {
            return .errors([error])
        }
    }

    private func checkParameters(_ query: QueryParameters, for route: ApiRoute) throws(ApiError) {
        guard route != .notFound, route != .methodNotAllowed else { return }
        for (name, _) in query.items {
            let family = QueryParameters.family(of: name)?.family
            let accepted = route.acceptedQueryParameters
            let allowed = family.map { ["filter", "page", "fields"].contains($0) && accepted.contains($0) }
                ?? (["sort", "include"].contains(name) && accepted.contains(name))
            guard allowed else { throw .paramNotAllowed(name) }
        }
    }
}
