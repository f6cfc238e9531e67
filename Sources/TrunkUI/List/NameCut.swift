import ScreenKit

/// A trunk name cut to its column: "…" at the end, unless the row above or below would then
/// read the same ("Bratislava Retail…" twice), in which case the part where the names differ is
/// kept after the "…" ("Bratislava…00026", "Bratislava…00032"). Pure.
enum NameCut {
    /// Columns of the name's start kept at least before the "…" of a cut in the middle.
    static let shortestStart = 3

    /// `name` within `width` columns, told apart from `neighbours` (the names shown next to it).
    static func cut(_ name: String, width: Int, neighbours: [String]) -> String {
        guard DisplayWidth.of(name) > width else { return name }
        let plain = DisplayWidth.truncate(name, to: width)
        guard width >= 2 * shortestStart + 1 else { return plain }
        let characters = Array(name)
        var shared = 0
        for other in neighbours where other != name && DisplayWidth.truncate(other, to: width) == plain {
            shared = max(shared, zip(characters, other).prefix { $0 == $1 }.count)
        }
        guard shared > 0, shared < characters.count else { return plain }
        var wordStart = shared
        while wordStart > 0, characters[wordStart - 1] != " " { wordStart -= 1 }
        let room = width - 1
        let fromWord = Array(characters[wordStart...])
        if wordStart > 0, columns(fromWord) <= room - shortestStart {
            return start(characters[..<wordStart], within: room - columns(fromWord)) + "…" + String(fromWord)
        }
        if columns(characters[shared...]) <= room - shortestStart {
            let tail = end(characters, within: room - shortestStart)
            return start(characters[...], within: room - columns(tail)) + "…" + String(tail)
        }
        // They differ far from the end: the start, then where they differ, cut again.
        let head = start(characters[...], within: shortestStart)
        return head + "…" + DisplayWidth.truncate(String(fromWord), to: room - DisplayWidth.of(head))
    }

    /// Columns `characters` take.
    private static func columns<C: Collection>(_ characters: C) -> Int where C.Element == Character {
        characters.reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// The longest start of `characters` within `width` columns, without trailing spaces.
    private static func start(_ characters: ArraySlice<Character>, within width: Int) -> String {
        var text = ""
        var used = 0
        for character in characters {
            let cell = DisplayWidth.of(character)
            if used + cell > width { break }
            text.append(character)
            used += cell
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The longest end of `characters` within `width` columns.
    private static func end(_ characters: [Character], within width: Int) -> [Character] {
        var used = 0
        var count = 0
        for character in characters.reversed() {
            let cell = DisplayWidth.of(character)
            if used + cell > width { break }
            used += cell
            count += 1
        }
        return Array(characters.suffix(count))
    }
}
