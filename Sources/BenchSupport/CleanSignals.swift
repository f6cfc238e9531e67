import Foundation

/// Spawn attributes for a child that starts with no signal blocked and every handler at its
/// default. The test runner's threads block signals (SIGCHLD, SIGWINCH, ...) and a spawned child
/// inherits that mask: a tmux server started so never reaps its pane's process nor hears
/// SIGTERM, and outlives the test. Every process the end-to-end tests and the bench start goes
/// through this. `extraFlags` adds spawn flags (the pty's `POSIX_SPAWN_SETSID`).
public enum CleanSignals {
    public static func withAttributes<T>(extraFlags: Int16 = 0,
                                         _ body: (UnsafePointer<posix_spawnattr_t>) throws -> T) rethrows -> T {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        sigdelset(&everySignal, SIGKILL)
        sigdelset(&everySignal, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        posix_spawnattr_setflags(&attributes, extraFlags | Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return try withUnsafePointer(to: &attributes) { try body($0) }
    }
}
