import Foundation
import Testing

/// The reducer never calls a view: the files of TrunkUI that hold state, reducers and text
/// (everything but the views, which draw into a `Grid`, and the runtime, which draws frames)
/// name no type a view file declares. Views may read the state; the state may not ask a view.
@Suite struct LayeringTests {
    static let sources: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/TrunkUI")

    struct SourceFile {
        var path: String
        /// The text without comments.
        var code: String
    }

    static func files() throws -> [SourceFile] {
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var found: [SourceFile] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            let code = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? String(line)
            }.joined(separator: "\n")
            found.append(SourceFile(path: String(url.path.dropFirst(sources.path.count + 1)), code: code))
        }
        return found
    }

    static func isView(_ file: SourceFile) -> Bool {
        file.code.range(of: #"\bGrid\b"#, options: .regularExpression) != nil
    }

    static func declaredTypes(in file: SourceFile) -> [String] {
        let pattern = #"(?m)^(?:public |internal |private |fileprivate )?(?:final )?(?:enum|struct|class|actor) ([A-Z][A-Za-z0-9]*)"#
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(file.code.startIndex..., in: file.code)
        return regex.matches(in: file.code, range: range).compactMap { match in
            Range(match.range(at: 1), in: file.code).map { String(file.code[$0]) }
        }
    }

    @Test func noStateOrTextFileNamesAView() throws {
        let all = try Self.files()
        let views = all.filter(Self.isView)
        #expect(views.count >= 15, "the views were found: \(views.map(\.path))")
        let viewTypes = Set(views.flatMap(Self.declaredTypes))
        #expect(viewTypes.contains("Screen") && viewTypes.contains("ListPane"))
        let reducers = all.filter { !Self.isView($0) && !$0.path.hasPrefix("Runtime/") }
        #expect(reducers.count >= 60)
        for file in reducers {
            let named = viewTypes.filter { type in
                file.code.range(of: "\\b\(type)\\b", options: .regularExpression) != nil
            }
            #expect(named.isEmpty, "\(file.path) names the view types \(named.sorted())")
        }
    }
}
