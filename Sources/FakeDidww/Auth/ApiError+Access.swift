/// The access errors of API 2026-11-19 and of version selection.
extension ApiError {
    /// 401 when an `Api-Key` header is sent on an ordinary call in a bearer-token version.
    static func apiKeyNotAccepted(_ version: String) -> ApiError {
        ApiError(status: 401, code: "401", title: "Unauthorized",
                 detail: "Api-Key is not accepted on API calls in version \(version); send Authorization: Bearer with a token from POST /token")
    }

    /// 401 for a bearer token that was never minted here.
    static let invalidToken = ApiError(status: 401, code: "401", title: "Unauthorized", detail: "invalid access token")

    /// 401 for a bearer token whose lifetime has passed.
    static let expiredToken = ApiError(status: 401, code: "401", title: "Unauthorized", detail: "access token expired")

    /// 401 for a token minted for other hosts.
    static let wrongAudience = ApiError(status: 401, code: "401", title: "Unauthorized",
                                        detail: "access token is not valid for api.didww.com (aud)")

    /// 403 when a token with scope `read` tries a change.
    static let readScope = ApiError(status: 403, code: "403", title: "Forbidden",
                                    detail: "the access token's scope is read; changes need scope full")

    /// 403 on every outbound-trunk endpoint when the account lacks the Outbound API (2026-11-19).
    static let outboundAPIDisabled = ApiError(status: 403, code: "403", title: "Forbidden",
                                              detail: "Outbound API is not enabled for this account")

    /// 400 for an `X-DIDWW-API-Version` DIDWW never released.
    static func unknownApiVersion(_ version: String) -> ApiError {
        ApiError(status: 400, code: "400", title: "Invalid API version", detail: "\(version) is not a valid API version.")
    }
}
