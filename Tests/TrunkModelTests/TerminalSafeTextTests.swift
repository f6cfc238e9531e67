import Foundation
import Testing
import TrunkModel

/// Server and file text written to a terminal: every control character that could retitle,
/// clear, recolour or reverse the reader's terminal shows as a visible escape instead.
@Suite("Terminal-safe text")
struct TerminalSafeTextTests {
    @Test("one line: each unsafe character becomes its visible escape", arguments: [
        ("Berlin Office", "Berlin Office"),
        ("Zürich – 東京 ☎", "Zürich – 東京 ☎"),
        ("EVILTITLE\u{1b}]0;pwned\u{07}", "EVILTITLE\\u{1b}]0;pwned\\u{7}"),
        ("\u{1b}[2Jcleared", "\\u{1b}[2Jcleared"),
        ("two\nlines", "two\\u{a}lines"),
        ("carriage\rreturn", "carriage\\u{d}return"),
        ("tab\there", "tab here"),
        ("nul\u{0}byte", "nul\\u{0}byte"),
        ("delete\u{7f}", "delete\\u{7f}"),
        ("c1 csi \u{9b}31m", "c1 csi \\u{9b}31m"),
        ("c1 first \u{80} last \u{9f}", "c1 first \\u{80} last \\u{9f}"),
        ("nbsp\u{a0}kept", "nbsp\u{a0}kept"),
        ("\u{202e}exe.txt", "\\u{202e}exe.txt"),
        ("\u{202a}\u{202b}\u{202c}\u{202d}", "\\u{202a}\\u{202b}\\u{202c}\\u{202d}"),
        ("\u{2066}isolated\u{2069} \u{2067}\u{2068}", "\\u{2066}isolated\\u{2069} \\u{2067}\\u{2068}"),
        ("\u{2065}\u{206a} are not bidi controls", "\u{2065}\u{206a} are not bidi controls"),
    ])
    func line(input: String, shown: String) {
        #expect(TerminalSafeText.line(input) == shown)
        #expect(!TerminalSafeText.line(input).unicodeScalars.contains(where: TerminalSafeText.isUnsafe))
    }

    @Test("several lines: line breaks and tabs stay, the rest is escaped", arguments: [
        ("first\nsecond", "first\nsecond"),
        ("a\tb", "a\tb"),
        ("file.yaml:3: unknown key '\u{1b}[31mred'\nnext", "file.yaml:3: unknown key '\\u{1b}[31mred'\nnext"),
        ("crlf\r\n", "crlf\\u{d}\n"),
    ])
    func lines(input: String, shown: String) {
        #expect(TerminalSafeText.lines(input) == shown)
    }

    @Test("JSON: DEL, C1 and bidi controls are escaped, and the value is unchanged", arguments: [
        "EVILTITLE\u{1b}]0;pwned\u{07}", "delete\u{7f}", "c1 \u{9b}31m \u{85}", "\u{202e}exe.txt \u{2066}x\u{2069}",
        "plain \"quoted\" \\ back/slash", "Zürich 東京",
    ])
    func json(name: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let raw = String(decoding: try encoder.encode(["trunkName": name]), as: UTF8.self)
        let safe = TerminalSafeText.json(raw)
        #expect(!safe.unicodeScalars.contains(where: TerminalSafeText.isUnsafe), "\(safe)")
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(safe.utf8))
        #expect(decoded["trunkName"] == name)
    }

    @Test func jsonEscapesHaveFourHexDigits() {
        #expect(TerminalSafeText.json("\"\u{7f}\u{85}\u{202e}\"") == #""\u007f\u0085\u202e""#)
    }
}
