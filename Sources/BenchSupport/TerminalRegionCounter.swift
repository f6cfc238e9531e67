/// Splits terminal output into the screen regions it changes: follows the cursor through the
/// control sequences curses sends (absolute and relative motion, CR, LF) and counts each byte
/// where the cursor is once the byte is handled, so that a motion counts for where it goes and
/// text and attributes count for where they are drawn. Approximate by design (every printed
/// scalar advances one column); good enough to say which pane a frame's bytes paint.
/// Feed it everything the program writes, in order, so that it knows where the cursor starts.
public struct TerminalRegionCounter: Sendable {
    /// The cursor (0-based) after the bytes counted so far.
    public private(set) var row = 0
    public private(set) var column = 0

    public init() {}

    /// Bytes per region name for `bytes`, the output that follows what was counted before;
    /// `region` names the region of a 0-based (row, column).
    public mutating func count(_ bytes: [UInt8], region: (_ row: Int, _ column: Int) -> String) -> [String: Int] {
        var counts: [String: Int] = [:]
        var index = 0
        while index < bytes.count {
            let start = index
            let byte = bytes[index]
            if byte == 0x1B {
                index += 1
                if index < bytes.count && bytes[index] == UInt8(ascii: "[") {
                    index += 1
                    let paramsStart = index
                    while index < bytes.count && !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                    let params = String(decoding: bytes[paramsStart..<min(index, bytes.count)], as: UTF8.self)
                        .split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
                    func parameter(_ at: Int, _ fallback: Int = 1) -> Int {
                        at < params.count ? (params[at] ?? fallback) : fallback
                    }
                    if index < bytes.count {
                        switch bytes[index] {
                        case UInt8(ascii: "H"), UInt8(ascii: "f"): row = parameter(0) - 1; column = parameter(1) - 1
                        case UInt8(ascii: "d"): row = parameter(0) - 1
                        case UInt8(ascii: "G"), UInt8(ascii: "`"): column = parameter(0) - 1
                        case UInt8(ascii: "A"): row -= parameter(0)
                        case UInt8(ascii: "B"): row += parameter(0)
                        case UInt8(ascii: "C"): column += parameter(0)
                        case UInt8(ascii: "D"): column -= parameter(0)
                        default: break
                        }
                    }
                } else if index < bytes.count && (bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: ")")) {
                    index += 1
                }
                index += 1
            } else {
                switch byte {
                case 0x0D: column = 0
                case 0x0A: row += 1
                case 0x08: column = max(0, column - 1)
                default:
                    // One column per scalar: count the lead byte and its continuation bytes here.
                    if byte >= 0x20 && byte & 0xC0 != 0x80 {
                        index += 1
                        while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
                        counts[region(row, column), default: 0] += index - start
                        column += 1
                        continue
                    }
                }
                index += 1
            }
            counts[region(row, column), default: 0] += min(index, bytes.count) - start
        }
        return counts
    }
}
