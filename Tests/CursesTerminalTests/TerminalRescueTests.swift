@testable import CursesTerminal
import Testing

struct TerminalRescueTests {
    @Test(arguments: [
        ("\u{1B}[m", "\u{1B}[m"),
        ("\u{1B}[m\u{0F}$<2>", "\u{1B}[m\u{0F}"),
        ("a$<100/>b$<5*>c", "abc"),
        ("cost $5", "cost $5"),
        ("$<unterminated", "$<unterminated"),
        ("", ""),
    ])
    func paddingIsRemoved(capability: String, expected: String) {
        #expect(TerminalRescue.stripPadding(Array(capability.utf8)) == Array(expected.utf8))
    }

    @Test func resetSequenceJoinsPresentCapabilities() {
        let bytes = TerminalRescue.resetSequence(capabilities: ["\u{1B}(B\u{1B}[m", nil, "\u{1B}[?1049l$<5>"])
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}(B\u{1B}[m\u{1B}[?1049l")
    }
}
