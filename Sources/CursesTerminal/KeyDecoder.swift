import CNcursesw
import ScreenKit

/// One value read from curses by `wget_wch`: a character, or a key code (`KEY_CODE_YES`).
enum RawInput: Equatable, Sendable {
    /// A character code point (`OK` from `wget_wch`).
    case character(UInt32)
    /// A curses key code such as `KEY_UP` (`KEY_CODE_YES` from `wget_wch`).
    case keyCode(Int32)
}

/// Names single curses input values as `Key`s. Pure; any thread.
enum KeyDecoder {
    /// The key for one raw value. Escape (27) comes back as `.escape`; the sequences that may
    /// follow it are the `KeyAssembler`'s business.
    static func key(for raw: RawInput) -> Key {
        switch raw {
        case .character(let code): return key(forCharacter: code)
        case .keyCode(let code): return key(forKeyCode: code)
        }
    }

    /// The key for a character code: controls by name, Ctrl-letters, printable characters.
    static func key(forCharacter code: UInt32) -> Key {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(96 + code))))
        case 28: return .ctrl("\\")
        case 0..<32, 128..<160: return .unknown(Int32(code))
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown(Int32(bitPattern: code)) }
            return .char(Character(scalar))
        }
    }

    /// The key for a curses key code (`KEY_UP`, `KEY_F(n)`, `KEY_RESIZE`, …).
    static func key(forKeyCode code: Int32) -> Key {
        if let named = namedKeys[code] { return named }
        let functionNumber = code - trunks_key_f(0)
        if functionNumber >= 1 && functionNumber <= 63 { return .function(Int(functionNumber)) }
        return .unknown(code)
    }

    private static let namedKeys: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_BACKSPACE: .backspace, KEY_DC: .delete,
        KEY_RESIZE: .resize,
    ]
}
