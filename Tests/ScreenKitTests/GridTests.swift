import ScreenKit
import Testing

struct GridTests {
    @Test(arguments: [
        (0, "hello", "hello", 5),
        (77, "hello", String(repeating: " ", count: 77) + "hel", 3),
        (-2, "abcdef", "cdef", 6),
        (-1, "東京x", " 京x", 5),
        (78, "東京", String(repeating: " ", count: 78) + "東", 2),
        (79, "東京", "", 1),
        (80, "abc", "", 0),
        (0, "a\u{7}b\u{1B}c", "abc", 3),
        (0, "cafe\u{301}!", "cafe\u{301}!", 5),
    ])
    /// The returned width is the advance from `column` up to the clip, so that writes chain.
    func writesAreClippedToTheRow(column: Int, text: String, expectedLine: String, expectedWidth: Int) {
        var grid = Grid(rows: 2, columns: 80)
        let written = grid.write(text, row: 0, column: column)
        #expect(grid.line(0) == expectedLine)
        #expect(written == expectedWidth)
        #expect(grid.line(1) == "")
    }

    @Test func aWideCharacterStraddlingTheEdgeBecomesASpace() {
        var grid = Grid(rows: 1, columns: 5)
        grid.write("ab東", row: 0, column: 2, role: .error)
        #expect(grid[0, 4] == Cell(" ", role: .error))
        #expect(grid.plainText() == "  ab")
    }

    @Test func aWideCharacterStraddlingTheLimitBecomesASpace() {
        var grid = Grid(rows: 1, columns: 10)
        let written = grid.write("東京都", row: 0, column: 1, role: .title, limit: 3)
        #expect(written == 3)
        #expect(grid[0, 1] == Cell("東", role: .title))
        #expect(grid[0, 2].isContinuation)
        #expect(grid[0, 3] == Cell(" ", role: .title))
        #expect(grid[0, 4] == .blank)
    }

    @Test func wideCharactersHaveAContinuationCell() {
        var grid = Grid(rows: 1, columns: 6)
        grid.write("a東b", row: 0, column: 0, role: .input)
        #expect(grid[0, 1] == Cell("東", role: .input))
        #expect(grid[0, 2] == Cell("", role: .input))
        #expect(grid[0, 2].isContinuation)
        #expect(grid[0, 3].text == "b")
        #expect(grid.line(0) == "a東b")
    }

    @Test(arguments: [-1, 3])
    func writesOutsideTheRowsAreIgnored(row: Int) {
        var grid = Grid(rows: 3, columns: 4)
        #expect(grid.write("abc", row: row, column: 0) == 0)
        #expect(grid == Grid(rows: 3, columns: 4))
        #expect(grid[row, 0] == .blank)
    }

    @Test func plainTextTrimsTrailingSpacesAndKeepsRows() {
        var grid = Grid(rows: 3, columns: 8)
        grid.write("one  ", row: 0, column: 0)
        grid.write("東京", row: 2, column: 2)
        #expect(grid.plainText() == "one\n\n  東京")
        #expect(grid.contains("東京"))
        #expect(!grid.contains("two"))
    }

    @Test func roleMapNamesEveryCell() {
        var grid = Grid(rows: 2, columns: 6)
        grid.write("ok", row: 0, column: 0, role: .ok)
        grid.write("東", row: 0, column: 3, role: .error)
        grid.fill(Rect(row: 1, column: 1, height: 1, width: 3), role: .selection)
        grid.restyle(Rect(row: 1, column: 3, height: 5, width: 9), role: .statusBar)
        #expect(grid.roleMap() == "oo.EE.\n.SSsss")
        #expect(grid.line(1) == "")
    }

    @Test func everyRoleHasItsOwnCode() {
        let codes = StyleRole.allCases.map(RoleCode.code(for:))
        #expect(Set(codes).count == StyleRole.allCases.count)
        #expect(RoleCode.code(for: .text) == ".")
    }

    @Test func gridsCompareCursorsToo() {
        var a = Grid(rows: 1, columns: 2)
        var b = a
        #expect(a == b)
        a.cursor = (row: 0, column: 1)
        #expect(a != b)
        b.cursor = (row: 0, column: 1)
        #expect(a == b)
    }

    @Test func rectInsetShrinksEverySide() {
        let rect = Rect(row: 1, column: 2, height: 5, width: 10).inset(1)
        #expect(rect == Rect(row: 2, column: 3, height: 3, width: 8))
        #expect(rect.bottom == 5 && rect.right == 11)
        #expect(Rect(row: 0, column: 0, height: 1, width: 1).inset(1).width == 0)
    }
}
