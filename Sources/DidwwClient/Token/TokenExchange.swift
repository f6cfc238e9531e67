import FoundationEssentials
import TrunkModel

/// The wire format of the token service (DIDWW's token endpoint): a JSON request body, a JSON answer with
/// `access_token` and `expires_in`, and OAuth-style errors `{"error", "error_description"}`.
enum TokenExchange {
    /// `{"aud": [...], "scope": ..., "api_version": ..., "expires_in": ...}`.
    static func requestBody(settings: TokenServiceSettings, apiVersion: String) -> Data {
        let body = JSONValue.object([
            "aud": .array(settings.audience.map(JSONValue.string)),
            "scope": .string(settings.scope.rawValue),
            "api_version": .string(apiVersion),
            "expires_in": .int(settings.requestedLifetime),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(body)) ?? Data()
    }

    /// The token of a 2xx answer; a malformed answer is `DidwwError.tokenService`.
    static func token(from response: HTTPResponse, mintedAt: ContinuousClock.Instant) throws -> AccessToken {
        guard let object = try? JSONValue.parse(response.body), case .object = object,
              let value = object["access_token"]?.string, !value.isEmpty,
              let seconds = object["expires_in"].flatMap(number), !seconds.isNaN else {
            throw DidwwError.tokenService(status: response.status, code: "invalid_response",
                                          description: "the answer held no access_token and expires_in")
        }
        if let type = object["token_type"]?.string, type.lowercased() != "bearer" {
            throw DidwwError.tokenService(status: response.status, code: "invalid_response",
                                          description: "the token type is \(type), not Bearer")
        }
        // Through a double and clamped: `intValue` wraps 1e30 to a negative lifetime.
        let lifetime = Int(min(max(0, seconds), Double(AccessToken.longestLifetime)))
        return AccessToken(value: value, lifetime: lifetime, mintedAt: mintedAt)
    }

    /// The error of a non-2xx answer, with the OAuth `error` code and description when present.
    static func error(for response: HTTPResponse) -> DidwwError {
        let object = try? JSONValue.parse(response.body)
        let code = object?["error"]?.string ?? "http_\(response.status)"
        let description = object?["error_description"]?.string ?? ""
        return .tokenService(status: response.status, code: code, description: description)
    }

    /// A JSON number (or boolean, as 1 or 0) as a `Double`.
    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let number): return Double(number)
        case .double(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        default: return nil
        }
    }
}
