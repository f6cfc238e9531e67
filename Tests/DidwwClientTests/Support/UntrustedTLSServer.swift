import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `openssl s_server` on 127.0.0.1 with a fresh self-signed certificate, which no client should trust.
///
/// Every wait suspends (a process's end through its termination handler, the listening port by
/// polling with `Task.sleep`): no thread of Swift's cooperative pool waits for openssl.
final class UntrustedTLSServer: Sendable {
    let port: UInt16
    private let server: StartedProcess
    private let directory: URL

    private init(port: UInt16, server: StartedProcess, directory: URL) {
        self.port = port
        self.server = server
        self.directory = directory
    }

    /// Starts a server, runs `body`, and stops the server whether `body` returns or throws.
    static func with<Result>(_ body: (UntrustedTLSServer) async throws -> Result) async throws -> Result {
        let server = try await start()
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    private static func start() async throws -> UntrustedTLSServer {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trunks-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let key = directory.appendingPathComponent("key.pem").path
        let certificate = directory.appendingPathComponent("cert.pem").path
        let made = try StartedProcess(openSSL: ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                                                "-nodes", "-keyout", key, "-out", certificate, "-days", "1",
                                                "-subj", "/CN=127.0.0.1"])
        guard await made.exitStatus() == 0 else {
            try? FileManager.default.removeItem(at: directory)
            throw POSIXError(.EIO)
        }
        // The port was free a moment ago; a test running at the same time may take it first, and
        // then openssl ends at once and another port is tried.
        for _ in 0..<5 {
            let port = try LoopbackSocket.closedPort()
            let server = try StartedProcess(openSSL: ["s_server", "-accept", "127.0.0.1:\(port)", "-cert", certificate,
                                                      "-key", key, "-quiet"])
            if try await listens(port: port, server: server) {
                return UntrustedTLSServer(port: port, server: server, directory: directory)
            }
            server.kill()
            _ = await server.exitStatus()
        }
        try? FileManager.default.removeItem(at: directory)
        throw POSIXError(.ETIMEDOUT)
    }

    /// Kills the server with SIGKILL (a child spawned from a dispatch thread inherits its blocked
    /// SIGTERM) and awaits its end.
    func stop() async {
        server.kill()
        _ = await server.exitStatus()
        try? FileManager.default.removeItem(at: directory)
    }

    /// True once `server` accepts connections on `port`; false when it ended or after 10 s.
    private static func listens(port: UInt16, server: StartedProcess) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline && server.isRunning {
            if canConnect(port: port) { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    private static func canConnect(port: UInt16) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
