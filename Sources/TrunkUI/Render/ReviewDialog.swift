import ScreenKit
import TrunkModel

/// The review dialog: every changed field old → new and the exact PATCH body. Only `y` sends.
enum ReviewDialog {
    static func draw(_ state: AppState, _ review: ReviewState, in body: Rect, grid: inout Grid) {
        let width = min(body.width - 2, max(60, body.width * 4 / 5))
        let rect = Rect(row: body.row + 1, column: (body.width - width) / 2, height: body.height - 2, width: width)
        let name = review.diff.original.name ?? review.diff.original.id
        let inner = grid.dialog(rect, title: "Review changes to \(name)")
        var lines: [StyledLine] = []
        for change in review.diff.changes {
            let field = change.field
            lines.append(StyledLine([("  \(field.label): ", .header),
                                     (shown(change.old, field), .diffRemoved), (" → ", .dialog),
                                     (shown(change.new, field), .diffAdded)]))
        }
        lines.append(.blank)
        lines.append(StyledLine("  PATCH /v3/voice_out_trunks/\(review.diff.original.id)", .muted))
        for text in masked(review.body).text(pretty: true).split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(StyledLine("  " + text, .dialog))
        }
        let rows = inner.height - 2
        let scroll = min(review.scroll, max(0, lines.count - rows))
        for row in 0..<rows where scroll + row < lines.count {
            lines[scroll + row].draw(in: &grid, rect: inner, row: row)
        }
        let footer = review.sending
            ? "  sending…"
            : "  y send · n or Esc back" + (review.fromForm ? " to the form" : "") + (lines.count > rows ? " · ↑↓ scroll" : "")
        grid.line(footer, in: inner, row: inner.height - 1, role: .keyHint)
    }

    private static func shown(_ value: FieldValue, _ field: TrunkField) -> String {
        field.isSecret && value != .null ? "••••••••" : value.display(for: field)
    }

    /// The body as shown: secrets masked (the body sent is not changed).
    static func masked(_ body: JSONValue) -> JSONValue {
        switch body {
        case .object(let members):
            var copy: [String: JSONValue] = [:]
            for (key, value) in members {
                copy[key] = (key == "twilio_account_sid" || key == "password") && value != .null ? .string("••••••••") : masked(value)
            }
            return .object(copy)
        case .array(let items): return .array(items.map(masked))
        default: return body
        }
    }
}
