import FlyingFox
import Foundation

/// `POST /token` of the 2026-11-19 token service: the `Api-Key` of the account, a JSON body with
/// `aud` (required), `scope` (`full` or `read`), `api_version`, `expires_in` (default 900, clamped
/// to 60–3600); OAuth-style errors (`{"error", "error_description"}`: 400, 401, 429 with `Retry-After`).
struct TokenEndpoint {
    let context: ServerContext

    /// The hosts a token may be minted for.
    static let audiences: Set<String> = ["api.didww.com", "api-vin.didww.com", "api-vout.didww.com", "api-sms.didww.com"]

    private static let apiKeyHeader = HTTPHeader("Api-Key")

    /// Answers one request to `/token`.
    func respond(method: String, headers: HTTPHeaders, body: Data) -> HTTPResponse {
        guard method.uppercased() == "POST" else {
            return Self.failure(405, "invalid_request", "the token service takes POST only")
        }
        guard headers[Self.apiKeyHeader] == context.config.apiKey else {
            return Self.failure(401, "invalid_client", "missing or invalid Api-Key")
        }
        if let retryAfter = context.tokens.takeRateLimit() {
            return Self.failure(429, "rate_limit_exceeded", "too many token requests",
                                extraHeaders: [HTTPHeader("Retry-After"): String(retryAfter)])
        }
        guard case .object(let members)? = JSONValue.parse(body) else {
            return Self.failure(400, "invalid_request", "the body must be a JSON object")
        }
        let audience: [String]
        switch members["aud"] {
        case .string(let host)?: audience = [host]
        case .array(let hosts)? where !hosts.isEmpty: audience = hosts.compactMap(\.stringValue)
        default: return Self.failure(400, "invalid_request", "aud is required: one API host or a list of them")
        }
        guard audience.allSatisfy(Self.audiences.contains) else {
            return Self.failure(400, "invalid_request", "aud names an unknown host")
        }
        let scope = members["scope"]?.stringValue ?? "full"
        guard ["full", "read"].contains(scope), members["scope"].map({ $0.stringValue != nil }) ?? true else {
            return Self.failure(400, "invalid_scope", "scope must be full or read")
        }
        let version = members["api_version"]?.stringValue ?? context.config.apiVersion
        guard ApiVersionPolicy.released.contains(version) else {
            return Self.failure(400, "invalid_request", "api_version \(version) is not a valid API version")
        }
        let lifetime: Int
        switch members["expires_in"] {
        case nil, .null?: lifetime = 900
        case .int(let seconds)?: lifetime = min(3600, max(60, seconds))
        default: return Self.failure(400, "invalid_request", "expires_in must be a number of seconds")
        }
        let granted = context.config.tokenLifetimeSeconds ?? lifetime
        let value = context.tokens.mint(IssuedToken(
            audience: audience, scope: scope, apiVersion: version, expiresAt: .now + .seconds(granted)))
        let answer = JSONValue.object([
            "access_token": .string(value), "token_type": .string("Bearer"), "expires_in": .int(granted),
            "aud": .array(audience.map(JSONValue.string)), "scope": .string(scope), "api_version": .string(version),
        ])
        return HTTPResponse(statusCode: .ok, headers: HTTPHeaders(Self.noStore), body: answer.encodedData())
    }

    private static let noStore: [HTTPHeader: String] = [
        .contentType: "application/json", HTTPHeader("Cache-Control"): "no-store", HTTPHeader("Pragma"): "no-cache",
    ]

    private static func failure(_ status: Int, _ error: String, _ description: String,
                                extraHeaders: [HTTPHeader: String] = [:]) -> HTTPResponse {
        let body = JSONValue.object(["error": .string(error), "error_description": .string(description)])
        let phrase = [400: "Bad Request", 401: "Unauthorized", 405: "Method Not Allowed", 429: "Too Many Requests"][status] ?? "Error"
        return HTTPResponse(statusCode: HTTPStatusCode(status, phrase: phrase),
                            headers: HTTPHeaders(noStore.merging(extraHeaders) { $1 }), body: body.encodedData())
    }
}
