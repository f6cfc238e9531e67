import Foundation

/// A terminal held in memory for tests: keys are queued, frames are kept for inspection.
///
/// Threading: `wake()`, `enqueue`, `lastFrame` and `frameCount` may be used from any thread (a
/// test watches the frames while the runner draws); the rest from the UI loop.
public final class InMemoryTerminal: TerminalDriver, @unchecked Sendable {
    private let lock = NSCondition()
    private var keys: [Key] = []
    private var woken = false
    private var currentSize: (rows: Int, columns: Int)
    private var frame: Grid
    private var frames = 0

    /// The last grid drawn.
    public var lastFrame: Grid { lock.withLock { frame } }
    /// Number of frames drawn so far.
    public var frameCount: Int { lock.withLock { frames } }

    /// A terminal of `rows` × `columns`.
    public init(rows: Int = 24, columns: Int = 80) {
        currentSize = (rows, columns)
        frame = Grid(rows: rows, columns: columns)
    }

    public var size: (rows: Int, columns: Int) {
        lock.lock(); defer { lock.unlock() }
        return currentSize
    }

    /// Changes the size and queues a resize event.
    public func resize(rows: Int, columns: Int) {
        lock.lock()
        currentSize = (rows, columns)
        keys.append(.resize)
        lock.broadcast()
        lock.unlock()
    }

    /// Queues keys to be read by the application.
    public func enqueue(_ newKeys: [Key]) {
        lock.lock()
        keys.append(contentsOf: newKeys)
        lock.broadcast()
        lock.unlock()
    }

    /// Queues every character of `text` as a key.
    public func type(_ text: String) {
        enqueue(text.map { Key.char($0) })
    }

    /// Number of keys not yet read.
    public var pendingKeys: Int {
        lock.lock(); defer { lock.unlock() }
        return keys.count
    }

    public func draw(_ grid: Grid) {
        lock.withLock {
            frame = grid
            frames += 1
        }
    }

    public func invalidate() {}

    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        lock.lock(); defer { lock.unlock() }
        let deadline = Date(timeIntervalSinceNow: Double(max(0, timeoutMilliseconds)) / 1000)
        while keys.isEmpty && !woken {
            if timeoutMilliseconds < 0 {
                lock.wait()
            } else if !lock.wait(until: deadline) {
                break
            }
        }
        woken = false
        return keys.isEmpty ? nil : keys.removeFirst()
    }

    /// Control sequences written so far (OSC 52 copies), in order.
    public private(set) var controlSequences: [String] = []
    /// The theme last applied.
    public private(set) var theme: Theme?

    /// Records `sequence` in `controlSequences`.
    public func writeControlSequence(_ sequence: String) {
        controlSequences.append(sequence)
    }

    /// Records `theme` as the one applied.
    public func applyTheme(_ theme: Theme) {
        self.theme = theme
    }

    /// Nothing to hand back in memory.
    public func suspend() {}

    public func wake() {
        lock.lock()
        woken = true
        lock.broadcast()
        lock.unlock()
    }
}
