import ScreenKit

/// Turns the raw values curses reads into keys: decodes escape sequences curses left alone,
/// gathers a bracketed paste into one `.paste`, and never lets an undecoded sequence leak out
/// as typed characters. Pure state machine over a read function; used on the loop thread.
struct KeyAssembler {
    /// Reads the next raw value, waiting at most the given milliseconds (0: do not wait).
    typealias Reader = (_ timeoutMilliseconds: Int) -> RawInput?

    /// How long to wait for the rest of an escape sequence once its start has arrived.
    static let sequenceTimeout = 50
    /// How long a bracketed paste may pause before what arrived is delivered.
    static let pasteTimeout = 1000
    /// The most characters a paste keeps; the rest is read and dropped.
    static let pasteLimit = 1 << 20

    private var pushedBack: [RawInput] = []

    /// True when a value read ahead is waiting to be decoded.
    var hasPending: Bool { !pushedBack.isEmpty }

    /// The next key, reading from `read`; nil when nothing is waiting.
    mutating func nextKey(read: Reader) -> Key? {
        guard let first = take(read, timeout: 0) else { return nil }
        guard first == .character(27) else { return KeyDecoder.key(for: first) }
        guard let second = take(read, timeout: 0) else { return .escape }
        switch second {
        case .character(0x5B):
            return csiKey(read: read)
        case .character(0x4F):
            guard let final = take(read, timeout: Self.sequenceTimeout) else { return .unknown(27) }
            return ss3Key(final)
        default:
            pushedBack.insert(second, at: 0)
            return .escape
        }
    }

    private mutating func take(_ read: Reader, timeout: Int) -> RawInput? {
        pushedBack.isEmpty ? read(timeout) : pushedBack.removeFirst()
    }

    /// Reads the rest of a CSI sequence (after `ESC [`) and names it, or `.unknown(27)`.
    private mutating func csiKey(read: Reader) -> Key {
        guard let sequence = readCSI(read: read) else { return .unknown(27) }
        if sequence == "200~" { return readPaste(read: read) }
        return Self.csiKeys(sequence)
    }

    /// Parameter and intermediate bytes plus the final byte of a CSI sequence; nil when it breaks
    /// off (the value that broke it is kept for the next key).
    private mutating func readCSI(read: Reader) -> String? {
        var body = ""
        while body.count < 32 {
            guard let raw = take(read, timeout: Self.sequenceTimeout) else { return nil }
            guard case .character(let code) = raw, code >= 0x20, code <= 0x7E,
                  let scalar = Unicode.Scalar(code) else {
                pushedBack.insert(raw, at: 0)
                return nil
            }
            body.unicodeScalars.append(scalar)
            if code >= 0x40 { return body }
        }
        return nil
    }

    /// Collects pasted text up to `ESC [ 201 ~`; carriage returns become newlines, other
    /// control characters and escape sequences inside the paste are dropped.
    private mutating func readPaste(read: Reader) -> Key {
        var text = String.UnicodeScalarView()
        var count = 0
        var lastWasReturn = false
        while let raw = take(read, timeout: Self.pasteTimeout) {
            guard case .character(let code) = raw else { continue }
            if code == 27 {
                guard take(read, timeout: Self.sequenceTimeout) == .character(0x5B) else { continue }
                if readCSI(read: read) == "201~" { break }
                continue
            }
            let isReturn = code == 13
            defer { lastWasReturn = isReturn }
            if code == 10 && lastWasReturn { continue }
            guard count < Self.pasteLimit, let scalar = Self.pastedScalar(code) else { continue }
            text.append(scalar)
            count += 1
        }
        return .paste(String(text))
    }

    /// What a pasted character code becomes: returns and newlines a newline, tab itself, other
    /// controls nothing.
    private static func pastedScalar(_ code: UInt32) -> Unicode.Scalar? {
        switch code {
        case 10, 13: return "\n"
        case 9: return "\t"
        case 0..<32, 127..<160: return nil
        default: return Unicode.Scalar(code)
        }
    }

    /// The key a complete CSI sequence names (modifiers dropped), or `.unknown(27)`.
    static func csiKeys(_ sequence: String) -> Key {
        guard let final = sequence.last else { return .unknown(27) }
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "~": break
        default: return .unknown(27)
        }
        let number = Int(sequence.dropLast().prefix { $0.isNumber }) ?? 0
        switch number {
        case 1, 7: return .home
        case 4, 8: return .end
        case 3: return .delete
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(number - 10)
        case 17...21: return .function(number - 11)
        case 23, 24: return .function(number - 12)
        default: return .unknown(27)
        }
    }

    /// The key an SS3 sequence (`ESC O x`) names, or `.unknown(27)`.
    private func ss3Key(_ final: RawInput) -> Key {
        guard case .character(let code) = final, let scalar = Unicode.Scalar(code) else {
            return .unknown(27)
        }
        switch Character(scalar) {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "M": return .enter
        case "P", "Q", "R", "S": return .function(Int(code) - 0x4F)
        default: return .unknown(27)
        }
    }
}
