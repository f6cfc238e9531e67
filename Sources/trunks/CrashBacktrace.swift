import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Swift's crash backtracer asks "Press space to interact…" and waits 30 s when the program runs on
/// a terminal; over SSH, after a crash, that is a frozen session. The runtime reads its settings
/// only at start, so the program starts itself again once with `interactive=no` (the backtrace is
/// still printed, for the bug report) unless the user chose settings of their own.
enum CrashBacktrace {
    /// Re-executes the program with `SWIFT_BACKTRACE=interactive=no` when it is not set; returns
    /// only when there is nothing to do or the re-exec failed.
    static func makeNonInteractive() {
        guard ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] == nil, runtimeIsShared else { return }
        // The real path, not /proc/self/exe: the process keeps its name ("trunks") for ps and kill.
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return }
        setenv("SWIFT_BACKTRACE", "interactive=no", 1)
        var cArguments: [UnsafeMutablePointer<CChar>?] = CommandLine.arguments.map { strdup($0) } + [nil]
        execv(executable, &cArguments)
        cArguments.forEach { free($0) }
    }

    /// True when the Swift runtime comes from `libswiftCore.so`. A release build links it in
    /// (`scripts/build-release`), and such a binary has no backtracer that could wait: restarting
    /// it would only cost a second start (~30 ms before the first request).
    private static var runtimeIsShared: Bool {
        // RTLD_NOLOAD: a handle only when the library is already loaded.
        guard let handle = dlopen("libswiftCore.so", RTLD_LAZY | RTLD_NOLOAD) else { return false }
        dlclose(handle)
        return true
    }
}
