import ArgumentParser
import DidwwClient
import Foundation
import TrunkModel

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

    /// Explicit token-service settings when `--token-url` was given; nil lets the client pick the one of its base URL.
    static func tokenService(_ tokenURL: String?, baseURL: URL, readOnly: Bool) -> TokenServiceSettings? {
        guard let tokenURL, let url = URL(string: tokenURL) else { return nil }
        return TokenServiceSettings(tokenURL: url, audience: TokenServiceSettings.defaultAudience(forBaseURL: baseURL),
                                    scope: readOnly ? .read : .full)
    }
}
