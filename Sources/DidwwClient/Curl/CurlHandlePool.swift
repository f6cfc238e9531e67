import CCurl
import CCurlShim
import FoundationEssentials
import Synchronization

/// A libcurl easy handle; used by one thread at a time, which the pool guarantees.
/// `@unchecked Sendable` because the handle is a C pointer: the pool lends it to one transfer at
/// a time, and only the thread running that transfer touches it. A `Mutex` cannot hold it while a
/// transfer runs (`curl_easy_perform` blocks for the whole request, and cancellation must reach
/// the transfer meanwhile through `CurlCancellation`'s `Atomic`); the pool's `Mutex` guards the lending instead.
struct CurlEasyHandle: @unchecked Sendable {
    let raw: UnsafeMutableRawPointer
}

/// A bounded set of reusable easy handles, so that connections stay alive between requests.
///
/// `acquire` suspends (without blocking a thread) while all handles are lent out; `release` hands
/// the handle to the longest waiter or keeps it idle. Safe to use from any thread.
final class CurlHandlePool: Sendable {
    private struct State {
        var idle: [CurlEasyHandle] = []
        var created = 0
        var waiters: [CheckedContinuation<CurlEasyHandle, Never>] = []
    }

    private static let globalInitResult: CURLcode = trunks_curl_global_init()

    private let capacity: Int
    private let state = Mutex(State())

    /// Creates a pool that lends at most `capacity` handles at a time (at least one).
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    deinit {
        state.withLock { state in
            for handle in state.idle {
                curl_easy_cleanup(handle.raw)
            }
            state.idle.removeAll()
        }
    }

    /// Lends a handle, creating one if under capacity, otherwise waiting for a release.
    func acquire() async throws -> CurlEasyHandle {
        enum Decision {
            case lend(CurlEasyHandle)
            case create
            case wait
        }
        let decision: Decision = state.withLock { state in
            if let handle = state.idle.popLast() {
                return .lend(handle)
            }
            if state.created < capacity {
                state.created += 1
                return .create
            }
            return .wait
        }
        switch decision {
        case let .lend(handle):
            return handle
        case .create:
            return try makeHandle()
        case .wait:
            return await withCheckedContinuation { continuation in
                let handOver: CurlEasyHandle? = state.withLock { state in
                    if let handle = state.idle.popLast() {
                        return handle
                    }
                    state.waiters.append(continuation)
                    return nil
                }
                if let handOver {
                    continuation.resume(returning: handOver)
                }
            }
        }
    }

    /// Returns a handle lent by `acquire`; the caller must not touch it afterwards.
    func release(_ handle: CurlEasyHandle) {
        let waiter: CheckedContinuation<CurlEasyHandle, Never>? = state.withLock { state in
            if state.waiters.isEmpty {
                state.idle.append(handle)
                return nil
            }
            return state.waiters.removeFirst()
        }
        waiter?.resume(returning: handle)
    }

    private func makeHandle() throws -> CurlEasyHandle {
        guard Self.globalInitResult == CURLE_OK, let raw = curl_easy_init() else {
            state.withLock { $0.created -= 1 }
            throw TransportError.other(code: Int(Self.globalInitResult.rawValue),
                                       message: "libcurl could not be initialised")
        }
        return CurlEasyHandle(raw: raw)
    }
}
