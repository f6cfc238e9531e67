import ScreenKit

/// What a key does, independent of the key itself.
public enum Command: String, Sendable, Hashable {
    case help, quit, back, nextPane, redraw, refresh, commandLine
    case moveDown, moveUp, top, bottom, pageDown, pageUp, filter, openDetail, edit
    case toggleBlock, editPrefixes, sortNext, sortReverse
    case save, editField, toggleField, jumpToField
    case addItem, deleteItem, editItem, undo, revertField
    case confirm, cancel
    case copy
    case revealSecrets, rawJSON, testNumber, regenerateCredentials
    case newTrunk, cloneTrunk, deleteTrunk
    case linkDids, switchDidSet
    case togglePreview
    case toggleMark, markRange, markAll, clearMarks
    case blockMarked, unblockMarked, addPrefixesMarked, removePrefixesMarked, replacePrefixesMarked, linkDidsMarked, unlinkDidsMarked
    case suspend
    case pressFocusedButton
    case confirmQuit, discardChanges
    case restoreDraft, deleteDraft, restoreLater
    case finishBulkChange, forgetBulkChange
    case copyName, copyID, copyJSON, copyUsername, copyPassword
    case takeTheirs, keepMine
    case keepAnswer, close
    case acceptValue, leaveField, pickValue, stayOnField, acceptItems, linkDid
    case runCommand, complete, completeBackwards, closeWhenEmpty
    case keepFilter, clearFilter
    case interrupt
    case search, nextMatch, previousMatch, keepSearch
    case checkCall, nextField, previousField, showTrunkCheck, copySummary
    case undoChange, undoTrunkPart, filterByTicket
    case compare, chooseDiffering, differingOnly, swapDirection, targetLeft, targetRight, copyChosen
}

/// One binding: key, command, description and context; `dangerous` marks changes to live data.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var command: Command
    public var description: String
    public var context: KeyContext
    public var dangerous: Bool
    /// One or two words for the status-bar hint ("edit", "block").
    public var hint: String

    /// A binding; `hint` defaults to the first word of the description.
    public init(_ keys: [Key], _ command: Command, _ description: String, _ context: KeyContext,
                dangerous: Bool = false, hint: String? = nil) {
        self.keys = keys
        self.command = command
        self.description = description
        self.context = context
        self.dangerous = dangerous
        self.hint = hint ?? String(description.split(separator: " ").first ?? "")
    }
}

/// The key map as data: the reducer looks commands up here, and the help overlay and the
/// status-bar hints are generated from it.
public struct Keymap: Sendable {
    public var bindings: [KeyBinding]

