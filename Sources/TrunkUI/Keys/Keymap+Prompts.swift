import ScreenKit

extension Keymap {
    /// The keys of the questions, prompts, input lines and overlays, in the order their hints name
    /// them. Neighbouring bindings with the same hint share one hint ("↑↓ choose"); the words for
    /// the keys a context does not bind are `KeyContext.unboundKeys`.
    static let promptBindings: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .moveUp, "previous conflicting field", .conflict, hint: "choose"),
        KeyBinding([.down, .char("j")], .moveDown, "next conflicting field", .conflict, hint: "choose"),
        KeyBinding([.char("t")], .takeTheirs, "take their value (the one read now)", .conflict, hint: "theirs"),
        KeyBinding([.char("m")], .keepMine, "keep my value", .conflict, hint: "mine"),

        KeyBinding([.char("b")], .blockMarked, "block the marked trunks (review first)", .bulkChange, dangerous: true,
                   hint: "block them"),
        KeyBinding([.char("u")], .unblockMarked, "unblock the marked trunks (review first)", .bulkChange, dangerous: true,
                   hint: "unblock them"),
        KeyBinding([.char("a")], .addPrefixesMarked, "add prefixes to every marked trunk (review first)", .bulkChange,
                   dangerous: true, hint: "add"),
        KeyBinding([.char("r")], .removePrefixesMarked, "remove prefixes from every marked trunk (review first)", .bulkChange,
                   dangerous: true, hint: "remove"),
        KeyBinding([.char("l")], .linkDidsMarked, "link DIDs to every marked trunk (pick them, then review)", .bulkDids,
                   dangerous: true, hint: "link"),
        KeyBinding([.char("u")], .unlinkDidsMarked, "unlink DIDs from every marked trunk (pick them, then review)", .bulkDids,
                   dangerous: true, hint: "unlink"),
        KeyBinding([.escape, .char("n")], .cancel, "cancel: nothing is sent", .bulkDids, hint: "cancel"),
        KeyBinding([.char("=")], .replacePrefixesMarked, "replace the prefix list of every marked trunk (review first)",
                   .bulkChange, dangerous: true, hint: "replace"),
        KeyBinding([.char("y")], .confirm, "send, one trunk at a time, once the words asked for are typed", .bulkChange,
                   dangerous: true, hint: "send"),
        KeyBinding([.escape, .char("n")], .cancel, "cancel; while sending: stop after the request in flight; at the end: close",
                   .bulkChange, hint: "cancel / stop / close"),
        KeyBinding([.down, .char("j")], .moveDown, "scroll down", .bulkChange, hint: "scroll"),
        KeyBinding([.up, .char("k")], .moveUp, "scroll up", .bulkChange, hint: "scroll"),

        KeyBinding([.enter], .acceptItems, "review the change to every marked trunk (only valid prefixes)", .bulkPrefixes,
                   hint: "review"),
        KeyBinding([.escape], .cancel, "back to the choice of add, remove or replace", .bulkPrefixes, hint: "back"),

        KeyBinding([.enter], .acceptItems, "pick the highlighted DID; with nothing typed, review the change to every marked trunk",
                   .bulkDidNumbers, hint: "pick / review"),
        KeyBinding([.up], .moveUp, "previous matching DID", .bulkDidNumbers, hint: "choose"),
        KeyBinding([.down], .moveDown, "next matching DID", .bulkDidNumbers, hint: "choose"),
        KeyBinding([.ctrl("d")], .deleteItem, "drop the last DID picked", .bulkDidNumbers, hint: "drop last"),
        KeyBinding([.escape], .cancel, "back to the choice of link or unlink", .bulkDidNumbers, hint: "back"),

        KeyBinding([.enter], .undoChange, "undo the selected change: its reverse opens in the form (nothing is sent yet)",
                   .audit, hint: "undo"),
        KeyBinding([.up, .char("k")], .moveUp, "older line", .audit, hint: "choose"),
        KeyBinding([.down, .char("j")], .moveDown, "newer line", .audit, hint: "choose"),
        KeyBinding([.char("t")], .filterByTicket, "only the selected line's ticket (again: every line)", .audit, hint: "ticket"),
        KeyBinding([.escape, .char("q")], .close, "close the audit trail", .audit, hint: "close"),
        KeyBinding([.pageUp], .pageUp, "a page of older lines", .audit, hint: "page"),
        KeyBinding([.pageDown], .pageDown, "a page of newer lines", .audit, hint: "page"),
        KeyBinding([.char("o")], .undoTrunkPart, "undo only this trunk's part of a change made to many trunks", .audit,
                   hint: "one trunk"),

        KeyBinding([.char(" ")], .pageDown, "page down", .help, hint: "page down"),

        KeyBinding([.char(" ")], .pageDown, "page down", .messages, hint: "page down"),

        KeyBinding([.char("q")], .quit, "quit (asks if a draft is unsaved)", .tooSmall, hint: "quits"),

        KeyBinding([.char("y"), .ctrl("c")], .confirmQuit, "quit (the draft stays on disk when it can)", .quitQuestion,
                   hint: "quits"),

        KeyBinding([.char("y")], .discardChanges, "discard the changes and leave the form", .discardQuestion,
                   hint: "discards the changes"),

        KeyBinding([.char("y")], .restoreDraft, "restore the draft into the form (nothing is sent)", .restoreDrafts,
                   hint: "restore into the form"),
        KeyBinding([.char("d")], .deleteDraft, "delete the draft", .restoreDrafts, hint: "delete the draft"),
        KeyBinding([.up, .char("k")], .moveUp, "previous draft", .restoreDrafts, hint: "choose"),
        KeyBinding([.down, .char("j")], .moveDown, "next draft", .restoreDrafts, hint: "choose"),
        KeyBinding([.escape, .char("n"), .char("q")], .restoreLater, "later (:drafts offers them again)", .restoreDrafts,
                   hint: "later"),

        KeyBinding([.char("f")], .finishBulkChange,
                   "finish: each trunk not settled is read again and sent only if it still holds the reviewed value",
                   .unfinishedBulk, dangerous: true, hint: "finish"),
        KeyBinding([.char("d")], .forgetBulkChange, "forget: nothing more is sent; the trunks not done are marked again",
                   .unfinishedBulk, hint: "forget"),
        KeyBinding([.escape, .char("n"), .char("q")], .restoreLater, "later (offered again at the next start)", .unfinishedBulk,
                   hint: "later"),

        KeyBinding([.char("y"), .char("n")], .copyName, "copy the name", .copyChooser, hint: "name"),
        KeyBinding([.char("i")], .copyID, "copy the id", .copyChooser, hint: "id"),
        KeyBinding([.char("j")], .copyJSON, "copy the JSON (secrets masked unless revealed)", .copyChooser, hint: "JSON"),
        KeyBinding([.char("u")], .copyUsername, "copy the SIP username", .copyChooser, hint: "username"),
        KeyBinding([.char("p")], .copyPassword, "copy the SIP password (only once revealed with x)", .copyChooser,
                   hint: "password"),
        KeyBinding([.char("s")], .copySummary, "copy a summary for a ticket (no secrets)", .copyChooser, hint: "ticket"),
        KeyBinding([.escape], .cancel, "copy nothing", .copyChooser, hint: "cancels"),

        KeyBinding([.enter], .confirm, "delete the trunk once its name is typed exactly", .deleteConfirmation,
                   dangerous: true, hint: "deletes when it matches"),
        KeyBinding([.escape], .cancel, "keep the trunk", .deleteConfirmation, hint: "keeps the trunk"),

        KeyBinding([.enter], .confirm, "regenerate once the trunk's name is typed exactly", .regenerateConfirmation,
                   dangerous: true, hint: "regenerates when it matches"),
        KeyBinding([.escape], .cancel, "regenerate nothing", .regenerateConfirmation, hint: "cancels"),

        KeyBinding([.enter], .keepAnswer, "keep the answer for comparison", .numberTester, hint: "keeps the answer"),
        KeyBinding([.escape], .close, "close the tester", .numberTester, hint: "closes"),

        KeyBinding([.enter], .stayOnField, "stay on the field found", .fieldJump, hint: "stays there"),
        KeyBinding([.escape], .cancel, "go back to where the jump started", .fieldJump, hint: "goes back"),

        KeyBinding([.enter], .acceptValue, "accept the value (only a valid one)", .textField, hint: "done (text stays)"),
        KeyBinding([.escape], .leaveField, "leave the field (an invalid value stays, marked, and blocks saving)",
                   .textField, hint: "done (text stays)"),
        KeyBinding([.tab, .down], .moveDown, "accept and go to the next field", .textField, hint: "next field"),
        KeyBinding([.up, .backTab], .moveUp, "accept and go to the previous field", .textField, hint: "previous field"),

        KeyBinding([.up, .char("k")], .moveUp, "previous value", .picker, hint: "choose"),
        KeyBinding([.down, .char("j")], .moveDown, "next value", .picker, hint: "choose"),
        KeyBinding([.enter], .pickValue, "pick the value", .picker, hint: "picks"),
        KeyBinding([.escape], .cancel, "keep the old value", .picker, hint: "keeps the value"),

        KeyBinding([.enter], .acceptItems, "add the typed items (or replace the edited one)", .listItemInput, hint: "accepts"),
        KeyBinding([.escape], .cancel, "add nothing", .listItemInput, hint: "cancels"),

        KeyBinding([.up, .backTab], .moveUp, "previous matching DID", .didSearch, hint: "pick"),
        KeyBinding([.down, .tab], .moveDown, "next matching DID", .didSearch, hint: "pick"),
        KeyBinding([.enter], .linkDid, "link the highlighted DID and stay ready for the next", .didSearch, hint: "links"),
        KeyBinding([.escape], .cancel, "stop adding", .didSearch, hint: "stops adding"),

        KeyBinding([.tab], .complete, "complete, then the next candidate", .commandLine, hint: "completes"),
        KeyBinding([.backTab], .completeBackwards, "the previous candidate", .commandLine, hint: "previous"),
        KeyBinding([.enter], .runCommand, "run the command", .commandLine, hint: "runs"),
        KeyBinding([.escape], .cancel, "close the line", .commandLine, hint: "cancels"),
        KeyBinding([.backspace], .closeWhenEmpty, "delete a character; on an empty line, close it", .commandLine,
                   hint: "on an empty line closes it"),

        KeyBinding([.enter], .keepFilter, "keep the filter (its key:value tokens go to the server)", .filterLine, hint: "keeps"),
        KeyBinding([.escape], .clearFilter, "clear the filter", .filterLine, hint: "clears"),

        KeyBinding([.enter], .keepSearch, "keep the search (n and N step through the matches)", .searchLine, hint: "keeps"),
        KeyBinding([.escape], .cancel, "go back to where the search started", .searchLine, hint: "goes back"),
    ]
}
