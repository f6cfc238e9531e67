#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts blocking work on a new thread of its own, never on the loop nor on Swift's
/// cooperative pool (`AppRunner.startOnOwnThread`).
enum DetachedThread {
    /// Starts `body` on a new detached thread named `name` and returns at once. Traps when the
    /// system can start no thread.
    static func start(_ name: String, _ body: @escaping @Sendable () -> Void) {
        let start = Unmanaged.passRetained(ThreadStart(name: name, body: body)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let failure = pthread_create(&thread, &attributes, { context in
            let start = Unmanaged<ThreadStart>.fromOpaque(context!).takeRetainedValue()
            start.run()
            return nil
        }, start)
        precondition(failure == 0, "cannot start a thread: error \(failure)")
    }
}

/// What a new thread runs, handed to it through `pthread_create`'s context pointer.
private final class ThreadStart: Sendable {
    let name: String
    let body: @Sendable () -> Void

    init(name: String, body: @escaping @Sendable () -> Void) {
        self.name = name
        self.body = body
    }

    func run() {
        #if canImport(Glibc)
        // What `ps -L` and debuggers show: the kernel keeps at most 15 bytes of it.
        let descriptor = open("/proc/thread-self/comm", O_WRONLY)
        if descriptor >= 0 {
            let bytes = Array(name.utf8.prefix(15))
            _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        #else
        _ = pthread_setname_np(name)
        #endif
        body()
    }
}
