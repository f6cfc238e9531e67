import CNcursesw
@testable import CursesTerminal
import ScreenKit
import Testing

struct KeyDecodingTests {
    @Test(arguments: [
        (UInt32(97), Key.char("a")),
        (65, .char("A")),
        (32, .char(" ")),
        (0x6771, .char("東")),
        (0x1F600, .char("😀")),
        (13, .enter),
        (10, .enter),
        (9, .tab),
        (127, .backspace),
        (8, .backspace),
        (27, .escape),
        (1, .ctrl("a")),
        (19, .ctrl("s")),
        (17, .ctrl("q")),
        (3, .ctrl("c")),
        (12, .ctrl("l")),
        (26, .ctrl("z")),
        (0, .unknown(0)),
        (28, .ctrl("\\")),
        (0x85, .unknown(0x85)),
    ])
    func charactersBecomeKeys(code: UInt32, expected: Key) {
        #expect(KeyDecoder.key(for: .character(code)) == expected)
    }

    @Test(arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
        (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
        (KEY_RESIZE, .resize), (trunks_key_f(1), .function(1)), (trunks_key_f(12), .function(12)),
        (KEY_IC, .unknown(KEY_IC)), (KEY_F0, .unknown(KEY_F0)),
    ])
    func keyCodesBecomeKeys(code: Int32, expected: Key) {
        #expect(KeyDecoder.key(for: .keyCode(code)) == expected)
    }

    @Test(arguments: [
        ("\u{1B}", [Key.escape]),
        ("\u{1B}[A", [.up]),
        ("\u{1B}[1;5C", [.right]),
        ("\u{1B}[H", [.home]),
        ("\u{1B}[4~", [.end]),
        ("\u{1B}[3~", [.delete]),
        ("\u{1B}[5~\u{1B}[6~", [.pageUp, .pageDown]),
        ("\u{1B}[Z", [.backTab]),
        ("\u{1B}[15~\u{1B}[24~", [.function(5), .function(12)]),
        ("\u{1B}OP\u{1B}OS", [.function(1), .function(4)]),
        ("\u{1B}OA\u{1B}OM", [.up, .enter]),
        ("\u{1B}[99x", [.unknown(27)]),
        ("\u{1B}[?1;2c", [.unknown(27)]),
        ("\u{1B}Oz", [.unknown(27)]),
        ("\u{1B}j", [.escape, .char("j")]),
        ("\u{1B}\u{1B}", [.escape, .escape]),
        ("\u{1B}\u{1B}[B", [.escape, .down]),
        ("a\u{1B}[9;9;9Hb", [.char("a"), .home, .char("b")]),
    ])
    func escapeSequencesNeverLeakJunk(input: String, expected: [Key]) {
        #expect(assemble(input) == expected)
    }

    @Test(arguments: [
        ("\u{1B}[200~hello\r\nworld\u{1B}[201~z", [Key.paste("hello\nworld"), .char("z")]),
        ("\u{1B}[200~a\rb\nc\td\u{1B}[201~", [.paste("a\nb\nc\td")]),
        ("\u{1B}[200~a\u{7}b\u{1B}[Ac\u{1B}[201~", [.paste("abc")]),
        ("\u{1B}[200~東京 1,2\u{1B}[201~", [.paste("東京 1,2")]),
        ("\u{1B}[200~\u{1B}[201~", [.paste("")]),
        ("\u{1B}[200~cut off", [.paste("cut off")]),
    ])
    func bracketedPasteArrivesWhole(input: String, expected: [Key]) {
        #expect(assemble(input) == expected)
    }

    @Test func aKeyCodeInsideASequenceIsKeptForTheNextKey() {
        var queue: [RawInput] = [.character(27), .character(0x5B), .keyCode(KEY_UP)]
        var assembler = KeyAssembler()
        let read: KeyAssembler.Reader = { _ in queue.isEmpty ? nil : queue.removeFirst() }
        #expect(assembler.nextKey(read: read) == .unknown(27))
        #expect(assembler.hasPending)
        #expect(assembler.nextKey(read: read) == .up)
        #expect(assembler.nextKey(read: read) == nil)
    }

    @Test(arguments: [
        ("1~", Key.home), ("7~", .home), ("8~", .end), ("2~", .unknown(27)), ("11~", .function(1)),
        ("17~", .function(6)), ("21~", .function(10)), ("23~", .function(11)), ("1;2D", .left),
    ])
    func csiTable(sequence: String, expected: Key) {
        #expect(KeyAssembler.csiKeys(sequence) == expected)
    }

    private func assemble(_ input: String) -> [Key] {
        var queue = input.unicodeScalars.map { RawInput.character($0.value) }
        var assembler = KeyAssembler()
        var keys: [Key] = []
        while let key = assembler.nextKey(read: { _ in queue.isEmpty ? nil : queue.removeFirst() }) {
            keys.append(key)
        }
        return keys
    }
}
