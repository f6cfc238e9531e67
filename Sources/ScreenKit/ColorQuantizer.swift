/// Maps theme colours to colour numbers a terminal of a given depth can show. Pure value; any
/// thread.
///
/// RGB colours go to the nearest xterm cube or grey-ramp entry (16–255) in 256 colours, and to
/// the nearest ANSI colour (xterm's default values) in 16 or 8 colours. Palette indices the
/// terminal lacks go to the nearest colour it has. Distances use the "redmean" weighting, a
/// cheap approximation of perceived difference.
public struct ColorQuantizer: Sendable, Equatable {
    /// The depth colours are mapped to.
    public let depth: ColorDepth

    /// A quantizer for `depth`.
    public init(depth: ColorDepth) {
        self.depth = depth
    }

    /// The curses colour number for `color`: -1 for the terminal default (and for everything in
    /// monochrome), a palette index, or in direct mode a packed `0xRRGGBB` value (≥ 8, since
    /// direct-colour terminals read 0–7 as the ANSI colours).
    public func colorNumber(for color: TermColor) -> Int32 {
        switch (depth, color) {
        case (.monochrome, _), (_, .terminalDefault):
            return -1
        case (_, .indexed(let index)) where index < 0:
            return -1
        case (.palette256, .indexed(let index)) where index < 256,
             (.ansi16, .indexed(let index)) where index < 16,
             (.ansi8, .indexed(let index)) where index < 8,
             (.direct, .indexed(let index)) where index < 8:
            return Int32(index)
        case (_, .indexed(let index)):
            return number(for: Self.rgb(ofPaletteIndex: min(index, 255)))
        case (_, .rgb(let red, let green, let blue)):
            return number(for: RGB(Int(red), Int(green), Int(blue)))
        }
    }

    /// The colour the terminal shows for `color` at this depth, with xterm's values for palette
    /// entries (the same mapping as `colorNumber`, read back as red, green and blue); nil for the
    /// terminal's own default colour and for everything in monochrome.
    public func shownColor(for color: TermColor) -> (red: Int, green: Int, blue: Int)? {
        let number = Int(colorNumber(for: color))
        guard number >= 0 else { return nil }
        if depth == .direct && number >= 8 {
            return (number >> 16 & 0xFF, number >> 8 & 0xFF, number & 0xFF)
        }
        return XtermPalette.rgb(ofIndex: number)
    }

    private func number(for rgb: RGB) -> Int32 {
        switch depth {
        case .monochrome: return -1
        case .ansi8: return Int32(Self.nearest(to: rgb, among: 0..<8))
        case .ansi16: return Int32(Self.nearest(to: rgb, among: 0..<16))
        case .palette256: return Int32(Self.nearest(to: rgb, among: 16..<256))
        case .direct: return Int32(max(8, rgb.red << 16 | rgb.green << 8 | rgb.blue))
        }
    }

    /// The palette index in `candidates` whose xterm colour is nearest to `rgb`.
    static func nearest(to rgb: RGB, among candidates: Range<Int>) -> Int {
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for index in candidates {
            let distance = rgb.distance(to: Self.rgb(ofPaletteIndex: index))
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }

    /// xterm's default value of palette entry `index` (0–255).
    static func rgb(ofPaletteIndex index: Int) -> RGB {
        let value = XtermPalette.rgb(ofIndex: index)
        return RGB(value.red, value.green, value.blue)
    }
}

/// An 8-bit-per-channel colour used while quantising.
struct RGB: Equatable, Sendable {
    var red: Int
    var green: Int
    var blue: Int

    init(_ red: Int, _ green: Int, _ blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Squared "redmean" distance (scaled by 256): weights channels by how the eye sees them.
    func distance(to other: RGB) -> Int {
        let meanRed = (red + other.red) / 2
        let dr = red - other.red, dg = green - other.green, db = blue - other.blue
        return ((512 + meanRed) * dr * dr) + 1024 * dg * dg + ((767 - meanRed) * db * db)
    }
}
