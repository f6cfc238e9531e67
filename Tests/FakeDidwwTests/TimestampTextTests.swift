@testable import FakeDidww
import Foundation
import Testing

/// Timestamps written digit by digit read as Foundation's ISO-8601 style writes them.
@Suite("timestamp text")
struct TimestampTextTests {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    @Test(arguments: [
        Int64(0), 999, 86_399_999, 86_400_000, 951_782_400_000, 951_868_799_999, 1_704_067_200_000,
        1_709_164_800_000, 1_776_211_199_999, 4_102_444_800_000, 4_107_542_399_999, 253_402_300_799_999,
    ])
    func writesWhatFoundationWrites(milliseconds: Int64) {
        let date = Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
        #expect(TimestampText.format(millisecondsSince1970: milliseconds) == date.formatted(Self.style))
    }

    @Test func everyDayOfTheSeedsSpanAgrees() {
        var milliseconds: Int64 = 1_577_836_800_000
        while milliseconds < 1_776_211_200_000 {
            let date = Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
            #expect(TimestampText.format(millisecondsSince1970: milliseconds) == date.formatted(Self.style))
            milliseconds += 86_400_000 + 3_723_456
        }
    }
}
