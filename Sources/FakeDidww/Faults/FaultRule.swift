import Foundation

/// What the fake server does instead of (or on top of) answering normally.
public enum FaultKind: Sendable, Equatable {
    /// Answer with this status and a JSON:API errors document; the request is not acted on.
    /// `retryAfter` adds a `Retry-After: N` header (seconds).
    case status(Int, retryAfter: Int? = nil)
    /// Act on the request, then wait this long before answering (past a client's timeout).
    case delay(milliseconds: Int)
    /// Act on the request, send the headers and half the body, then close the connection.
    case closeMidBody
    /// Act on the request, then answer its status with a body that is not valid JSON.
    case malformedJSON
    /// Answer with an HTML error page (as a proxy in front of the API would); not acted on.
    case htmlErrorPage(status: Int)
    /// Act on the request, then answer this status with an errors document: a server that fails
    /// after the change is made (`applied+500`).
    case statusAfterActing(Int)
    /// Act on the request, then close the connection without a byte of answer (`reset-after-apply`).
    case resetAfterActing
    /// Close the connection as soon as the request line and headers are in, without reading the
    /// body, acting or answering (`reset-before-body`).
    case resetBeforeBody
    /// Answer normally, but with `meta.total_records` claiming this many records (a server
    /// that miscounts: the pages and their `links` stay true to the store).
    case misstatedTotal(Int)

    /// The short name used in flags, the control endpoint and the request log, e.g. `429+retry-after:2`.
    public var spec: String {
        switch self {
        case let .status(code, nil): return String(code)
        case let .status(code, seconds?): return "\(code)+retry-after:\(seconds)"
        case let .delay(milliseconds): return "delay:\(milliseconds)"
        case .closeMidBody: return "close-mid-body"
        case .malformedJSON: return "malformed-json"
        case let .htmlErrorPage(status): return "html:\(status)"
        case let .statusAfterActing(code): return "applied+\(code)"
        case .resetAfterActing: return "reset-after-apply"
        case .resetBeforeBody: return "reset-before-body"
        case let .misstatedTotal(total): return "total:\(total)"
        }
    }

    /// Parses `spec` (the inverse of `spec`); nil when it names no fault.
    public init?(spec: String) {
        let text = spec.lowercased()
        if let code = Int(text), (100...599).contains(code) {
            self = .status(code, retryAfter: nil)
            return
        }
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        switch (parts.first, parts.count) {
        case ("close-mid-body", 1): self = .closeMidBody
        case ("malformed-json", 1): self = .malformedJSON
        case ("reset-after-apply", 1): self = .resetAfterActing
        case ("reset-before-body", 1): self = .resetBeforeBody
        case ("html", 1): self = .htmlErrorPage(status: 502)
        case ("html", 2):
            guard let code = Int(parts[1]), (100...599).contains(code) else { return nil }
            self = .htmlErrorPage(status: code)
        case ("total", 2):
            guard let total = Int(parts[1]) else { return nil }
            self = .misstatedTotal(total)
        case ("delay", 2):
            guard let milliseconds = Int(parts[1]), milliseconds >= 0 else { return nil }
            self = .delay(milliseconds: milliseconds)
        default:
            let pieces = text.split(separator: "+", maxSplits: 1).map(String.init)
            if pieces.count == 2, pieces[0] == "applied" {
                guard let code = Int(pieces[1]), (100...599).contains(code) else { return nil }
                self = .statusAfterActing(code)
                return
            }
            guard pieces.count == 2, let code = Int(pieces[0]), (100...599).contains(code),
                  pieces[1].hasPrefix("retry-after:"), let seconds = Int(pieces[1].dropFirst("retry-after:".count)),
                  seconds >= 0 else { return nil }
            self = .status(code, retryAfter: seconds)
        }
    }

    /// True when the server acts on the request before the fault shows (the change is made).
    public var actsOnRequest: Bool {
        switch self {
        case .delay, .closeMidBody, .malformedJSON, .statusAfterActing, .resetAfterActing, .misstatedTotal: return true
        case .status, .htmlErrorPage, .resetBeforeBody: return false
        }
    }
}

