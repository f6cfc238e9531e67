import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's standard input, output and error as bytes, written at once (no buffer in
/// between, so a line to standard error never waits behind one to standard output).
enum StandardStreams {
    /// Writes `text` to standard output.
    static func output(_ text: String) {
        write(Data(text.utf8), to: STDOUT_FILENO)
    }

    /// Writes `text` to standard error.
    static func error(_ text: String) {
        write(Data(text.utf8), to: STDERR_FILENO)
    }

    /// All of standard input, up to its end.
    static func readInput() -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return data }
            data.append(contentsOf: chunk[..<count])
        }
    }

    /// Writes all of `data` to `descriptor`; stops early when the stream is closed or fails.
    private static func write(_ data: Data, to descriptor: Int32) {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                let written = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}

/// Ends the process with `status` (the C library's `exit`: standard output is flushed first).
func exitProcess(_ status: Int32) -> Never {
    #if canImport(Glibc)
    Glibc.exit(status)
    #else
    Darwin.exit(status)
    #endif
}
