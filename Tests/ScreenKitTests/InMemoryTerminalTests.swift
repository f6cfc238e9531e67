import Foundation
import ScreenKit
import Testing

struct InMemoryTerminalTests {
    @Test func keysComeOutInOrder() {
        let terminal = InMemoryTerminal()
        terminal.enqueue([.down, .enter])
        terminal.type("q東")
        #expect(terminal.pendingKeys == 4)
        var keys: [Key] = []
        while let key = terminal.nextKey(timeoutMilliseconds: 0) { keys.append(key) }
        #expect(keys == [.down, .enter, .char("q"), .char("東")])
        #expect(terminal.pendingKeys == 0)
    }

    @Test func anEmptyQueueTimesOut() {
        let terminal = InMemoryTerminal()
        let started = Date()
        #expect(terminal.nextKey(timeoutMilliseconds: 30) == nil)
        #expect(Date().timeIntervalSince(started) >= 0.02)
    }

    @Test func wakeEndsAWaitWithoutAKey() {
        let terminal = InMemoryTerminal()
        terminal.wake()
        #expect(terminal.nextKey(timeoutMilliseconds: -1) == nil)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { terminal.wake() }
        let started = Date()
        #expect(terminal.nextKey(timeoutMilliseconds: 10_000) == nil)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func aKeyFromAnotherThreadEndsAWait() {
        let terminal = InMemoryTerminal()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { terminal.enqueue([.tab]) }
        #expect(terminal.nextKey(timeoutMilliseconds: -1) == .tab)
    }

    @Test func resizeChangesTheSizeAndQueuesAnEvent() {
        let terminal = InMemoryTerminal(rows: 24, columns: 80)
        #expect(terminal.size == (24, 80))
        terminal.resize(rows: 10, columns: 40)
        #expect(terminal.size == (10, 40))
        #expect(terminal.nextKey(timeoutMilliseconds: 0) == .resize)
    }

    @Test func framesAreKept() {
        let terminal = InMemoryTerminal(rows: 2, columns: 10)
        var grid = Grid(rows: 2, columns: 10)
        grid.write("frame", row: 1, column: 0)
        terminal.draw(grid)
        terminal.invalidate()
        terminal.draw(grid)
        #expect(terminal.frameCount == 2)
        #expect(terminal.lastFrame.plainText() == "\nframe")
    }

    @Test(arguments: [
        (Key.char(" "), "Space"), (.char("j"), "j"), (.ctrl("s"), "Ctrl-S"), (.backTab, "Shift-Tab"),
        (.function(5), "F5"), (.pageDown, "PgDn"), (.escape, "Esc"),
    ])
    func keysHaveDisplayNames(key: Key, expected: String) {
        #expect(key.displayName == expected)
    }
}