/// Which endpoint a fault applies to.
public enum FaultEndpoint: String, Sendable, CaseIterable, Codable {
    case list, show, create, update, delete, regenerate
}

/// One fault rule: which requests it hits, what happens, how many times and how often.
///
/// Flag syntax: `[METHOD ]ENDPOINT=FAULT[*COUNT][@PROBABILITY]`, e.g. `GET list=503*2`
/// (two failures, then success), `update=delay:20000`, `any=500@0.1` (a tenth of all requests).
/// `METHOD` and `ENDPOINT` may be `any`.
public struct FaultRule: Sendable, Equatable {
    /// The HTTP method it hits (upper case), or nil for any.
    public var method: String?
    /// The endpoint it hits, or nil for any.
    public var endpoint: FaultEndpoint?
    /// What happens.
    public var kind: FaultKind
    /// How many more requests it hits; nil for every one.
    public var remaining: Int?
    /// The chance (0...1) that a matching request is hit.
    public var probability: Double

    /// A rule; by default it hits every matching request, forever.
    public init(method: String? = nil, endpoint: FaultEndpoint? = nil, kind: FaultKind,
                count: Int? = nil, probability: Double = 1) {
        self.method = method?.uppercased()
        self.endpoint = endpoint
        self.kind = kind
        self.remaining = count
        self.probability = min(1, max(0, probability))
    }

    /// Parses the flag syntax above; throws a message naming what is wrong.
    public init(spec: String) throws(FaultSpecError) {
        let trimmed = spec.trimmingCharacters(in: .whitespaces)
        guard let equals = trimmed.firstIndex(of: "=") else { throw FaultSpecError(spec: spec, reason: "no '='") }
        let target = trimmed[..<equals].split(separator: " ").map { String($0).lowercased() }
        var rest = String(trimmed[trimmed.index(after: equals)...])
        var probability = 1.0
        if let at = rest.lastIndex(of: "@") {
            guard let value = Double(rest[rest.index(after: at)...]), (0...1).contains(value) else {
                throw FaultSpecError(spec: spec, reason: "probability must be between 0 and 1")
            }
            probability = value
            rest = String(rest[..<at])
        }
        var count: Int?
        if let star = rest.lastIndex(of: "*") {
            guard let value = Int(rest[rest.index(after: star)...]), value > 0 else {
                throw FaultSpecError(spec: spec, reason: "count must be a positive number")
            }
            count = value
            rest = String(rest[..<star])
        }
        guard let kind = FaultKind(spec: rest) else { throw FaultSpecError(spec: spec, reason: "unknown fault '\(rest)'") }
        var method: String?
        var endpointName: String
        switch target.count {
        case 1: endpointName = target[0]
        case 2: method = target[0] == "any" ? nil : target[0].uppercased(); endpointName = target[1]
        default: throw FaultSpecError(spec: spec, reason: "expected '[METHOD ]ENDPOINT'")
        }
        var endpoint: FaultEndpoint?
        if endpointName != "any" {
            guard let named = FaultEndpoint(rawValue: endpointName) else {
                throw FaultSpecError(spec: spec, reason: "unknown endpoint '\(endpointName)' (list, show, create, update, delete, regenerate, any)")
            }
            endpoint = named
        }
        self.init(method: method, endpoint: endpoint, kind: kind, count: count, probability: probability)
    }

    /// The rule in flag syntax.
    public var spec: String {
        var text = (method.map { $0 + " " } ?? "") + (endpoint?.rawValue ?? "any") + "=" + kind.spec
        if let remaining { text += "*\(remaining)" }
        if probability < 1 { text += "@\(probability)" }
        return text
    }

    func matches(method candidate: String, endpoint candidateEndpoint: FaultEndpoint) -> Bool {
        (method == nil || method == candidate) && (endpoint == nil || endpoint == candidateEndpoint)
            && (remaining ?? 1) > 0
    }
}

/// A fault specification that could not be read.
public struct FaultSpecError: Error, Sendable, Equatable, CustomStringConvertible {
    public var spec: String
    public var reason: String
    /// "bad fault 'SPEC': REASON".
    public var description: String { "bad fault '\(spec)': \(reason)" }
}
