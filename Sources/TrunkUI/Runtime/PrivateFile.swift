import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one writer of the program's private files (drafts, audit trail): mode 0600 in a 0700
/// directory, created if missing, tightened to 0600 if an older copy was wider, every byte written
/// or an error that names the file.
///
/// Two ways to write: `replace` (atomic: the old file stays whole until the new one is complete
/// on disk) and `append` (one `write` per call, so lines from several processes never interleave).
/// Safe from any thread: each call is a self-contained file operation.
public enum PrivateFile {
    /// Writes the bytes of a buffer to a descriptor; returns the count written or -1 (`errno` set).
    typealias Writer = (Int32, UnsafeRawBufferPointer) -> Int

    /// Replaces `url` with `data`: a private temporary file beside it (`.NAME.PID.tmp`) is written
    /// in full and flushed, then renamed over `url`. A crash or failure at any point leaves the
    /// previous file as it was; temporary files of processes killed meanwhile are removed after.
    public static func replace(_ url: URL, with data: Data) throws {
        try replace(url, with: data, writer: { write($0, $1.baseAddress, $1.count) })
    }

    /// `replace` with the `write` call given (tests make it fail halfway).
    static func replace(_ url: URL, with data: Data, writer: Writer) throws {
        try ensureDirectory(url.deletingLastPathComponent())
        let temporary = temporaryFile(for: url)
        let descriptor = try open(temporary, flags: O_TRUNC | O_NOFOLLOW)
        do {
            try writeAll(data, to: descriptor, path: temporary.path, writer: writer)
            guard fsync(descriptor) == 0 else { throw PrivateFileError(path: temporary.path, errno: errno) }
        } catch {
            close(descriptor)
            unlink(temporary.path)
            throw error
        }
        close(descriptor)
        guard rename(temporary.path, url.path) == 0 else {
            let failure = PrivateFileError(path: url.path, errno: errno)
            unlink(temporary.path)
            throw failure
        }
        removeStaleTemporaries(for: url)
    }

    /// Deletes the temporary files of `url` that processes no longer running left behind (killed
    /// in the middle of `replace`).
    static func removeStaleTemporaries(for url: URL) {
        let prefix = ".\(url.lastPathComponent)."
        let directory = url.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            guard let pid = pid_t(name.dropFirst(prefix.count).dropLast(".tmp".count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory.appendingPathComponent(name).path) }
        }
    }

    /// Appends `data` (typically one line) to `url` with a single `write` in append mode.
    public static func append(_ data: Data, to url: URL) throws {
        try ensureDirectory(url.deletingLastPathComponent())
        let descriptor = try open(url, flags: O_APPEND | O_NOFOLLOW)
        defer { close(descriptor) }
        try writeAll(data, to: descriptor, path: url.path, writer: { write($0, $1.baseAddress, $1.count) })
    }

    /// A handle appending to `url` (created 0600, or tightened to 0600), for a file written line by
    /// line over a session such as the debug log. The path may be the user's own choice
    /// (`--log-file`), so a symbolic link is followed.
    /// The caller owns the descriptor and closes it.
    public static func appendingDescriptor(_ url: URL) throws -> Int32 {
        try ensureDirectory(url.deletingLastPathComponent())
        return try open(url, flags: O_APPEND)
    }

    /// Writes all of `data` to `descriptor` (one `write` unless the system takes less).
    static func appendAll(_ data: Data, to descriptor: Int32) throws {
        try writeAll(data, to: descriptor, path: "", writer: { write($0, $1.baseAddress, $1.count) })
    }

    /// The temporary file `replace` writes before renaming it over `url` (a leading dot: readers
    /// of the directory skip it).
    static func temporaryFile(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    }

    /// `XDGPaths.ensureDirectory`, failing with the folder's path and the system's reason.
    private static func ensureDirectory(_ directory: URL) throws {
        var isDirectory = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory else { throw PrivateFileError(path: directory.path, errno: ENOTDIR) }
            return
        }
        do {
            try XDGPaths.ensureDirectory(directory)
        } catch {
            // Foundation's error does not carry errno portably: mkdir says why.
            let reason = mkdir(directory.path, 0o700) == 0 ? EIO : errno
            throw PrivateFileError(path: directory.path, errno: reason)
        }
    }

    private static func open(_ url: URL, flags: Int32) throws -> Int32 {
        #if canImport(Glibc)
        let descriptor = Glibc.open(url.path, O_WRONLY | O_CREAT | O_CLOEXEC | flags, 0o600)
        #else
        let descriptor = Darwin.open(url.path, O_WRONLY | O_CREAT | O_CLOEXEC | flags, 0o600)
        #endif
        guard descriptor >= 0 else { throw PrivateFileError(path: url.path, errno: errno) }
        // O_CREAT's mode only applies to a new file: an existing regular file of this user that
        // others may read is tightened here; never a device (`--log-file /dev/null` run as root
        // must not take /dev/null from everyone) nor somebody else's file.
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid(), info.st_mode & 0o077 != 0 {
            guard fchmod(descriptor, 0o600) == 0 else {
                let failure = PrivateFileError(path: url.path, errno: errno)
                close(descriptor)
                throw failure
            }
        }
        return descriptor
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String, writer: Writer) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = writer(descriptor, UnsafeRawBufferPointer(rebasing: buffer[offset...]))
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw PrivateFileError(path: path, errno: written == 0 ? EIO : errno) }
                offset += written
            }
        }
    }
}

/// A private file could not be written.
public struct PrivateFileError: Error, CustomStringConvertible {
    public var path: String
    public var errno: Int32
    public var description: String { "cannot write \(path): \(String(cString: strerror(errno)))" }
}
