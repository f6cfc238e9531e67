import CCurl
import CCurlShim
import FoundationEssentials

/// Runs one request on one easy handle, blocking the calling thread until libcurl is done.
///
/// Must run on a thread that may block (never the UI loop, never a Swift concurrency thread);
/// the handle is reset before and after, which keeps its live connections for the next use.
///
/// A change (POST, PATCH, PUT, DELETE) always goes out on a new connection. libcurl sends a
/// request again by itself when a reused connection dies before any answer byte, and that
/// connection may have died after the server acted: a change sent that way could be made twice.
/// On a new connection libcurl never resends, and the caller settles the outcome by reading.
struct CurlTransfer {
    let handle: CurlEasyHandle
    let request: HTTPRequest
    let connectTimeout: TimeInterval
    let maximumBodyBytes: Int
    let cancellation: CurlCancellation

    /// Performs the request and returns the response or the error that stopped it.
    func run() -> Result<HTTPResponse, Error> {
        curl_easy_reset(handle.raw)
        defer { curl_easy_reset(handle.raw) }
        let sink = CurlTransferSink(cancellation: cancellation, maximumBodyBytes: maximumBodyBytes)
        var headerList: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headerList) }
        do {
            headerList = try makeHeaderList()
            try configure(sink: sink, headerList: headerList)
        } catch {
            return .failure(error)
        }
        let code = withExtendedLifetime(sink) { curl_easy_perform(handle.raw) }
        guard code == CURLE_OK else {
            return .failure(failure(for: code, sink: sink))
        }
        var status = 0
        _ = trunks_curl_getinfo_long(handle.raw, CURLINFO_RESPONSE_CODE, &status)
        return .success(HTTPResponse(status: status, headers: sink.headers, body: sink.body))
    }

    private func configure(sink: CurlTransferSink, headerList: UnsafeMutablePointer<curl_slist>?) throws {
        let raw = handle.raw
        try check(trunks_curl_setopt_string(raw, CURLOPT_URL, request.url.absoluteString))
        try check(trunks_curl_setopt_string(raw, CURLOPT_PROTOCOLS_STR, "http,https"))
        try check(trunks_curl_setopt_long(raw, CURLOPT_NOSIGNAL, 1))
        try check(trunks_curl_setopt_long(raw, CURLOPT_FOLLOWLOCATION, 0))
        try check(trunks_curl_setopt_long(raw, CURLOPT_SSL_VERIFYPEER, 1))
        try check(trunks_curl_setopt_long(raw, CURLOPT_SSL_VERIFYHOST, 2))
        try check(trunks_curl_setopt_string(raw, CURLOPT_ACCEPT_ENCODING, ""))
        try check(trunks_curl_setopt_long(raw, CURLOPT_TIMEOUT_MS, milliseconds(request.timeout)))
        try check(trunks_curl_setopt_long(raw, CURLOPT_CONNECTTIMEOUT_MS,
                                          milliseconds(min(connectTimeout, request.timeout))))
        try check(trunks_curl_setopt_pointer(raw, CURLOPT_ERRORBUFFER, sink.errorBuffer))
        try check(trunks_curl_setopt_slist(raw, CURLOPT_HTTPHEADER, headerList))
        try configureMethodAndBody()
        if request.method.isMutating {
            try check(trunks_curl_setopt_long(raw, CURLOPT_FRESH_CONNECT, 1))
        }
        let context = Unmanaged.passUnretained(sink).toOpaque()
        try check(trunks_curl_set_write_callback(raw, { data, size, count, context in
            guard let data, let context else { return 0 }
            let sink = Unmanaged<CurlTransferSink>.fromOpaque(context).takeUnretainedValue()
            let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
            return sink.appendBody(bytes) ? size * count : 0
        }, context))
        try check(trunks_curl_set_header_callback(raw, { data, size, count, context in
            guard let data, let context else { return 0 }
            let sink = Unmanaged<CurlTransferSink>.fromOpaque(context).takeUnretainedValue()
            sink.appendHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
            return size * count
        }, context))
        try check(trunks_curl_set_progress_callback(raw, { context, _, _, _, _ in
            guard let context else { return 0 }
            let sink = Unmanaged<CurlTransferSink>.fromOpaque(context).takeUnretainedValue()
            return sink.cancellation.isCancelled ? 1 : 0
        }, context))
    }

    private func configureMethodAndBody() throws {
        let raw = handle.raw
        switch request.method {
        case .get:
            try check(trunks_curl_setopt_long(raw, CURLOPT_HTTPGET, 1))
        case .post:
            try check(trunks_curl_setopt_long(raw, CURLOPT_POST, 1))
        case .patch, .put, .delete:
            try check(trunks_curl_setopt_string(raw, CURLOPT_CUSTOMREQUEST, request.method.rawValue))
        }
        guard request.method != .get else { return }
        let body = request.body ?? Data()
        guard request.method == .post || request.body != nil else { return }
        try check(trunks_curl_setopt_off_t(raw, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
        if body.isEmpty {
            try check(trunks_curl_setopt_string(raw, CURLOPT_COPYPOSTFIELDS, ""))
            return
        }
        try body.withUnsafeBytes { bytes in
            try check(trunks_curl_setopt_pointer(raw, CURLOPT_COPYPOSTFIELDS, bytes.baseAddress))
        }
    }

    private func makeHeaderList() throws -> UnsafeMutablePointer<curl_slist>? {
        var list: UnsafeMutablePointer<curl_slist>?
        for header in request.headers + [(name: "Expect", value: "")] {
            let breaksLine: (Unicode.Scalar) -> Bool = { $0 == "\r" || $0 == "\n" || $0 == "\0" }
            guard !header.name.unicodeScalars.contains(where: breaksLine),
                  !header.value.unicodeScalars.contains(where: breaksLine) else {
                curl_slist_free_all(list)
                throw TransportError.invalidRequest(reason: "a header contains a line break")
            }
            let line = header.value.isEmpty ? "\(header.name):" : "\(header.name): \(header.value)"
            guard let extended = curl_slist_append(list, line) else {
                curl_slist_free_all(list)
                throw TransportError.other(code: Int(CURLE_OUT_OF_MEMORY.rawValue), message: "out of memory")
            }
            list = extended
        }
        return list
    }

    private func check(_ code: CURLcode) throws {
        guard code == CURLE_OK else {
            throw TransportError.other(code: Int(code.rawValue), message: String(cString: curl_easy_strerror(code)))
        }
    }

    /// Seconds as libcurl milliseconds, at least 1 (0 would mean "no limit") and at most a day.
    private func milliseconds(_ seconds: TimeInterval) -> Int {
        let oneDay = 86_400_000.0
        guard seconds.isFinite else { return Int(oneDay) }
        return Int(min(max(1, (seconds * 1000).rounded()), oneDay))
    }
}
