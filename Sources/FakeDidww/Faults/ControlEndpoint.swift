import FlyingFox
import Foundation

/// The test-only control API under `/_control/` (never logged, loopback clients with the API key only):
///
/// - `GET /_control/faults`: the rules in force, `{"faults": ["GET list=503*2", ...]}`.
/// - `POST /_control/faults` with `{"faults": [SPEC, ...]}`: adds rules; `PUT` replaces them all.
/// - `DELETE /_control/faults`: removes every rule.
/// - `POST /_control/trunks/{id}` with `{"attribute": NAME, "value": VALUE}`: changes a trunk
///   directly, as another person would (see `FakeDidwwServer.mutateTrunk`).
/// - `POST /_control/tokens/expire`: every bearer token minted so far expires (API 2026-11-19).
/// - `POST /_control/tokens/rate-limit` with `{"count": N, "retry_after": S}`: the next N token
///   requests get 429 with `Retry-After: S`.
struct ControlEndpoint {
    let context: ServerContext

    /// True for paths this endpoint serves.
    static func handles(_ rawPath: String) -> Bool {
        rawPath.hasPrefix("/_control/")
    }

    func respond(to request: HTTPRequest, rawPath: String, body: Data) -> HTTPResponse {
        guard Self.isLoopback(request.remoteAddress) else { return answer(403, ["error": "control API is loopback only"]) }
        guard request.headers[HTTPHeader("Api-Key")] == context.config.apiKey else {
            return answer(401, ["error": "missing or invalid api-key"])
        }
        let segments = rawPath.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        let method = request.method.rawValue.uppercased()
        switch (segments.dropFirst().first, segments.count, method) {
        case ("faults", 2, "GET"):
            return answer(200, ["faults": context.faults.rules().map(\.spec)])
        case ("faults", 2, "DELETE"):
            context.faults.set([])
            return answer(200, ["faults": [String]()])
        case ("faults", 2, "POST"), ("faults", 2, "PUT"):
            guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
                  let specs = object["faults"] as? [String] else {
                return answer(400, ["error": "expected {\"faults\": [SPEC, ...]}"])
            }
            var rules: [FaultRule] = []
            for spec in specs {
                do { rules.append(try FaultRule(spec: spec)) } catch { return answer(400, ["error": error.description]) }
            }
            if method == "PUT" { context.faults.set(rules) } else { rules.forEach(context.faults.add) }
            if let seed = object["seed"] as? Int { context.faults.reseed(UInt64(truncatingIfNeeded: seed)) }
            return answer(200, ["faults": context.faults.rules().map(\.spec)])
        case ("trunks", 3, "POST"):
            guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
                  let attribute = object["attribute"] as? String, object.keys.contains("value") else {
                return answer(400, ["error": "expected {\"attribute\": NAME, \"value\": VALUE}"])
            }
            let value = object["value"] is NSNull ? nil : object["value"]
            guard let json = JSONValue(any: value) else { return answer(400, ["error": "unsupported value"]) }
            let path = attribute.split(separator: ".").map(String.init)
            let changed = context.withStore { $0.directEdit(id: segments[2], path: path, value: json) }
            return changed ? answer(200, ["changed": attribute]) : answer(404, ["error": "no such trunk or attribute"])
        case ("tokens", 3, "POST") where segments[2] == "expire":
            context.tokens.expireAll()
            return answer(200, ["expired": true])
        case ("tokens", 3, "POST") where segments[2] == "rate-limit":
            guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
                  let count = object["count"] as? Int else {
                return answer(400, ["error": "expected {\"count\": N, \"retry_after\": SECONDS}"])
            }
            let retryAfter = object["retry_after"] as? Int ?? 1
            context.tokens.rateLimitNext(count, retryAfterSeconds: retryAfter)
            return answer(200, ["count": count, "retry_after": retryAfter])
        default:
            return answer(404, ["error": "unknown control request"])
        }
    }

    private func answer(_ status: Int, _ object: [String: Any]) -> HTTPResponse {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return HTTPResponse(statusCode: HTTPStatusCode(status, phrase: status == 200 ? "OK" : "Error"),
                            headers: [.contentType: "application/json"], body: data)
    }

    private static func isLoopback(_ address: HTTPRequest.Address?) -> Bool {
        switch address {
        case let .ip4(ip, _)?: return ip.hasPrefix("127.")
        case let .ip6(ip, _)?: return ip == "::1" || ip.hasPrefix("::ffff:127.")
        default: return false
        }
    }
}
