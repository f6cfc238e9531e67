import Dispatch
import Foundation

/// Turns SIGINT and SIGTERM into an awaitable event (their default handlers are disabled from `init` on).
/// Owned by the command's run task; not shared.
final class TerminationSignals {
    private let sources: [any DispatchSourceSignal]
    private let stream: AsyncStream<Int32>
    private let continuation: AsyncStream<Int32>.Continuation

    /// Starts watching SIGINT and SIGTERM.
    init() {
        let (stream, continuation) = AsyncStream.makeStream(of: Int32.self)
        self.stream = stream
        self.continuation = continuation
        let queue = DispatchQueue(label: "fake-didww.signals")
        sources = [SIGINT, SIGTERM].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { continuation.yield(signalNumber) }
            source.resume()
            return source
        }
    }

    /// Suspends until the first SIGINT or SIGTERM arrives.
    func wait() async {
        for await _ in stream { return }
    }
}
