/// xterm's default colour values for palette indices 0–255, used to map palette colours to RGB
/// (quantising, contrast checks). Indices 0–15 are only xterm's guess: the user's terminal
/// scheme may differ, so callers that need certainty treat them as unknown. Pure value.
public enum XtermPalette {
    /// The red, green and blue of palette entry `index` (clamped to 0–255).
    public static func rgb(ofIndex index: Int) -> (red: Int, green: Int, blue: Int) {
        switch index {
        case ..<16:
            return ansi[max(0, index)]
        case 16..<232:
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        default:
            let level = 8 + 10 * (min(index, 255) - 232)
            return (level, level, level)
        }
    }

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    private static let ansi: [(red: Int, green: Int, blue: Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}
