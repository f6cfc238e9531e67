#if canImport(Glibc)
import Glibc
#endif

/// Gives the memory freed after a list load back to the system. Loading answers pages of JSON
/// (several in flight, each parsed into a tree before it becomes trunks); once the last page is
/// merged only the trunks stay, but glibc keeps the freed heap mapped, so the resident size
/// would stay at the loading peak. Runtime only (an OS call); a no-op where glibc's
/// `malloc_trim` is absent (it is looked up, as Swift's Glibc module does not declare it).
enum MemoryTrim {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    static func afterListLoad() {
        _ = trim?(0)
    }
}
