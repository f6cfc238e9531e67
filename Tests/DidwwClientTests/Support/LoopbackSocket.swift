import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A listening TCP socket on 127.0.0.1 with an OS-chosen port, for tests that need raw behaviour.
final class LoopbackSocket: @unchecked Sendable {
    let descriptor: Int32
    let port: UInt16

    /// A socket bound to a port of its own; with `listening` false it accepts nothing, so a
    /// connection to its port is refused for as long as the socket is open (no other test can
    /// take the port meanwhile).
    init(listening: Bool = true) throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EBADF) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(descriptor, raw, length) == 0 && (!listening || listen(descriptor, 4) == 0)
                    && getsockname(descriptor, raw, &length) == 0
            }
        }
        guard bound else {
            _ = Glibc.close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        self.descriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    /// A port on 127.0.0.1 that nothing listens on (bound, then closed again).
    static func closedPort() throws -> UInt16 {
        let socket = try LoopbackSocket()
        socket.close()
        return socket.port
    }

    func close() {
        _ = Glibc.close(descriptor)
    }

    /// On a background thread: accepts one connection, reads the request head, writes `reply`, closes.
    func answerOnce(with reply: String) {
        let thread = Thread { [self] in
            let connection = accept(descriptor, nil, nil)
            guard connection >= 0 else { return }
            var received = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !received.ends(with: Array("\r\n\r\n".utf8)) {
                let count = read(connection, &buffer, buffer.count)
                guard count > 0 else { break }
                received += buffer[0..<count]
            }
            let bytes = Array(reply.utf8)
            _ = write(connection, bytes, bytes.count)
            _ = Glibc.close(connection)
        }
        thread.start()
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
