import ScreenKit

extension Keymap {
    /// The keys of the call check: `C` opens it from the list or the detail (`:check` on every
    /// loaded trunk); inside it, the fields are typed, Tab moves between them and the answer
    /// below scrolls. (`y s`, the summary, is among the copy chooser's keys.)
    static let callCheckBindings: [KeyBinding] = [
        KeyBinding([.char("C")], .checkCall, "would this call pass? (call check)", .list, hint: "call check"),
        KeyBinding([.char("C")], .checkCall, "would this call pass? (call check)", .detail, hint: "call check"),

        KeyBinding([.tab], .nextField, "next field", .callCheck, hint: "field"),
        KeyBinding([.backTab], .previousField, "previous field", .callCheck, hint: "field"),
        KeyBinding([.char(" ")], .toggleField, "switch Trunk (one or all) or Emergency", .callCheck, hint: "switch"),
        KeyBinding([.up], .moveUp, "previous trunk, or scroll up", .callCheck, hint: "move"),
        KeyBinding([.down], .moveDown, "next trunk, or scroll down", .callCheck, hint: "move"),
        KeyBinding([.pageUp], .pageUp, "page up", .callCheck, hint: "move"),
        KeyBinding([.pageDown], .pageDown, "page down", .callCheck, hint: "move"),
        KeyBinding([.enter], .showTrunkCheck, "every rule of the trunk highlighted", .callCheck, hint: "open"),
        KeyBinding([.escape], .close, "close (back to all trunks first)", .callCheck, hint: "back"),
    ]
}
