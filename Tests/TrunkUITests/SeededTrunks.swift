import Testing
import FakeDidww
import Foundation
import ScreenKit
import TrunkModel
@testable import TrunkUI

/// The fake API's seeded trunks (the fixtures of `SeedFixtures` first), decoded through the real
/// `TrunkDocuments` path, for frame and reducer tests of the detail pane.
enum SeededTrunks {
    /// The first 20 seeded trunks, read as `GET /voice_out_trunks/{id}?include=dids,emergency_dids`.
    static let all: [Trunk] = SeedDocuments.trunkDocuments().compactMap { try? TrunkDocuments.decodeSingle($0) }
    /// The raw documents, by trunk id (for the raw JSON view).
    static let documents: [String: Data] = Dictionary(uniqueKeysWithValues: SeedDocuments.trunkDocuments().compactMap { data in
        (try? TrunkDocuments.decodeSingle(data)).map { ($0.id, data) }
    })

    /// The seeded trunk whose name starts with `prefix`.
    static func named(_ prefix: String) -> Trunk {
        guard let trunk = all.first(where: { ($0.name ?? "").hasPrefix(prefix) }) else {
            fatalError("no seeded trunk named \(prefix)…")
        }
        return trunk
    }

    /// A state with every seeded trunk listed and `name`'s detail open and read, at `rows` × `columns`.
    static func detailState(_ name: String, rows: Int = 24, columns: Int = 80) -> AppState {
        var state = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_000_000))
        _ = state.handle(.resized(rows: rows, columns: columns))
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: all, totalRecords: all.count), number: 1, generation: 0)
        let trunk = named(name)
        state.selection = state.visible.firstIndex { state.trunks[$0].id == trunk.id } ?? 0
        _ = state.handle(.key(.enter))
        _ = state.deliverRead(trunk)
        return state
    }
}

extension AppState {
    /// The frame at the state's own screen size, as text (rows joined by newlines).
    func frame() -> String {
        Screen.render(self, rows: terminalSize.rows, columns: terminalSize.columns).text
    }

    /// Moves the clock by `seconds` the way the runner does: a tick event.
    mutating func tick(_ seconds: TimeInterval) -> [Effect] {
        handle(.tick(now.addingTimeInterval(seconds)))
    }
}

extension Grid {
    /// Every row as text.
    var text: String { (0..<rows).map(line).joined(separator: "\n") }
}
