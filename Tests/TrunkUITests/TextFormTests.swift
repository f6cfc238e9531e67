import Foundation
import Testing
@testable import TrunkModel
@testable import TrunkUI

/// Searching without case, cutting and padding text, clocks and timestamps: the same results
/// as Foundation's string search, formatters and calendar gave.
@Suite struct TextFormTests {
    @Test(arguments: [
        ("Hello World", "world"), ("STRASSE 5", "straße"), ("Straße", "STRASSE"), ("café", "CAFÉ"), ("cafe\u{301}", "CAFÉ"),
        ("abc", "abcd"), ("aaa", "aa"), ("İstanbul", "i̇stanbul"), ("ΣΊΣΥΦΟΣ", "σίσυφος"), ("x", "X"), ("ﬁle", "FILE"),
        ("no match here", "zz"), ("  spaced  out ", "ed  o"),
    ])
    func caseInsensitiveSearchMatchesFoundation(text: String, words: String) {
        let found = text.caseInsensitiveRange(of: words).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
        let expected = text.range(of: words, options: .caseInsensitive).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
        #expect(found == expected)
        #expect(TextSearch(words: words).matches(in: [text]).first?.start == expected)
    }

    @Test(arguments: [("10.0.0.1 10.0.0.2 +2", " +"), ("a (b) (c)", " ("), ("none", " +"), (" +", " +"), ("aaa", "aa")])
    func lastRangeMatchesABackwardsSearch(text: String, words: String) {
        let found = text.lastRange(of: words).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
        let expected = text.range(of: words, options: .backwards).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
        #expect(found == expected)
    }

    @Test(arguments: [("Saved", 8), ("verdict", 7), ("toolongtext", 4), ("Zürich", 8), ("東京", 3), ("", 2), ("😀x", 2)])
    func paddingMatchesFoundation(text: String, length: Int) {
        #expect(text.padded(toLength: length) == text.padding(toLength: length, withPad: " ", startingAt: 0))
    }

    @Test(arguments: [
        ("Could not save the draft: the disk is full, try again later", 30),
        ("Blocked trunk — the reason (see :messages) follows", 20), ("a, b; c: d · e (f — g - h", 14), ("word -- ", 7),
    ])
    func cutTextLosesItsTrailingPunctuationAsBefore(text: String, width: Int) {
        let cut = StatusLineText.cut(text, to: width)
        let plain = String(cut.dropLast())
        #expect(plain == plain.replacingOccurrences(of: #"[ ,;:·(—-]+$"#, with: "", options: .regularExpression))
    }

    @Test(arguments: [0.0, 1_800_000_000.9, 1_753_999_999, -1.5, 2_000_000_123.25])
    func clocksMatchTheCalendar(seconds: TimeInterval) {
        let date = Date(timeIntervalSince1970: seconds)
        for zone in [TimeZone(identifier: "UTC")!, TimeZone(secondsFromGMT: 5 * 3600 + 1800)!, TimeZone(secondsFromGMT: -7 * 3600)!] {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
            let expected = [parts.hour!, parts.minute!, parts.second!].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
            #expect(MessagesText.clock(date, timeZone: zone) == expected)
        }
    }

    @Test func theLocalClockIsTheCurrentTimeZones() {
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(MessagesText.clock(date, timeZone: nil) == MessagesText.clock(date, timeZone: .current))
    }

    @Test(arguments: ["2026-04-16T10:20:30Z", "2026-04-16T10:20:30.123Z", "2026-04-16T10:20:30.5+02:00", "2026-04-16T10:20:30-05:30",
                      "2026-04-16T10:20:30.999Z", "2026-04-16T10:20:30.123456Z", "2026-04-16T10:20:30.1Z", "1969-12-31T23:59:59.25Z",
                      "2026-04-16 10:20:30", "yesterday", ""])
    func createdAtReadsAsISO8601DateFormatterReadsIt(text: String) {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var expected = formatter.date(from: text)
        if expected == nil {
            formatter.formatOptions = [.withInternetDateTime]
            expected = formatter.date(from: text)
        }
        #expect(SettlingTrunkService.date(text) == expected)
    }

    @Test func timestampsAreWrittenAsISO8601DateFormatterWritesThem() {
        for seconds in [0.0, 1_800_000_000.25, 1_800_000_000.999, 1_753_999_999.0004] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Date.ISO8601FormatStyle().format(date) == ISO8601DateFormatter().string(from: date))
            #expect(Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(date)
                    == ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!,
                                                   formatOptions: [.withInternetDateTime, .withFractionalSeconds]))
        }
    }

    @Test(arguments: ["abc-123", "a/b\\c..d", "Zürich_東京", "e\u{301}", "x y\t😀", "٣٤"])
    func draftFileNamesKeepLettersAndDigitsOfEveryScript(id: String) {
        let expected = String(id.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" ? Character($0) : "_" })
        #expect(DraftStore(directory: URL(fileURLWithPath: "/tmp")).file(for: id).lastPathComponent == "\(expected).json")
    }

    @Test(arguments: ["zürich", "zu\u{308}rich", "ÅNGSTRÖM", "東京", "e\u{301}\u{323}", "ﬁ"])
    func searchWordsAreComposedAsFoundationComposesThem(text: String) {
        #expect(ByteScan.composed(text) == Array(text.precomposedStringWithCanonicalMapping.utf8))
    }
}
