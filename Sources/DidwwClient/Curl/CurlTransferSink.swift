import CCurl
import FoundationEssentials
import TrunkModel

/// Collects one transfer's header lines and body bytes from libcurl's callbacks.
///
/// Owned by the transfer and touched only on the thread running `curl_easy_perform`, except
/// `cancellation`, which is thread-safe.
final class CurlTransferSink {
    let cancellation: CurlCancellation
    let maximumBodyBytes: Int
    private(set) var body = Data()
    private(set) var headers: [(name: String, value: String)] = []
    private(set) var bodyExceededLimit = false
    /// libcurl writes its detailed error message here (CURLOPT_ERRORBUFFER).
    let errorBuffer: UnsafeMutablePointer<CChar>

    /// Creates an empty sink that accepts at most `maximumBodyBytes` of body.
    init(cancellation: CurlCancellation, maximumBodyBytes: Int) {
        self.cancellation = cancellation
        self.maximumBodyBytes = maximumBodyBytes
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit {
        errorBuffer.deallocate()
    }

    /// libcurl's detailed message for the last failure, or nil when it wrote none.
    var errorMessage: String? {
        let text = String(cString: errorBuffer).trimmingWhitespaceAndNewlines()
        return text.isEmpty ? nil : text
    }

    /// Appends body bytes; returns false once the body passes the limit (libcurl then aborts).
    func appendBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= maximumBodyBytes else {
            bodyExceededLimit = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// Takes one raw header line; a status line starts a new header block (after 1xx or redirects).
    func appendHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingWhitespaceAndNewlines()
        if line.hasPrefix("HTTP/") {
            headers.removeAll()
            return
        }
        guard let colon = line.firstIndex(of: ":") else {
            return
        }
        let name = line[..<colon].trimmingWhitespace()
        let value = line[line.index(after: colon)...].trimmingWhitespace()
        headers.append((name: name, value: value))
    }
}
