import Foundation
@testable import CursesTerminal
import ScreenKit
import Testing

extension CursesScreenTests {
    /// Raw control sequences (OSC 52 copies) reach the terminal after the frame, unchanged, and
    /// not at all once the screen is stopped.
    @Suite struct ControlSequences {
        let fixture: CursesFixture

        init() throws {
            fixture = try CursesFixture()
        }

        @Test func osc52ReachesTheTerminalAfterTheFrame() async throws {
            let screen = try fixture.makeScreen()
            screen.draw(fixture.sampleGrid())
            let osc52 = "\u{1B}]52;c;QmVybGluIE9mZmljZQ==\u{07}"
            screen.writeControlSequence(osc52)
            _ = await fixture.terminal.settledOutputCount()
            let output = fixture.terminal.outputText
            #expect(CursesFixture.lastIndex(of: osc52, in: output) > CursesFixture.lastIndex(of: "Trunks", in: output))
            screen.stop()
            _ = await fixture.terminal.settledOutputCount()
            let before = fixture.terminal.outputText.components(separatedBy: "]52;").count
            screen.writeControlSequence(osc52)
            _ = await fixture.terminal.settledOutputCount()
            #expect(fixture.terminal.outputText.components(separatedBy: "]52;").count == before)
        }

        @Test func applyThemeThroughTheDriverProtocolSwitchesLive() throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            let driver: any TerminalDriver = screen
            let blue = Theme(name: "blue", styles: [.title: CellStyle(foreground: .rgb(0, 0, 255))])
            driver.applyTheme(blue)
            #expect(screen.theme == blue)
        }
    }
}
