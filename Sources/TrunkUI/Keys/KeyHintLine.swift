import ScreenKit

/// Fits the bottom-line key hints to the terminal: whole hints are dropped from the end (never
/// cut mid-word), but "? help" stays while anything at all fits.
enum KeyHintLine {
    static let separator = " · "

    static func fit(_ line: String, width: Int) -> String {
        guard DisplayWidth.of(line) > width else { return line }
        var items = line.dropFirst().components(separatedBy: separator)
        let help = items.firstIndex { $0.hasPrefix("? ") }.map { items.remove(at: $0) }
        while !items.isEmpty {
            let candidate = " " + (items + (help.map { [$0] } ?? [])).joined(separator: separator)
            if DisplayWidth.of(candidate) <= width { return candidate }
            items.removeLast()
        }
        return help.map { " " + $0 } ?? ""
    }
}

extension KeyHintLine {
    /// A dialog's key line on as many lines as `width` needs, broken between hints (never inside
    /// one), each line keeping the first line's indent: a dialog never hides its way out.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard DisplayWidth.of(line) > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        var lines: [String] = []
        var current = ""
        for item in line.dropFirst(indent.count).components(separatedBy: separator) {
            let candidate = current.isEmpty ? indent + item : current + separator + item
            if current.isEmpty || DisplayWidth.of(candidate) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = indent + item
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.flatMap { DisplayWidth.of($0) > width ? TextWrap.wrap($0, width: width, continuationIndent: indent.count + 2) : [$0] }
    }
}
