import DidwwClient
import Testing
import TrunkModel

/// A change answered in another API version: whether it may have been applied follows the status
/// of that answer.
@Suite("Version mismatch outcomes")
struct VersionMismatchOutcomeTests {
    @Test("a 2xx or unknown status may mean applied; a refusal does not", arguments: [
        (Optional(200), true), (Optional(201), true), (nil, true), (Optional(401), false), (Optional(422), false),
    ])
    func outcome(status: Int?, unknown: Bool) {
        let error = DidwwError.apiVersionMismatch(requested: "2026-04-16", served: "2026-11-19", status: status)
        #expect(error.outcomeUnknown == unknown)
        #expect(error.status == status && error.httpStatus == status)
        #expect(error.userMessage.hasPrefix("The server answered with API version 2026-11-19"), "the words do not change")
    }
}
