import Glibc

/// Keeps a spawned child from inheriting this process's other open descriptors. In a process
/// that runs tests in parallel, a child started by one test would otherwise hold on to another
/// test's pipe, terminal or socket (a tmux server keeps it for as long as it lives), and the
/// other test would never see that end close.
public enum InheritedDescriptors {
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which the Swift
    /// importer does not see; nil where the C library lacks it.
    private static let addCloseFrom: AddCloseFrom? = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np")
        .map { unsafeBitCast($0, to: AddCloseFrom.self) }

    /// Adds to `actions` the closing of every descriptor from `lowest` on (after the actions
    /// added before, such as the standard descriptors' redirections). Without support in the C
    /// library it adds nothing.
    public static func closeAll(from lowest: Int32 = 3, in actions: inout posix_spawn_file_actions_t) {
        _ = addCloseFrom?(&actions, lowest)
    }
}
