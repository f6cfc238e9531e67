import ScreenKit

extension Keymap {
    /// The keys of the comparison: `=` opens it from the list or the detail on two marked trunks;
    /// inside it the cursor moves over the fields, Space chooses one to copy, Tab (or `<`, `>`)
    /// says which trunk is copied into, and `c` opens that trunk's form with the chosen values.
    static let compareBindings: [KeyBinding] = [
        KeyBinding([.char("=")], .compare, "compare two marked trunks (or the mark and this)", .list, hint: "compare"),
        KeyBinding([.char("=")], .compare, "compare two marked trunks (or the mark and this)", .detail, hint: "compare"),

        KeyBinding([.char(" ")], .toggleField, "choose / unchoose the field to copy", .compare, hint: "choose"),
        KeyBinding([.char("a")], .chooseDiffering, "choose every differing field that can be copied (again: none)", .compare,
                   hint: "all ≠"),
        KeyBinding([.char("c")], .copyChosen, "copy the chosen fields into the target's form (review there)", .compare,
                   hint: "copy"),
        KeyBinding([.tab, .backTab], .swapDirection, "swap which trunk is copied into", .compare, hint: "direction"),
        KeyBinding([.char("<")], .targetLeft, "copy into the left trunk", .compare, hint: "into left"),
        KeyBinding([.char(">")], .targetRight, "copy into the right trunk", .compare, hint: "into right"),
        KeyBinding([.char("d")], .differingOnly, "show only the differing fields (again: all)", .compare, hint: "only ≠"),
        KeyBinding([.char("j"), .down], .moveDown, "next field", .compare, hint: "move"),
        KeyBinding([.char("k"), .up], .moveUp, "previous field", .compare, hint: "move"),
        KeyBinding([.pageDown], .pageDown, "page down", .compare, hint: "move"),
        KeyBinding([.pageUp], .pageUp, "page up", .compare, hint: "move"),
        KeyBinding([.char("g"), .home], .top, "first field", .compare, hint: "move"),
        KeyBinding([.char("G"), .end], .bottom, "last field", .compare, hint: "move"),
        KeyBinding([.char("?")], .help, "help", .compare),
        KeyBinding([.escape, .char("q"), .char("=")], .close, "close", .compare, hint: "close"),
    ]
}
