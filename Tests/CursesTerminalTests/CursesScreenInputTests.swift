import Foundation
import Glibc
@testable import CursesTerminal
import ScreenKit
import Testing

extension CursesScreenTests {
    /// Keys, wake-ups, signals, suspension and shutdown.
    @Suite struct Input {
        let fixture: CursesFixture

        init() throws {
            fixture = try CursesFixture()
        }

        @Test func typedBytesBecomeKeys() async throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            let typed: [(String, [Key])] = [
                ("a", [.char("a")]),
                ("東", [.char("東")]),
                ("\r", [.enter]),
                ("\u{13}\u{11}\u{03}", [.ctrl("s"), .ctrl("q"), .ctrl("c")]),
                ("\u{7F}\t", [.backspace, .tab]),
                ("\u{1B}OA\u{1B}[B", [.up, .down]),
                ("\u{1B}[Z", [.backTab]),
                ("\u{1B}[3~\u{1B}[5~", [.delete, .pageUp]),
                ("\u{1B}OP\u{1B}[24~", [.function(1), .function(12)]),
                ("\u{1B}", [.escape]),
                ("\u{1B}[99xq", [.unknown(27), .char("q")]),
                ("\u{1B}[200~one\rtwo\u{1B}[201~", [.paste("one\ntwo")]),
            ]
            for (bytes, expected) in typed {
                fixture.terminal.type(bytes)
                var keys: [Key] = []
                while keys.count < expected.count, let key = await screen.key(within: 2000) {
                    keys.append(key)
                }
                #expect(keys == expected, "typed \(bytes.debugDescription)")
            }
            #expect(screen.nextKey(timeoutMilliseconds: 0) == nil)
        }

