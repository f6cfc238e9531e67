import ScreenKit
import Testing

/// The surface layer of the grid: set by rectangle, kept by every write and fill, and part of
/// what makes two frames differ.
@Suite struct GridSurfaceTests {
    @Test func writesAndFillsKeepTheSurfaceTheyLandOn() {
        var grid = Grid(rows: 3, columns: 12)
        grid.setSurface(Rect(row: 1, column: 2, height: 1, width: 6), .dialog)
        grid.write("ascii text", row: 1, column: 0, role: .muted)
        grid.write("Zürich", row: 1, column: 0, role: .header, limit: 4)
        grid.write("東京", row: 1, column: 6, role: .warning)
        grid.fill(Rect(row: 1, column: 0, height: 1, width: 3), role: .input)
        grid.restyle(Rect(row: 1, column: 9, height: 1, width: 2), role: .error)
        #expect((0..<12).map { grid[1, $0].surface == .dialog ? "d" : "." }.joined() == "..dddddd....")
        #expect(grid[1, 7].isContinuation && grid[1, 7].surface == .dialog)
        #expect(grid.line(1) == "   ii 東京")
        #expect((0..<12).allSatisfy { grid[0, $0].surface == .page && grid[2, $0].surface == .page })
    }

    @Test func theSurfaceAloneMakesFramesDiffer() {
        let page = Grid(rows: 2, columns: 4)
        var dialog = page
        dialog.setSurface(Rect(row: 0, column: 0, height: 1, width: 1), .dialog)
        #expect(page != dialog)
        dialog.setSurface(Rect(row: -3, column: -3, height: 10, width: 10), .page)
        #expect(page == dialog, "rectangles are clipped to the grid")
    }

    @Test func aThemeWithoutDialogStylesDrawsDialogsLikeThePage() {
        let theme = Theme(name: "t", styles: [.text: CellStyle(foreground: .indexed(250)), .muted: CellStyle(attributes: .dim)])
        #expect(theme.style(for: .muted, on: .dialog) == theme.style(for: .muted))
        let dialog = CellStyle(foreground: .indexed(16), background: .indexed(255))
        let lit = Theme(name: "t", styles: theme.styles, dialogStyles: [.muted: dialog])
        #expect(lit.style(for: .muted, on: .dialog) == dialog && lit.style(for: .muted, on: .page) == theme.style(for: .muted))
    }
}
