import FoundationEssentials
import TrunkModel

extension DidwwClient {
    /// Sends one API request (with retries per `retryPolicy`) and returns a 2xx response or throws `DidwwError`.
    ///
    /// Every answer's `meta.api_version` is checked against the version asked for; with
    /// `callerChecksVersion` a 2xx answer is not, because the caller reads the version from the
    /// document it decodes anyway (a list page is not read twice; see `list`).
    func exchange(_ method: HTTPRequest.Method, path: [String], query: String? = nil,
                  body: Data? = nil, callerChecksVersion: Bool = false) async throws -> HTTPResponse {
        if method.isMutating, readOnly {
            throw DidwwError.readOnly
        }
        if let problem = baseURLProblem ?? tokenProblem {
            throw problem
        }
        var request = HTTPRequest(method: method, url: try endpointURL(path: path, query: query),
                                  headers: standardHeaders, body: body, timeout: timeout)
        var token = try await tokenProvider?.token()
        var renewedAfterRefusal = false
        var attempt = 0
        let requestNumber = nextRequestNumber()
        let firstTry = ContinuousClock.now
        while true {
            attempt += 1
            let wait = pacer.reserve()
            if wait > .zero { try await Task.sleep(for: wait) }
            request.headers = headers(with: token)
            let response: HTTPResponse
            let started = ContinuousClock.now
            requestLogger?(redactedDescription(of: request))
            do {
                response = try await sendObserved(request, id: requestNumber, tryNumber: attempt)
            } catch let error as TransportError {
                requestLogger?("\(method.rawValue) \(request.url.absoluteString) failed: \(error.message)")
                let delay = retryPolicy.delay(beforeRetry: attempt, method: method, error: error)
                try await waitOrGiveUp(delay, attempt: attempt, since: firstTry, error: .transport(error), method: method)
                continue
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                let message = apiKey.value.isEmpty ? "\(error)" : "\(error)".replacing(apiKey.value, with: "[redacted]")
                throw DidwwError.transport(.other(code: -1, message: message))
            }
            let milliseconds = started.duration(to: .now) / .milliseconds(1)
            requestLogger?("\(method.rawValue) \(request.url.absoluteString) → \(response.status) in \(Int(milliseconds)) ms")
            if !(callerChecksVersion && response.isSuccess) {
                try checkServedVersion(response)
            }
            if response.status == 401, let provider = tokenProvider, let refused = token {
                if renewedAfterRefusal {
                    throw DidwwError.tokenRefused(errors: APIError.decodeDocument(response.body))
                }
                renewedAfterRefusal = true
                token = try await provider.token(replacing: refused)
                attempt -= 1
                continue
            }
            if response.isSuccess {
                return response
            }
            let error = Self.error(for: response, apiVersion: apiVersion)
            let delay = retryPolicy.delay(beforeRetry: attempt, method: method, response: response)
            try await waitOrGiveUp(delay, attempt: attempt, since: firstTry, error: error, method: method)
        }
    }

    /// Sleeps `delay` before the next try, or throws `error` (wrapped when tries were spent) when
    /// there is no next try or it would start after `retryPolicy.maximumElapsed`.
    private func waitOrGiveUp(_ delay: TimeInterval?, attempt: Int, since firstTry: ContinuousClock.Instant,
                              error: DidwwError, method: HTTPRequest.Method) async throws {
        let elapsed = Double(firstTry.duration(to: .now) / .milliseconds(1)) / 1000
        guard let delay, elapsed + delay <= retryPolicy.maximumElapsed else {
            if attempt > 1 {
                throw DidwwError.retriesExhausted(attempts: attempt, seconds: elapsed, last: error)
            }
            throw error
        }
        retryObserver?(RetryNotice(method: method.rawValue, failedTries: attempt, maximumTries: retryPolicy.maximumRetries + 1,
                                   delay: delay, reason: error.userMessage))
        try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
    }

    /// The absolute URL of `path` (each segment percent-encoded) under the base URL.
    func endpointURL(path: [String], query: String?) throws -> URL {
        guard var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false) else {
            throw DidwwError.invalidBaseURL(reason: "The base URL is not a URL.")
        }
        var basePath = components.percentEncodedPath
        while basePath.hasSuffix("/") {
            basePath.removeLast()
        }
        components.percentEncodedPath = basePath + path.map { "/" + QueryEncoding.percentEncodedPathSegment($0) }.joined()
        components.percentEncodedQuery = query
        guard let url = components.url else {
            throw DidwwError.invalidBaseURL(reason: "The request URL could not be formed from the base URL.")
        }
        return url
    }

    /// Maps a non-2xx answer to the matching `DidwwError`, with its JSON:API errors decoded.
    static func error(for response: HTTPResponse, apiVersion: String = APIVersion.standard.rawValue) -> DidwwError {
        let errors = APIError.decodeDocument(response.body)
        switch response.status {
        case 401:
            return .unauthorized(errors: errors)
        case 403:
            return .forbidden(apiVersion: apiVersion, errors: errors)
        case 404:
            return .notFound(errors: errors)
        default:
            return .http(status: response.status, errors: errors)
        }
    }
}
