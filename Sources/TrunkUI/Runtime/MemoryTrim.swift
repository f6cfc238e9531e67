#if canImport(Glibc)
import Glibc
#endif

/// Gives the memory freed after a list load back to the system. Loading answers pages of JSON
/// (several in flight, each parsed into a tree before it becomes trunks); once the last page is
/// merged only the trunks stay, but glibc keeps the freed heap mapped, so the resident size
/// would stay at the loading peak. Runtime only (an OS call); a no-op where glibc's
/// `malloc_trim` is absent (it is looked up, as Swift's Glibc module does not declare it).
public enum MemoryTrim {
    private typealias Trim = @convention(c) (Int) -> Int32
    private typealias Option = @convention(c) (Int32, Int32) -> Int32

    /// glibc's `M_ARENA_MAX`.
    private static let arenaMaximum: Int32 = -8

    /// Caps glibc's malloc arenas at two (one per core of the machines we measure on) before any
    /// thread starts. Every curl transfer and page decode runs on a thread of its own, and glibc
    /// gives threads arenas of their own, up to eight per core, each keeping freed memory: with
    /// 10,000 trunks loaded that was 49–51 MB resident, 43–44 MB with two arenas (same minute,
    /// `MALLOC_ARENA_MAX=2`). An explicit `MALLOC_ARENA_MAX` in the environment wins.
    public static func limitArenas() {
        #if canImport(Glibc)
        guard getenv("MALLOC_ARENA_MAX") == nil, let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Option.self)(arenaMaximum, 2)
        #endif
    }

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