        /// With the mouse on, a click is the button's press, stamped with its time; the release
        /// after it is no event. A press and release written together reach curses as the release
        /// alone, which is then the click; what was typed behind it comes at once.
        @Test func aClickIsItsPressWithItsTimeAndTheReleaseIsPassedOver() async throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            screen.enableMouse()
            var keys: [Key] = []
            for bytes in ["\u{1B}[<0;10;6M", "\u{1B}[<0;10;6m", "q", "\u{1B}[<0;12;7M", "\u{1B}[<0;12;7m",
                          "\u{1B}[<65;3;4M", "\u{1B}[<0;20;10M\u{1B}[<0;20;10mx"] {
                fixture.terminal.type(bytes)
                while let key = await screen.key(within: 200) { keys.append(key) }
            }
            var times: [Double] = []
            let shown = keys.map { key -> Key in
                guard case .mouse(var event) = key else { return key }
                if let time = event.time { times.append(time) }
                event.time = nil
                return .mouse(event)
            }
            #expect(shown == [.mouse(MouseEvent(.click, row: 5, column: 9)), .char("q"), .mouse(MouseEvent(.click, row: 6, column: 11)),
                              .mouse(MouseEvent(.wheelDown, row: 3, column: 2)), .mouse(MouseEvent(.click, row: 9, column: 19)),
                              .char("x")])
            #expect(times.count == 4 && times == times.sorted(), "every event has its time, in order: \(times)")
        }

        @Test func sequencesCursesKnowsButKeysLackDoNotLeakCharacters() async throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            fixture.terminal.type("\u{1B}[1;5Ax")
            let first = await screen.key(within: 2000)
            guard case .unknown = first else {
                Issue.record("Ctrl-Up gave \(String(describing: first))")
                return
            }
            #expect(await screen.key(within: 2000) == .char("x"))
            #expect(screen.nextKey(timeoutMilliseconds: 0) == nil)
        }

        @Test func wakeMakesAWaitingReadReturn() async throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            screen.wake()
            #expect(await screen.key(within: 5000) == nil)
            let started = Date()
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { screen.wake() }
            #expect(await screen.key(within: 10_000) == nil)
            #expect(Date().timeIntervalSince(started) < 5)
            let timed = Date()
            #expect(await screen.key(within: 50) == nil)
            #expect(Date().timeIntervalSince(timed) >= 0.04)
        }

        @Test(arguments: [
            ([SIGTERM], TerminalSignal.terminate),
            ([SIGINT], .interrupt),
            ([SIGHUP], .hangup),
            ([SIGINT, SIGHUP, SIGTERM], .hangup),
        ])
        func terminatingSignalsAreReportedNotActedOn(signals: [Int32], expected: TerminalSignal) async throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            for signal in signals { kill(getpid(), signal) }
            #expect(await screen.key(within: 1000) == nil)
            var reads = 0
            while screen.pendingSignal != expected && reads < 20 {
                #expect(await screen.key(within: 100) == nil)
                reads += 1
            }
            #expect(screen.pendingSignal == expected)
            #expect(screen.takeSignal() == expected)
            #expect(screen.pendingSignal == nil)
        }

        @Test func suspendLeavesCursesAndComesBackWithARedraw() async throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            screen.draw(fixture.sampleGrid())
            let before = await fixture.terminal.settledOutputCount()
            kill(getpid(), SIGTSTP)
            #expect(await screen.key(within: 1000) == .resize)
            #expect(fixture.suspensions == 1)
            _ = await fixture.terminal.settledOutputCount()
            let sent = String(fixture.terminal.outputText.utf8.dropFirst(before)) ?? ""
            #expect(sent.contains("\u{1B}[?2004l") && sent.contains("\u{1B}[?1049l"))
            #expect(sent.hasSuffix("\u{1B}[?2004h") || sent.contains("\u{1B}[?1049h"))
            screen.draw(fixture.sampleGrid())
            #expect(screen.lastDrawCellCount == 24 * 80 - 4)
            #expect(screen.screenLine(0) == "Trunks 東京 ok")
        }

        @Test func closedInputIsAHangup() async throws {
            var ends: [Int32] = [-1, -1]
            #expect(pipe(&ends) == 0)
            // Close-on-exec: a child another test starts meanwhile must not keep the write end open.
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            let screen = try fixture.makeScreen(input: ends[0])
            defer {
                screen.stop()
                close(ends[0])
            }
            write(ends[1], "x", 1)
            #expect(await screen.key(within: 1000) == .char("x"))
            close(ends[1])
            #expect(await screen.key(within: 1000) == nil)
            #expect(screen.pendingSignal == .hangup)
        }

        @Test func stopRestoresTheTerminalAndSignalHandlers() async throws {
            var modes = termios()
            tcgetattr(fixture.terminal.slave, &modes)
            var termBefore = sigaction()
            sigaction(SIGTERM, nil, &termBefore)
            var segvBefore = sigaction()
            sigaction(SIGSEGV, nil, &segvBefore)

            let screen = try fixture.makeScreen()
            var raw = termios()
            tcgetattr(fixture.terminal.slave, &raw)
            #expect(raw.c_lflag & tcflag_t(ICANON) == 0)
            #expect(raw.c_iflag & tcflag_t(IXON) == 0)
            #expect(raw.c_lflag & tcflag_t(ISIG) == 0)
            #expect(throws: CursesError.alreadyActive) { try fixture.makeScreen() }

            screen.draw(fixture.sampleGrid())
            screen.stop()
            screen.stop()
            #expect(!screen.isActive)
            var after = termios()
            tcgetattr(fixture.terminal.slave, &after)
            #expect(after.c_lflag == modes.c_lflag && after.c_iflag == modes.c_iflag)
            #expect(after.c_oflag == modes.c_oflag)
            var termAfter = sigaction()
            sigaction(SIGTERM, nil, &termAfter)
            #expect(CursesFixture.handlerAddress(termAfter) == CursesFixture.handlerAddress(termBefore))
            var segvAfter = sigaction()
            sigaction(SIGSEGV, nil, &segvAfter)
            #expect(CursesFixture.handlerAddress(segvAfter) == CursesFixture.handlerAddress(segvBefore))
            _ = await fixture.terminal.settledOutputCount()
            let text = fixture.terminal.outputText
            let position = { (needle: String) in CursesFixture.lastIndex(of: needle, in: text) }
            #expect(position("\u{1B}[?1049l") > position("\u{1B}[?1049h"))
            #expect(position("\u{1B}[?2004l") > position("\u{1B}[?2004h"))
            #expect(position("\u{1B}[?2004h") > -1)
            screen.draw(fixture.sampleGrid())
            #expect(screen.nextKey(timeoutMilliseconds: 0) == nil)

            let second = try fixture.makeScreen()
            second.stop()
        }

        @Test func unknownTerminalTypeThrowsAndReleasesTheClaim() throws {
            #expect(throws: CursesError.cannotStart(terminalType: "no-such-terminal")) {
                try fixture.makeScreen(terminalType: "no-such-terminal")
            }
            let screen = try fixture.makeScreen()
            screen.stop()
        }

        @Test(arguments: ["dumb", ""])
        func aTerminalThatCannotMoveTheCursorIsRefusedBeforeAnythingIsSent(terminalType: String) async throws {
            let before = fixture.terminal.outputText
            #expect(throws: CursesError.notFullScreen(terminalType: terminalType)) {
                try fixture.makeScreen(terminalType: terminalType)
            }
            _ = await fixture.terminal.settledOutputCount()
            #expect(fixture.terminal.outputText == before, "nothing reaches the terminal, not even bracketed paste on")
            let screen = try fixture.makeScreen()
            screen.stop()
        }

        @Test(.enabled(if: isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0))
        func publicInitialiserRefusesRedirectedStreams() {
            #expect(throws: CursesError.notATerminal) { try CursesScreen(theme: .mono) }
        }
    }
}
