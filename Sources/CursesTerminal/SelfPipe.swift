import Glibc

/// A non-blocking pipe that a `poll` can wait on: a byte written to it wakes the waiter.
///
/// Threading: `send` is safe from any thread (it is one `write`); `drain` belongs to the thread
/// that polls. The descriptors live as long as the object, so a late `send` never writes to a
/// reused descriptor.
final class SelfPipe: Sendable {
    /// The end to poll and drain.
    let readDescriptor: Int32
    /// The end to write to.
    let writeDescriptor: Int32

    /// A new pipe; both ends non-blocking and close-on-exec.
    init() throws(CursesError) {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw .systemCallFailed(call: "pipe", errno: errno) }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    /// Writes one byte; when the pipe is full the byte is dropped (the reader is awake anyway).
    func send(_ byte: UInt8 = 0) {
        var value = byte
        _ = write(writeDescriptor, &value, 1)
    }

    /// Reads every byte waiting in the pipe without blocking.
    func drain() -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(readDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                result.append(contentsOf: buffer[0..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return result
            }
        }
    }
}
