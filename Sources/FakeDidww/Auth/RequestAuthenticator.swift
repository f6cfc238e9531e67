import FlyingFox
import Foundation

/// Decides whether an ordinary API call may proceed under the version that serves it:
/// `Api-Key` up to 2026-04-16; from 2026-11-19 a bearer token only (an `Api-Key` is refused),
/// valid, unexpired, for `api.didww.com`, with scope `full` for changes; and the Outbound API.
struct RequestAuthenticator {
    let context: ServerContext

    private static let apiKeyHeader = HTTPHeader("Api-Key")
    private static let authorizationHeader = HTTPHeader("Authorization")

    /// Nil when the call may proceed, else the error to answer with.
    func refusal(headers: HTTPHeaders, method: String, servedVersion: String) -> ApiError? {
        guard ApiVersionPolicy.usesBearerTokens(servedVersion) else {
            return headers[Self.apiKeyHeader] == context.config.apiKey ? nil : .unauthorized
        }
        guard let authorization = headers[Self.authorizationHeader],
              authorization.lowercased().hasPrefix("bearer ") else {
            return headers[Self.apiKeyHeader] != nil ? .apiKeyNotAccepted(servedVersion) : .invalidToken
        }
        let value = String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        guard let token = context.tokens.token(value) else { return .invalidToken }
        guard ContinuousClock.now < token.expiresAt else { return .expiredToken }
        guard token.audience.contains("api.didww.com") else { return .wrongAudience }
        guard context.config.outboundAPIEnabled else { return .outboundAPIDisabled }
        if token.scope != "full", ["POST", "PATCH", "PUT", "DELETE"].contains(method.uppercased()) {
            return .readScope
        }
        return nil
    }
}
