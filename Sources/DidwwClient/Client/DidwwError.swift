import FoundationEssentials
import TrunkModel

/// Why a DIDWW call failed; every text it produces is plain words and never contains the API key.
public enum DidwwError: Error, Equatable, Sendable {
    /// No HTTP answer arrived (connection, DNS, TLS, timeout...).
    case transport(TransportError)
    /// 401: the API key was missing or refused.
    case unauthorized(errors: [APIError])
    /// 404: the trunk does not exist or belongs to another account.
    case notFound(errors: [APIError])
    /// Any other non-2xx answer, with the decoded JSON:API errors (empty when the body had none).
    case http(status: Int, errors: [APIError])
    /// A 2xx answer (`status`) whose body could not be read as the expected document.
    case decoding(status: Int, detail: String)
    /// A change was attempted while the client is read-only; nothing was sent.
    case readOnly
    /// The base URL is not acceptable (see `BaseURLPolicy`); nothing was sent.
    case invalidBaseURL(reason: String)
    /// A request was tried `attempts` times over `seconds` and failed each time; `last` is the final failure.
    indirect case retriesExhausted(attempts: Int, seconds: Double, last: DidwwError)
    /// The server answered with another API version than requested (`meta.api_version`).
    /// `status` is the HTTP status of that answer (nil when not known).
    case apiVersionMismatch(requested: String, served: String, status: Int? = nil)
    /// The token service (API 2026-11-19) did not mint a token: HTTP status, OAuth `error` code, description.
    case tokenService(status: Int, code: String, description: String)
    /// 401 on a freshly minted bearer token, after one renewal.
    case tokenRefused(errors: [APIError])
    /// 403: access denied; `apiVersion` says which explanation applies.
    case forbidden(apiVersion: String, errors: [APIError])

    /// The HTTP status, when the server answered.
    public var status: Int? {
        switch self {
        case .unauthorized, .tokenRefused: return 401
        case .notFound: return 404
        case .forbidden: return 403
        case let .http(status, _), let .tokenService(status, _, _), let .decoding(status, _): return status
        case let .apiVersionMismatch(_, _, status): return status
        case let .retriesExhausted(_, _, last): return last.status
        case .transport, .readOnly, .invalidBaseURL: return nil
        }
    }

    /// The JSON:API errors the server sent, if any.
    public var apiErrors: [APIError] {
        switch self {
        case let .unauthorized(errors), let .notFound(errors), let .http(_, errors),
             let .tokenRefused(errors), let .forbidden(_, errors): return errors
        case let .retriesExhausted(_, _, last): return last.apiErrors
        case .transport, .decoding, .readOnly, .invalidBaseURL, .apiVersionMismatch, .tokenService: return []
        }
    }

    /// False only when the request certainly did not reach the server (so a change was surely not made).
    public var mayHaveReachedServer: Bool {
        switch self {
        case let .transport(error): return error.mayHaveReachedServer
        case .readOnly, .invalidBaseURL, .tokenService, .tokenRefused: return false
        case .unauthorized, .notFound, .http, .decoding, .apiVersionMismatch, .forbidden: return true
        case let .retriesExhausted(_, _, last): return last.mayHaveReachedServer
        }
    }
}

extension DidwwError: UserFacingError {
    /// One or two sentences for the status line.
    public var userMessage: String {
        switch self {
        case let .transport(error):
            return Self.sentence(error.message)
        case .unauthorized:
            return "The API key was refused (401). Check DIDWW_API_KEY."
        case .notFound:
            return "Trunk not found (404)."
        case let .http(422, errors):
            return "The server rejected the change: " + Self.details(errors, fallback: "no reason given")
        case let .http(status, errors):
            return Self.statusMessage(status) + Self.suffix(errors)
        case let .decoding(_, detail):
            return "The server's answer could not be read: \(detail)."
        case .readOnly:
            return "Read-only mode: changes are not sent."
        case let .invalidBaseURL(reason):
            return reason
        case let .retriesExhausted(attempts, seconds, last):
            return "Gave up after \(attempts) tries in \(TransportError.formatSeconds(seconds.rounded())): " + last.userMessage
        case let .apiVersionMismatch(requested, served, _):
            return Self.versionMismatchMessage(requested: requested, served: served)
        case let .tokenService(status, code, description):
            return Self.tokenServiceMessage(status: status, code: code, description: description)
        case let .tokenRefused(errors):
            return "The API refused a freshly minted token (401)" + Self.parenthesized(errors)
                + ". The token service accepted the key, so check that the key may use this API host and that this machine is in the key's IP allowlist."
        case let .forbidden(apiVersion, errors):
            return Self.forbiddenMessage(apiVersion: apiVersion, errors: errors)
        }
    }

    /// True after no answer once connected (a timeout or a broken connection: curl's "request
    /// sent" figure is not reliable mid-transfer, so it is not trusted here), or a 2xx answer that
    /// could not be read: the change may have been made.
    public var outcomeUnknown: Bool {
        switch self {
        case .transport(.timedOut), .transport(.connectionLost): return true
        case let .transport(error): return error.mayHaveReachedServer
        case .decoding: return true
        case let .retriesExhausted(_, _, last): return last.outcomeUnknown
        // A mismatch is found after the server answered: a 2xx (or an unknown status) may mean the
        // change was applied; a refusal in the other version (e.g. 401 for Api-Key) means it was not.
        case let .apiVersionMismatch(_, _, status): return status.map { (200..<300).contains($0) } ?? true
        case .unauthorized, .notFound, .http, .readOnly, .invalidBaseURL, .tokenService, .tokenRefused, .forbidden:
            return false
        }
    }

    /// The same as `status`.
    public var httpStatus: Int? { status }

    /// The validation errors of a 422 answer, to be shown under the fields they point at.
    public var fieldErrors: [APIError] {
        if case let .http(422, errors) = self {
            return errors
        }
        if case let .retriesExhausted(_, _, last) = self {
            return last.fieldErrors
        }
        return []
    }

    private static func statusMessage(_ status: Int) -> String {
        switch status {
        case 400: return "The server refused the request (400)."
        case 403: return "Access denied (403): the account may lack the outbound feature, or the key is read-only."
        case 409: return "The trunk changed on the server meanwhile (409)."
        case 429: return "Too many requests (429). Wait a moment and try again."
        case 500...599: return "The DIDWW server failed (\(status)). Try again in a moment."
        default: return "The server answered with status \(status)."
        }
    }

    private static func details(_ errors: [APIError], fallback: String) -> String {
        let messages = errors.map(\.message).filter { !$0.isEmpty }
        return messages.isEmpty ? fallback : messages.joined(separator: "; ")
    }

    private static func suffix(_ errors: [APIError]) -> String {
        errors.isEmpty ? "" : " " + details(errors, fallback: "")
    }

    private static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + "."
    }
}

extension DidwwError: CustomStringConvertible {
    /// The same text as `userMessage`.
    public var description: String { userMessage }
}
