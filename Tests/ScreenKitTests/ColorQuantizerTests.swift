@testable import ScreenKit
import Testing

struct ColorQuantizerTests {
    @Test(arguments: [
        (ColorDepth.palette256, TermColor.rgb(255, 0, 0), Int32(196)),
        (.palette256, .rgb(0, 255, 0), 46),
        (.palette256, .rgb(0, 0, 255), 21),
        (.palette256, .rgb(0, 0, 0), 16),
        (.palette256, .rgb(255, 255, 255), 231),
        (.palette256, .rgb(95, 135, 175), 67),
        (.palette256, .rgb(250, 5, 3), 196),
        (.ansi16, .rgb(255, 0, 0), 9),
        (.ansi16, .rgb(205, 0, 0), 1),
        (.ansi8, .rgb(255, 0, 0), 1),
        (.ansi16, .rgb(0, 0, 255), 4),
        (.ansi8, .rgb(255, 255, 0), 3),
        (.direct, .rgb(255, 0, 0), 0xFF0000),
        (.direct, .rgb(1, 2, 3), 0x010203),
        (.direct, .rgb(0, 0, 0), 8),
    ])
    func rgbGoesToTheNearestColour(depth: ColorDepth, color: TermColor, expected: Int32) {
        #expect(ColorQuantizer(depth: depth).colorNumber(for: color) == expected)
    }

    @Test(arguments: [
        (ColorDepth.palette256, UInt8(8), Int32(232)),
        (.palette256, 18, 233),
        (.palette256, 24, 234),
        (.palette256, 118, 243),
        (.palette256, 128, 244),
        (.palette256, 238, 255),
        (.palette256, 135, 102),
        (.ansi16, 128, 8),
        (.ansi16, 192, 7),
        (.ansi16, 40, 0),
        (.ansi16, 250, 15),
        (.ansi8, 250, 7),
        (.ansi8, 40, 0),
    ])
    func greysGoToTheGreyRampOrTheNearestAnsiGrey(depth: ColorDepth, level: UInt8, expected: Int32) {
        #expect(ColorQuantizer(depth: depth).colorNumber(for: .rgb(level, level, level)) == expected)
    }

    @Test(arguments: [
        (ColorDepth.palette256, 42, Int32(42)),
        (.palette256, 7, 7),
        (.palette256, 300, 255),
        (.ansi16, 12, 12),
        (.ansi16, 196, 9),
        (.ansi16, 244, 8),
        (.ansi8, 9, 1),
        (.ansi8, 15, 7),
        (.ansi8, 232, 0),
        (.direct, 3, 3),
        (.direct, 196, 0xFF0000),
        (.direct, 244, 0x808080),
    ])
    func missingPaletteIndicesGoToTheNearestColour(depth: ColorDepth, index: Int, expected: Int32) {
        #expect(ColorQuantizer(depth: depth).colorNumber(for: .indexed(index)) == expected)
    }

    @Test(arguments: ColorDepth.allCases)
    func terminalDefaultAndNegativeIndicesStayDefault(depth: ColorDepth) {
        let quantizer = ColorQuantizer(depth: depth)
        #expect(quantizer.colorNumber(for: .terminalDefault) == -1)
        #expect(quantizer.colorNumber(for: .indexed(-1)) == -1)
    }

    @Test func monochromeHasNoColours() {
        let quantizer = ColorQuantizer(depth: .monochrome)
        #expect(quantizer.colorNumber(for: .rgb(255, 0, 0)) == -1)
        #expect(quantizer.colorNumber(for: .indexed(3)) == -1)
    }

    @Test func paletteMatchesXtermDefaults() {
        #expect(ColorQuantizer.rgb(ofPaletteIndex: 16) == RGB(0, 0, 0))
        #expect(ColorQuantizer.rgb(ofPaletteIndex: 196) == RGB(255, 0, 0))
        #expect(ColorQuantizer.rgb(ofPaletteIndex: 231) == RGB(255, 255, 255))
        #expect(ColorQuantizer.rgb(ofPaletteIndex: 232) == RGB(8, 8, 8))
        #expect(ColorQuantizer.rgb(ofPaletteIndex: 255) == RGB(238, 238, 238))
        #expect(ColorQuantizer.rgb(ofPaletteIndex: 12) == RGB(92, 92, 255))
    }

    @Test func everyCubeEntryMapsToItself() {
        let quantizer = ColorQuantizer(depth: .palette256)
        for index in 16..<256 {
            let rgb = ColorQuantizer.rgb(ofPaletteIndex: index)
            let mapped = quantizer.colorNumber(for: .rgb(UInt8(rgb.red), UInt8(rgb.green), UInt8(rgb.blue)))
            #expect(ColorQuantizer.rgb(ofPaletteIndex: Int(mapped)) == rgb, "index \(index)")
        }
    }
}
