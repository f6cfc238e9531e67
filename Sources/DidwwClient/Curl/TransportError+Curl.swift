import CCurl
import CCurlShim
import FoundationEssentials

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CurlTransfer {
    /// Turns a failed `curl_easy_perform` into the error the caller sees; call before the handle is reset.
    func failure(for code: CURLcode, sink: CurlTransferSink) -> Error {
        let host = request.url.host ?? "the server"
        let detail = sink.errorMessage ?? String(cString: curl_easy_strerror(code))
        switch code {
        case CURLE_ABORTED_BY_CALLBACK where sink.cancellation.isCancelled:
            return CancellationError()
        case CURLE_WRITE_ERROR where sink.bodyExceededLimit:
            return TransportError.responseTooLarge(limitBytes: maximumBodyBytes)
        case CURLE_COULDNT_CONNECT:
            return connectFailure(host: host, detail: detail)
        case CURLE_COULDNT_RESOLVE_HOST:
            return TransportError.hostNotFound(host: host)
        case CURLE_OPERATION_TIMEDOUT:
            if !connected {
                return TransportError.couldNotConnect(
                    host: host, port: port,
                    reason: "no answer within \(TransportError.formatSeconds(min(connectTimeout, request.timeout)))")
            }
            return TransportError.timedOut(seconds: request.timeout, requestSent: requestSent)
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM,
             CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR,
             CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_ENGINE_INITFAILED:
            return TransportError.tlsFailure(host: host, detail: detail)
        case CURLE_GOT_NOTHING:
            return TransportError.connectionLost(host: host, detail: "the server closed the connection without answering",
                                                 requestSent: requestSent)
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE, CURLE_HTTP2, CURLE_HTTP2_STREAM:
            return TransportError.connectionLost(host: host, detail: detail, requestSent: requestSent)
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return TransportError.invalidRequest(reason: detail)
        default:
            return TransportError.other(code: Int(code.rawValue), message: detail)
        }
    }

    private func connectFailure(host: String, detail: String) -> TransportError {
        var osError = 0
        _ = trunks_curl_getinfo_long(handle.raw, CURLINFO_OS_ERRNO, &osError)
        switch Int32(osError) {
        case ECONNREFUSED:
            return .connectionRefused(host: host, port: port)
        case 0:
            return .couldNotConnect(host: host, port: port, reason: detail)
        default:
            return .couldNotConnect(host: host, port: port, reason: String(cString: strerror(Int32(osError))).lowercased())
        }
    }

    private var port: Int {
        request.url.port ?? (request.url.scheme?.lowercased() == "http" ? 80 : 443)
    }

    /// True once a connection was in place: a new one (connect time), or a reused one (which
    /// reports a connect time of 0 but reaches the pre-transfer stage or sends request bytes).
    private var connected: Bool {
        var connectSeconds = 0.0
        var pretransferSeconds = 0.0
        _ = trunks_curl_getinfo_double(handle.raw, CURLINFO_CONNECT_TIME, &connectSeconds)
        _ = trunks_curl_getinfo_double(handle.raw, CURLINFO_PRETRANSFER_TIME, &pretransferSeconds)
        return connectSeconds > 0 || pretransferSeconds > 0 || requestSent
    }

    private var requestSent: Bool {
        var requestBytes = 0
        _ = trunks_curl_getinfo_long(handle.raw, CURLINFO_REQUEST_SIZE, &requestBytes)
        return requestBytes > 0
    }
}
