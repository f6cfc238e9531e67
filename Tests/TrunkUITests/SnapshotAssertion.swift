import Foundation
import ScreenKit
import Testing

/// Golden frames: a rendered `Grid` compared with `Snapshots/<name>.txt` (the text) and
/// `Snapshots/<name>.roles.txt` (one role code per cell, see `RoleCode`; when a dialog is open,
/// followed by a map of the cells on the dialog surface, `d`).
///
/// Re-record on purpose with `TRUNKS_RECORD_SNAPSHOTS=1 swift test --filter …`; then read the
/// diff of the text files before committing. A missing golden fails the test (and is written,
/// so the next run compares against it once you have checked it).
enum SnapshotAssertion {
    /// True when the run re-records goldens instead of comparing.
    static var recording: Bool { ProcessInfo.processInfo.environment["TRUNKS_RECORD_SNAPSHOTS"] == "1" }

    /// Compares `grid` (or only `columns` of it) with the golden named `name`.
    static func assertFrame(_ grid: Grid, named name: String, columns: Range<Int>? = nil,
                            filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        let range = columns ?? 0..<grid.columns
        let text = textLines(grid, range).joined(separator: "\n") + "\n"
        let roles = (0..<grid.rows).map { row in
            String(range.map { RoleCode.code(for: grid[row, $0].role) })
        }.joined(separator: "\n") + "\n" + surfaceSection(grid, range)
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
        compare(text, file: folder.appendingPathComponent(name + ".txt"), sourceLocation: sourceLocation)
        compare(roles, file: folder.appendingPathComponent(name + ".roles.txt"), sourceLocation: sourceLocation)
    }

    /// "surfaces (d: dialog)" and one line per row when any cell in `range` lies on a dialog, else "".
    static func surfaceSection(_ grid: Grid, _ range: Range<Int>) -> String {
        let rows = (0..<grid.rows).map { row in
            String(range.map { grid[row, $0].surface == .dialog ? "d" : "." })
        }
        guard rows.contains(where: { $0.contains("d") }) else { return "" }
        return "surfaces (d: dialog)\n" + rows.joined(separator: "\n") + "\n"
    }

    /// The rows' text within `range`, trailing spaces removed; wide graphemes count two columns.
    static func textLines(_ grid: Grid, _ range: Range<Int>) -> [String] {
        (0..<grid.rows).map { row in
            var line = ""
            for column in range { line += grid[row, column].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    private static func compare(_ actual: String, file: URL, sourceLocation: SourceLocation) {
        let expected = try? String(contentsOf: file, encoding: .utf8)
        if recording || expected == nil {
            try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            if !recording {
                Issue.record("No golden \(file.lastPathComponent) yet: written now; check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected, expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        let row = first?.offset ?? min(expectedLines.count, actualLines.count)
        let want = row < expectedLines.count ? String(expectedLines[row]) : "<none>"
        let got = row < actualLines.count ? String(actualLines[row]) : "<none>"
        Issue.record("""
            \(file.lastPathComponent) differs at line \(row + 1) (TRUNKS_RECORD_SNAPSHOTS=1 re-records):
            expected: \(want)
            actual:   \(got)
            """, sourceLocation: sourceLocation)
    }
}
