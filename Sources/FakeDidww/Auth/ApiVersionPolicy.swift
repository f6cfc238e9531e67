/// Which API version serves a request (`X-DIDWW-API-Version`): the requested one when it is not older than
/// the account's pinned version, otherwise the pinned one; no header means the pinned one.
enum ApiVersionPolicy {
    /// The version that uses bearer tokens, refuses `Api-Key` and applies the newer trunk rules.
    static let tokenVersion = "2026-11-19"
    /// Every version DIDWW has released, oldest first.
    static let released = ["2017-09-18", "2021-04-19", "2021-12-15", "2022-05-10", "2026-04-16", "2026-11-19"]

    /// The served version, or a 400 for a version string DIDWW never released.
    static func served(requested: String?, pinned: String) -> Result<String, ApiError> {
        guard let requested, !requested.isEmpty else { return .success(pinned) }
        guard released.contains(requested) else { return .failure(.unknownApiVersion(requested)) }
        return .success(requested < pinned ? pinned : requested)
    }

    /// True when `version` authenticates ordinary calls with bearer tokens only.
    static func usesBearerTokens(_ version: String) -> Bool {
        version >= tokenVersion
    }
}
