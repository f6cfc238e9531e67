import ArgumentParser
import DidwwClient
import FoundationEssentials
import TrunkModel
import TrunkUI

/// Checks and turns `--api-version` and `--token-url` into client settings.
enum APIVersionOptions {
    /// Refuses a version trunks does not speak, and a token URL it would not send the key to.
    static func validate(apiVersion: String, tokenURL: String?) throws {
        guard APIVersion(rawValue: apiVersion) != nil else {
            throw ValidationError("--api-version must be \(APIVersion.spokenList) (got \(apiVersion)).")
        }
        guard let tokenURL else { return }
        guard let url = URL(string: tokenURL), url.host != nil else {
            throw ValidationError("--token-url needs an absolute URL such as https://auth-sandbox.didww.com/token")
        }
        do {
            try BaseURLPolicy.validate(url)
        } catch let error as DidwwError {
            throw ValidationError("--token-url: " + error.userMessage)
        }
    }

    /// A version `:version` cannot switch to, and why.
    struct UnusableVersion: Error, CustomStringConvertible {
        var description: String
    }

    /// Refuses a version whose bearer tokens would have no token service to come from (no
    /// `--token-url`, and none known for `baseURL`), before `:version` makes a client for it.
    static func checkTokenService(apiVersion: String, tokenURL: String?, baseURL: URL) throws {
        guard APIVersion(rawValue: apiVersion)?.usesBearerTokens == true, tokenURL == nil,
              TokenServiceSettings.defaultTokenURL(forBaseURL: baseURL) == nil else { return }
        throw UnusableVersion(description: "it needs a token service, and none is known for "
                              + "\(baseURL.host ?? baseURL.absoluteString) (start trunks with --token-url URL)")
    }

    /// Explicit token-service settings when `--token-url` was given; nil lets the client pick the one of its base URL.
    static func tokenService(_ tokenURL: String?, baseURL: URL, readOnly: Bool) -> TokenServiceSettings? {
        guard let tokenURL, let url = URL(string: tokenURL) else { return nil }
        return TokenServiceSettings(tokenURL: url, audience: TokenServiceSettings.defaultAudience(forBaseURL: baseURL),
                                    scope: readOnly ? .read : .full)
    }
}

extension APIVersionOptions {
    /// One line for `trunks info`: how calls are authenticated under `apiVersion` for `endpoint`.
    static func authenticationSummary(apiVersion: String, endpoint: EndpointChoice?, readOnly: Bool) -> String {
        guard APIVersion(rawValue: apiVersion)?.usesBearerTokens == true else { return "Api-Key header on every call" }
        let base: URL?
        switch endpoint {
        case .sandbox?: base = DidwwEnvironment.sandbox.baseURL
        case .production?: base = DidwwEnvironment.production.baseURL
        case .url(let text)?: base = URL(string: text)
        case .demo?: return "bearer tokens from the demo's own /token (scope \(readOnly ? "read" : "full")), kept in memory only"
        case nil: base = nil
        }
        let service = base.flatMap(TokenServiceSettings.defaultTokenURL(forBaseURL:))?.absoluteString ?? "--token-url (none known)"
        return "bearer tokens from \(service) (scope \(readOnly ? "read" : "full")), kept in memory only"
    }
}
