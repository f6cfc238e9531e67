import FoundationEssentials

/// What to ask the token service of API 2026-11-19 for, and where it is.
public struct TokenServiceSettings: Equatable, Sendable {
    /// The rights a token carries: `full` (the default) or `read` (every change refused by the server).
    public enum Scope: String, Sendable {
        case full, read
    }

    /// `POST` goes here, e.g. `https://auth-sandbox.didww.com/token`.
    public var tokenURL: URL
    /// The API hosts the token is for (`aud`), e.g. `["api.didww.com"]`.
    public var audience: [String]
    /// The rights the token carries.
    public var scope: Scope
    /// The lifetime asked for, in seconds (the service clamps it to 60–3600).
    public var requestedLifetime: Int

    /// Settings with an explicit token URL.
    public init(tokenURL: URL, audience: [String] = ["api.didww.com"], scope: Scope = .full, requestedLifetime: Int = 900) {
        self.tokenURL = tokenURL
        self.audience = audience
        self.scope = scope
        self.requestedLifetime = requestedLifetime
    }

    /// Production's token service.
    public static let productionTokenURL = URL(string: "https://auth.didww.com/token")!
    /// The sandbox's token service.
    public static let sandboxTokenURL = URL(string: "https://auth-sandbox.didww.com/token")!

    /// The token service that belongs to an API base URL: DIDWW's production and sandbox hosts map
    /// to their auth hosts; a loopback base (the fake API) serves `/token` itself; any other host
    /// needs an explicit URL (nil).
    public static func defaultTokenURL(forBaseURL baseURL: URL) -> URL? {
        guard let host = baseURL.host?.lowercased() else { return nil }
        if host == "sandbox-api.didww.com" { return sandboxTokenURL }
        if host.hasSuffix(".didww.com") || host == "didww.com" { return host.hasPrefix("sandbox") ? sandboxTokenURL : productionTokenURL }
        guard BaseURLPolicy.isLoopback(host: host),
              var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false) else { return nil }
        components.percentEncodedPath = "/token"
        components.query = nil
        return components.url
    }

    /// The audience for an API base URL: DIDWW hosts name themselves (sandbox tokens use the
    /// production names); anything else (the fake API) stands in for `api.didww.com`.
    public static func defaultAudience(forBaseURL baseURL: URL) -> [String] {
        guard let host = baseURL.host?.lowercased(), host.hasSuffix(".didww.com") else { return ["api.didww.com"] }
        return [host == "sandbox-api.didww.com" ? "api.didww.com" : host]
    }
}
