import FoundationEssentials
import TrunkModel

/// The API key, held so that printing, dumping or interpolating it shows `[redacted]`.
struct APIKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The key itself; read only to put it in the `Api-Key` header.
    let value: String

    /// Wraps `value`, dropping surrounding whitespace and line breaks (as left by `$(cat file)`).
    init(_ value: String) {
        self.value = value.trimmingWhitespaceAndNewlines()
    }

    var description: String { "[redacted]" }
    var debugDescription: String { "[redacted]" }
    var customMirror: Mirror { Mirror(self, children: [:]) }
}
