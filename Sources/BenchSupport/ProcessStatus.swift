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
}
