import Foundation
import Testing
@testable import DidwwClient

/// Backoff, jitter, Retry-After and the 20 requests per second pacer.
@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(maximumRetries: 5, initialDelay: 0.5, maximumDelay: 10, maximumElapsed: 20, jitter: 0.25)

    func response(_ status: Int, retryAfter: String? = nil) -> HTTPResponse {
        HTTPResponse(status: status, headers: retryAfter.map { [(name: "Retry-After", value: $0)] } ?? [], body: Data())
    }

    @Test func readsBackOffExponentiallyWithJitterAndChangesDoNot() {
        for attempt in 1...5 {
            let base = min(0.5 * pow(2, Double(attempt - 1)), 10)
            let delay = policy.delay(beforeRetry: attempt, method: .get, response: response(503))
            #expect(delay.map { $0 >= base * 0.75 && $0 <= base * 1.25 } == true, "attempt \(attempt): \(String(describing: delay))")
        }
        #expect(policy.delay(beforeRetry: 6, method: .get, response: response(503)) == nil, "bounded")
        #expect(policy.delay(beforeRetry: 1, method: .patch, response: response(503)) == nil, "a change is not resent after a 5xx")
        #expect(policy.delay(beforeRetry: 1, method: .get, response: response(404)) == nil)
    }

    @Test func retryAfterIsHonouredAsSecondsOrADateAndTooLongMeansGiveUp() {
        #expect(policy.delay(beforeRetry: 1, method: .patch, response: response(429, retryAfter: "3")) == 3)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        let date = formatter.string(from: now.addingTimeInterval(4))
        #expect(policy.delay(beforeRetry: 1, method: .get, response: response(429, retryAfter: date), now: now) == 4)
        #expect(policy.delay(beforeRetry: 1, method: .get, response: response(429, retryAfter: "60")) == nil, "longer than allowed")
    }

    @Test func aChangeIsNeverResentAfterATimeoutOrABrokenConnection() {
        #expect(policy.delay(beforeRetry: 1, method: .patch, error: .timedOut(seconds: 15, requestSent: false)) == nil)
        #expect(policy.delay(beforeRetry: 1, method: .patch, error: .connectionLost(host: "h", detail: "d", requestSent: false)) == nil)
        #expect(policy.delay(beforeRetry: 1, method: .patch, error: .connectionRefused(host: "h", port: 1)) != nil, "never reached")
        #expect(policy.delay(beforeRetry: 1, method: .get, error: .timedOut(seconds: 15, requestSent: true)) != nil)
        #expect(DidwwError.transport(.timedOut(seconds: 15, requestSent: false)).outcomeUnknown)
        #expect(!DidwwError.transport(.connectionRefused(host: "h", port: 1)).outcomeUnknown)
    }

    @Test func thePacerAllowsTwentyStartsPerSecond() {
        let pacer = RequestPacer()
        let now = ContinuousClock.now
        let waits = (0..<25).map { _ in pacer.reserve(now: now) }
        #expect(waits.prefix(20).allSatisfy { $0 == .zero })
        #expect(waits[20] == .seconds(1) && waits[24] == .seconds(1))
        #expect(RequestPacer().reserve(now: now + .seconds(5)) == .zero)
    }
}
