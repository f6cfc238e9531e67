import Foundation

/// Reads figures from Linux's `/proc/<pid>/status`.
public enum ProcessStatus {
    /// The resident set size in kilobytes of process `pid` ("self" for this process), if readable.
    public static func residentKilobytes(pid: String = "self") -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        return residentKilobytes(statusText: text)
    }

    /// The `VmRSS` value of a status file's text, in kilobytes.
    public static func residentKilobytes(statusText: String) -> Int? {
        for line in statusText.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let fields = line.dropFirst("VmRSS:".count).split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let number = fields.first.flatMap({ Int($0) }) else { return nil }
            let unit = fields.dropFirst().first.map(String.init) ?? "kB"
            return unit == "kB" ? number : nil
        }
        return nil
    }

    /// CPU seconds (user + system) process `pid` ("self" for this process) has used, if readable.
    public static func cpuSeconds(pid: String = "self") -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return nil }
        return cpuSeconds(statText: text, ticksPerSecond: Double(sysconf(Int32(_SC_CLK_TCK))))
    }

    /// `utime + stime` of a `/proc/<pid>/stat` line, in seconds. The command name (field 2) is in
    /// parentheses and may hold spaces, so fields are counted after its closing parenthesis.
    public static func cpuSeconds(statText: String, ticksPerSecond: Double) -> Double? {
        guard let close = statText.lastIndex(of: ")"), ticksPerSecond > 0 else { return nil }
        let fields = statText[statText.index(after: close)...].split(separator: " ")
        // After the name: state is field 3, utime field 14, stime field 15.
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / ticksPerSecond
    }
}
