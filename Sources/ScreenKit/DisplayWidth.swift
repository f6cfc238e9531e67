/// Terminal column widths of characters and strings (East Asian wide and emoji count as two).
public enum DisplayWidth {
    /// Columns a grapheme occupies: 0 for combining-only clusters, 2 for wide ones, else 1.
    public static func of(_ character: Character) -> Int {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        if first.value < 0xA0 { return 0 }
        if isPlainNarrow(first.value) && scalars.next() == nil { return 1 }
        return measured(character)
    }

    /// `of` without the fast path: Unicode properties of the first scalar.
    static func measured(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        if first.value < 0xA0 { return 0 }
        let properties = first.properties
        if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark {
            return 0
        }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if properties.isEmojiPresentation { return 2 }
        return isWide(first.value) ? 2 : 1
    }

    /// Columns a string occupies.
    public static func of(_ string: String) -> Int {
        if isPrintableASCII(string) { return string.utf8.count }
        if isPlainNarrow(string) { return string.unicodeScalars.count }
        var total = 0
        for character in string { total += of(character) }
        return total
    }

    /// The longest prefix of `string` that fits `width` columns, with "…" when cut.
    public static func truncate(_ string: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if isPrintableASCII(string) {
            return string.utf8.count <= width ? string : String(string.utf8.prefix(width - 1))! + "…"
        }
        if of(string) <= width { return string }
        var result = ""
        var used = 0
        for character in string {
            let w = of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// `string` truncated or right-padded with spaces to exactly `width` columns.
    public static func pad(_ string: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(string, to: width)
        let fill = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? fill + cut : cut + fill
    }

    /// Scalars that are one column on their own and never join a following or preceding scalar
    /// into one grapheme (Latin-1 and Latin Extended letters, dashes, quotes, bullets, "…",
    /// arrows, box drawing, blocks, most geometric shapes): what the renderer draws most besides
    /// ASCII. `DisplayWidthTests` checks each against `measured`.
    @inline(__always)
    static func isPlainNarrow(_ v: UInt32) -> Bool {
        (0xA0...0x2FF).contains(v) || (0x2010...0x2027).contains(v) || (0x2190...0x21FF).contains(v)
            || (0x2500...0x25FC).contains(v)
    }

    /// True when every scalar is printable ASCII or `isPlainNarrow`: then each scalar is one
    /// grapheme of one column, and no grapheme breaking is needed.
    static func isPlainNarrow(_ string: String) -> Bool {
        string.unicodeScalars.allSatisfy { ($0.value >= 0x20 && $0.value < 0x7F) || isPlainNarrow($0.value) }
    }

    /// True when every character is a printable ASCII one (one column each, one byte each).
    public static func isPrintableASCII(_ string: String) -> Bool {
        let fast = string.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] &- 0x20 >= 0x5F { return false }
                index += 1
            }
            return true
        }
        return fast ?? string.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
             0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
             0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
             0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
             0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
