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