    /// The command `key` means in `context`: its own binding, else its fallback's (the global
    /// keys for a pane), else nil.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        var place: KeyContext? = context
        while let current = place {
            if let binding = bindings.first(where: { $0.context == current && $0.keys.contains(key) }) { return binding.command }
            place = current.fallback
        }
        return nil
    }

    /// The command `key` has among `context`'s own bindings, not looking at its fallback.
    public func ownCommand(for key: Key, in context: KeyContext) -> Command? {
        bindings.first { $0.context == context && $0.keys.contains(key) }?.command
    }

    /// The bindings of `context`, in help order.
    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.context == context }
    }

    /// The first key bound to `command` in `context` (or its fallback), for hints ("e edit").
    public func key(for command: Command, in context: KeyContext) -> Key? {
        var place: KeyContext? = context
        while let current = place {
            if let binding = bindings.first(where: { $0.context == current && $0.command == command }) { return binding.keys.first }
            place = current.fallback
        }
        return nil
    }

    /// The default key map: the keys the documentation and the help use.
    public static let standard = Keymap(bindings: paneBindings + promptBindings + callCheckBindings + compareBindings)

    /// The keys of the panes, the editors and the review dialog.
    static let paneBindings: [KeyBinding] = [
        KeyBinding([.char("?")], .help, "help", .global),
        KeyBinding([.char("q")], .quit, "quit (asks if a draft is unsaved)", .global, hint: "quit"),
        KeyBinding([.escape], .back, "back / cancel", .global, hint: "back"),
        KeyBinding([.tab, .backTab], .nextPane, "next / previous pane", .global),
        KeyBinding([.char(":")], .commandLine, "command line (:q, :refresh)", .global),
        KeyBinding([.char("r")], .refresh, "refresh", .global),
        KeyBinding([.ctrl("l")], .redraw, "redraw the screen", .global),
        KeyBinding([.ctrl("z")], .suspend, "suspend (fg resumes)", .global),
        KeyBinding([.ctrl("c")], .interrupt, "cancel what is typed, else ask to quit", .global, hint: "quit"),
        KeyBinding([.char("j"), .down], .moveDown, "down", .list),
        KeyBinding([.char("k"), .up], .moveUp, "up", .list),
        KeyBinding([.char("g"), .home], .top, "first trunk", .list),
        KeyBinding([.char("G"), .end], .bottom, "last trunk", .list),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, "page down", .list),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, "page up", .list),
        KeyBinding([.char("/")], .filter, "filter (Enter keeps, Esc clears)", .list),
        KeyBinding([.char("s")], .sortNext, "sort by the next column", .list, hint: "sort"),
        KeyBinding([.char("S")], .sortReverse, "reverse the sort", .list),
        KeyBinding([.enter], .openDetail, "open detail", .list, hint: "open"),
        KeyBinding([.char("e")], .edit, "edit the trunk", .list, hint: "edit"),
        KeyBinding([.char("b")], .toggleBlock, "block or unblock the trunk (asks)", .list, dangerous: true, hint: "block/unblock"),
        KeyBinding([.char("p")], .editPrefixes, "edit destination prefixes", .list, hint: "prefixes"),
        KeyBinding([.char("L")], .linkDids, "link DIDs by number", .list, hint: "DIDs"),
        KeyBinding([.char("y")], .copy, "copy name, id, JSON, username, password, summary", .list, hint: "copy"),
        KeyBinding([.char("n")], .newTrunk, "new trunk", .list, hint: "new"),
        KeyBinding([.char("c")], .cloneTrunk, "clone the selected trunk", .list, hint: "clone"),
        KeyBinding([.char("D")], .deleteTrunk, "delete the trunk (type its name to confirm)", .list, dangerous: true, hint: "delete"),
        KeyBinding([.char("v")], .togglePreview, "show / hide the detail preview", .list, hint: "preview"),
        KeyBinding([.char(" ")], .toggleMark, "mark / unmark the trunk, then down", .list, hint: "mark"),
        KeyBinding([.char("V")], .markRange, "mark from the last mark to the selection", .list, hint: "mark range"),
        KeyBinding([.char("*")], .markAll, "mark every trunk shown", .list, hint: "mark all"),
        KeyBinding([.ctrl("\\")], .clearMarks, "unmark every trunk (:unmark)", .list, hint: "unmark"),
        KeyBinding([.char("u")], .undoChange, "undo the last save of this run (review first)", .list,
                   hint: "undo"),
        KeyBinding([.char("j"), .down], .moveDown, "scroll down", .detail),
        KeyBinding([.char("k"), .up], .moveUp, "scroll up", .detail),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, "page down", .detail),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, "page up", .detail),
        KeyBinding([.char("g"), .home], .top, "top of the trunk", .detail),
        KeyBinding([.char("G"), .end], .bottom, "bottom of the trunk", .detail),
        KeyBinding([.escape, .char("q")], .back, "back to the list", .detail, hint: "back"),
        KeyBinding([.char("/")], .search, "search the text (n next match, N previous)", .detail, hint: "search"),
        KeyBinding([.char("n")], .nextMatch, "next match of the search", .detail, hint: "next match"),
        KeyBinding([.char("N")], .previousMatch, "previous match of the search", .detail, hint: "previous match"),
        KeyBinding([.char("x")], .revealSecrets, "reveal secrets for 30 s", .detail, hint: "reveal"),
        KeyBinding([.char("J")], .rawJSON, "raw JSON, masked", .detail, hint: "JSON"),
        KeyBinding([.char("t")], .testNumber, "test a dialled number", .detail, hint: "test number"),
        KeyBinding([.char("R")], .regenerateCredentials, "regenerate SIP credentials (type the name)", .detail,
                   dangerous: true, hint: "regenerate"),
        KeyBinding([.char("e")], .edit, "edit the trunk", .detail, hint: "edit"),
        KeyBinding([.char("b")], .toggleBlock, "block or unblock the trunk (asks)", .detail, dangerous: true, hint: "block/unblock"),
        KeyBinding([.char("p")], .editPrefixes, "edit destination prefixes", .detail, hint: "prefixes"),
        KeyBinding([.char("L")], .linkDids, "link DIDs by number", .detail, hint: "DIDs"),
        KeyBinding([.char("y")], .copy, "copy name, id, JSON, username, password, summary", .detail, hint: "copy"),
        KeyBinding([.char("c")], .cloneTrunk, "clone this trunk", .detail, hint: "clone"),
        KeyBinding([.char("D")], .deleteTrunk, "delete the trunk (type its name to confirm)", .detail, dangerous: true, hint: "delete"),
        KeyBinding([.char("v")], .togglePreview, "show / hide the detail preview", .detail, hint: "preview"),
        KeyBinding([.char("u")], .undoChange, "undo the last save of this run (review first)", .detail,
                   hint: "undo"),
        KeyBinding([.down, .tab], .moveDown, "next field", .form),
        KeyBinding([.up, .backTab], .moveUp, "previous field", .form),
        KeyBinding([.pageDown], .pageDown, "ten fields down", .form),
        KeyBinding([.pageUp], .pageUp, "ten fields up", .form),
        KeyBinding([.home], .top, "first field", .form),
        KeyBinding([.end], .bottom, "last field", .form),
        KeyBinding([.enter], .editField, "edit field / open picker or list", .form, hint: "edit field"),
        KeyBinding([.char(" ")], .toggleField, "toggle a yes/no field", .form, hint: "toggle"),
        KeyBinding([.char("/")], .jumpToField, "jump to a field by label", .form, hint: "jump"),
        KeyBinding([.ctrl("s")], .save, "review and save", .form, dangerous: true, hint: "review & save"),
        KeyBinding([.char("L")], .linkDids, "link DIDs by number", .form, hint: "DIDs"),
        KeyBinding([.char("u")], .undo, "undo the last change (field by field)", .form, hint: "undo"),
        KeyBinding([.char("U")], .revertField, "the selected field back to the server's value", .form,
                   hint: "revert field"),
        KeyBinding([.char("a"), .char("+")], .addItem, "add (or just type the item; a paste adds many)", .listEditor,
                   hint: "add"),
        KeyBinding([.enter], .editItem, "edit item (on an empty list: add)", .listEditor, hint: "edit"),
        KeyBinding([.char("d"), .char("x"), .delete], .deleteItem, "delete item (u undoes)", .listEditor, hint: "delete"),
        KeyBinding([.char("u")], .undo, "undo the last add, edit or delete", .listEditor, hint: "undo"),
        KeyBinding([.char("j"), .down], .moveDown, "down", .listEditor),
        KeyBinding([.char("k"), .up], .moveUp, "up", .listEditor),
        KeyBinding([.pageDown], .pageDown, "ten items down", .listEditor),
        KeyBinding([.pageUp], .pageUp, "ten items up", .listEditor),
        KeyBinding([.char("g"), .home], .top, "first item", .listEditor),
        KeyBinding([.char("G"), .end], .bottom, "last item", .listEditor),
        KeyBinding([.char("/")], .search, "find an item (n next match, N previous)", .listEditor, hint: "find"),
        KeyBinding([.char("n")], .nextMatch, "next item that matches", .listEditor, hint: "next match"),
        KeyBinding([.char("N")], .previousMatch, "previous item that matches", .listEditor, hint: "previous match"),
        KeyBinding([.char("a"), .enter], .addItem, "add a DID by number", .didEditor, hint: "add"),
        KeyBinding([.char("d"), .delete], .deleteItem, "unlink the DID", .didEditor, hint: "unlink"),
        KeyBinding([.char("j"), .down], .moveDown, "down", .didEditor),
        KeyBinding([.char("k"), .up], .moveUp, "up", .didEditor),
        KeyBinding([.pageDown], .pageDown, "ten DIDs down", .didEditor),
        KeyBinding([.pageUp], .pageUp, "ten DIDs up", .didEditor),
        KeyBinding([.char("g"), .home], .top, "first DID", .didEditor),
        KeyBinding([.char("G"), .end], .bottom, "last DID", .didEditor),
        KeyBinding([.tab], .switchDidSet, "CLI ↔ emergency DIDs", .didEditor, hint: "switch set"),
        KeyBinding([.char("y")], .confirm, "send the PATCH", .review, dangerous: true, hint: "send"),
        KeyBinding([.char("n"), .escape], .cancel, "back to the form", .review, hint: "back"),
        KeyBinding([.enter], .pressFocusedButton, "Cancel, the button in focus (Enter never sends)", .review, hint: "Cancel"),
        KeyBinding([.char("j"), .down], .moveDown, "scroll down", .review),
        KeyBinding([.char("k"), .up], .moveUp, "scroll up", .review),
    ]
}
