import Foundation

/// The wire format of the token service (DIDWW's token endpoint): a JSON request body, a JSON answer with
/// `access_token` and `expires_in`, and OAuth-style errors `{"error", "error_description"}`.
enum TokenExchange {
    /// `{"aud": [...], "scope": ..., "api_version": ..., "expires_in": ...}`.
    static func requestBody(settings: TokenServiceSettings, apiVersion: String) -> Data {
        let body: [String: Any] = [
            "aud": settings.audience,
            "scope": settings.scope.rawValue,
            "api_version": apiVersion,
            "expires_in": settings.requestedLifetime,
        ]
        return (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
    }

    /// The token of a 2xx answer; a malformed answer is `DidwwError.tokenService`.
    static func token(from response: HTTPResponse, mintedAt: ContinuousClock.Instant) throws -> AccessToken {
        guard let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any],
              let value = object["access_token"] as? String, !value.isEmpty,
              let seconds = (object["expires_in"] as? NSNumber)?.doubleValue, !seconds.isNaN else {
            throw DidwwError.tokenService(status: response.status, code: "invalid_response",
                                          description: "the answer held no access_token and expires_in")
        }
        if let type = object["token_type"] as? String, type.caseInsensitiveCompare("Bearer") != .orderedSame {
            throw DidwwError.tokenService(status: response.status, code: "invalid_response",
                                          description: "the token type is \(type), not Bearer")
        }
        // Through a double and clamped: `intValue` wraps 1e30 to a negative lifetime.
        let lifetime = Int(min(max(0, seconds), Double(AccessToken.longestLifetime)))
        return AccessToken(value: value, lifetime: lifetime, mintedAt: mintedAt)
    }

    /// The error of a non-2xx answer, with the OAuth `error` code and description when present.
    static func error(for response: HTTPResponse) -> DidwwError {
        let object = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any]
        let code = object?["error"] as? String ?? "http_\(response.status)"
        let description = object?["error_description"] as? String ?? ""
        return .tokenService(status: response.status, code: code, description: description)
    }
}
