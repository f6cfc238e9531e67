import ScreenKit

extension Keymap {
    /// The keys of the call check: `C` opens it from the list or the detail; inside it, the
    /// fields are typed, Tab moves between them, and the answer below scrolls. `y s` copies the
    /// trunk's summary.
    static let callCheckBindings: [KeyBinding] = [
        KeyBinding([.char("C")], .checkCall, "would this call pass? check a call on the trunk or all trunks", .list,
                   hint: "call check"),
        KeyBinding([.char("C")], .checkCall, "would this call pass? check a call on the trunk or all trunks", .detail,
                   hint: "call check"),
        KeyBinding([.char("s")], .copySummary, "copy a summary for a ticket (no secrets)", .copyChooser, hint: "summary"),

        KeyBinding([.tab], .nextField, "next field", .callCheck, hint: "field"),
        KeyBinding([.backTab], .previousField, "previous field", .callCheck, hint: "field"),
        KeyBinding([.char(" ")], .toggleField, "on Trunk: this trunk ↔ all loaded trunks; on Emergency: yes ↔ no",
                   .callCheck, hint: "switch"),
        KeyBinding([.up], .moveUp, "previous trunk of the all-trunks answer, else scroll the rules up", .callCheck,
                   hint: "scroll"),
        KeyBinding([.down], .moveDown, "next trunk of the all-trunks answer, else scroll the rules down", .callCheck,
                   hint: "scroll"),
        KeyBinding([.pageUp], .pageUp, "page up the answer", .callCheck, hint: "page"),
        KeyBinding([.pageDown], .pageDown, "page down the answer", .callCheck, hint: "page"),
        KeyBinding([.enter], .showTrunkCheck, "every rule of the trunk highlighted in the all-trunks answer", .callCheck,
                   hint: "rules"),
        KeyBinding([.escape], .close, "close (what is typed is kept; from a trunk opened by Enter: back to all trunks)",
                   .callCheck, hint: "closes"),
    ]
}
