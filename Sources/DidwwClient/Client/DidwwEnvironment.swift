import FoundationEssentials

/// Which DIDWW API to talk to; production and sandbox keys only work in their own environment.
public enum DidwwEnvironment: Equatable, Sendable {
    /// `https://sandbox-api.didww.com/v3`.
    case sandbox
    /// `https://api.didww.com/v3`.
    case production
    /// Any other base URL ending in `/v3`, e.g. the fake API; check it with `BaseURLPolicy`.
    case custom(URL)

    /// The base URL that resource paths are appended to.
    public var baseURL: URL {
        switch self {
        case .sandbox:
            return URL(string: "https://sandbox-api.didww.com/v3")!
        case .production:
            return URL(string: "https://api.didww.com/v3")!
        case let .custom(url):
            return url
        }
    }

    /// A short name for the status bar: "sandbox", "production" or the custom host.
    public var displayName: String {
        switch self {
        case .sandbox:
            return "sandbox"
        case .production:
            return "production"
        case let .custom(url):
            return url.host ?? url.absoluteString
        }
    }
}
