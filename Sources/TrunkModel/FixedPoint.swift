#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers with a fixed count of decimals ("12.50", "3.1"), rounded as C's `printf("%.*f")`
/// rounds them.
public enum FixedPoint {
    /// `value` with `decimals` digits after the point.
    public static func text(_ value: Double, decimals: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 352)
        let written = withVaList([Int32(decimals), value]) { arguments in
            vsnprintf(&buffer, buffer.count, "%.*f", arguments)
        }
        guard written >= 0 else { return "\(value)" }
        if Int(written) >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(written) + 1)
            _ = withVaList([Int32(decimals), value]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        }
        return String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
