import Dispatch
import Synchronization

/// A terminal held in memory for tests: keys are queued, frames are kept for inspection.
///
/// Threading: every member is safe from any thread (a test queues keys and watches the frames
/// while the runner draws on its loop thread). The contents sit in a `Mutex`; a blocked `nextKey`
/// waits on a semaphore that every queued key and every `wake()` signals.
public final class InMemoryTerminal: TerminalDriver {
    private struct Contents {
        var keys: [Key] = []
        var woken = false
        var size: (rows: Int, columns: Int)
        var frame: Grid
        var frames = 0
        var controlSequences: [String] = []
        var theme: Theme?
    }

    private let contents: Mutex<Contents>
    /// Signalled after every change `nextKey` waits for; a signal that finds nothing new only
    /// makes the waiter look again.
    private let doorbell = DispatchSemaphore(value: 0)

    /// The last grid drawn.
    public var lastFrame: Grid { contents.withLock { $0.frame } }
    /// Number of frames drawn so far.
    public var frameCount: Int { contents.withLock { $0.frames } }

    /// A terminal of `rows` × `columns`.
    public init(rows: Int = 24, columns: Int = 80) {
        contents = Mutex(Contents(size: (rows, columns), frame: Grid(rows: rows, columns: columns)))
    }

    public var size: (rows: Int, columns: Int) {
        contents.withLock { $0.size }
    }

    /// Changes the size and queues a resize event.
    public func resize(rows: Int, columns: Int) {
        contents.withLock {
            $0.size = (rows, columns)
            $0.keys.append(.resize)
        }
        doorbell.signal()
    }

    /// Queues keys to be read by the application.
    public func enqueue(_ newKeys: [Key]) {
        contents.withLock { $0.keys.append(contentsOf: newKeys) }
        doorbell.signal()
    }

    /// Queues every character of `text` as a key.
    public func type(_ text: String) {
        enqueue(text.map { Key.char($0) })
    }

    /// Number of keys not yet read.
    public var pendingKeys: Int {
        contents.withLock { $0.keys.count }
    }

    public func draw(_ grid: Grid) {
        contents.withLock {
            $0.frame = grid
            $0.frames += 1
        }
    }

    public func invalidate() {}

    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        let deadline = DispatchTime.now() + .milliseconds(max(0, timeoutMilliseconds))
        while !hasKeyOrWake {
            if timeoutMilliseconds < 0 {
                doorbell.wait()
            } else if doorbell.wait(timeout: deadline) == .timedOut {
                break
            }
        }
        return contents.withLock { contents in
            contents.woken = false
            return contents.keys.isEmpty ? nil : contents.keys.removeFirst()
        }
    }

    /// True when a key is queued or `wake()` was called since the last `nextKey` returned.
    private var hasKeyOrWake: Bool {
        contents.withLock { !$0.keys.isEmpty || $0.woken }
    }

    /// Control sequences written so far (OSC 52 copies), in order.
    public var controlSequences: [String] { contents.withLock { $0.controlSequences } }
    /// The theme last applied.
    public var theme: Theme? { contents.withLock { $0.theme } }

    /// Records `sequence` in `controlSequences`.
    public func writeControlSequence(_ sequence: String) {
        contents.withLock { $0.controlSequences.append(sequence) }
    }

    /// Records `theme` as the one applied.
    public func applyTheme(_ theme: Theme) {
        contents.withLock { $0.theme = theme }
    }

    /// Nothing to hand back in memory.
    public func suspend() {}

    public func wake() {
        contents.withLock { $0.woken = true }
        doorbell.signal()
    }
}
