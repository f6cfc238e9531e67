import FoundationEssentials

/// A bearer token minted by the token service, held in memory only; printing, dumping or
/// interpolating it shows `[redacted]`.
struct AccessToken: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The token itself; read only to put it in the `Authorization` header.
    let value: String
    /// When the token service said it stops working.
    let expiresAt: ContinuousClock.Instant
    /// When to mint the next one: a tenth of the lifetime (at most a minute) before it expires.
    let renewAt: ContinuousClock.Instant

    /// The longest lifetime taken from the token service (a day): a larger `expires_in`, up to
    /// `Int.max`, would overflow the clock's arithmetic.
    static let longestLifetime = 86_400

    /// A token valid for `lifetime` seconds from `mintedAt` (at most `longestLifetime`).
    init(value: String, lifetime: Int, mintedAt: ContinuousClock.Instant) {
        self.value = value
        let seconds = Double(min(max(0, lifetime), Self.longestLifetime))
        expiresAt = mintedAt + .milliseconds(Int64(seconds * 1000))
        renewAt = expiresAt - .milliseconds(Int64(min(60, seconds / 10) * 1000))
    }

    var description: String { "[redacted]" }
    var debugDescription: String { "[redacted]" }
    var customMirror: Mirror { Mirror(self, children: [:]) }
}
