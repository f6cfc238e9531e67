import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `u` in the form takes changes back one field at a time, `U` puts the server's value back in the
/// selected field; the status line says what came back.
@Suite struct FormUndoTests {
    /// Berlin Office's form with three changes: the name, a toggle, and a prefix added in the
    /// list editor (in that order).
    func changedThreeTimes() throws -> AppState {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        try state.focusField(.name)
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("Renamed")
        _ = state.press([.enter])
        try state.focusField(.forceSymmetricRtp)
        _ = state.press([.char(" ")])
        try state.focusField(.dstPrefixes)
        _ = state.press([.enter])
        _ = state.type("33")
        _ = state.press([.enter, .escape])
        return state
    }

    @Test func uTakesChangesBackFieldByFieldNewestFirst() throws {
        var state = try changedThreeTimes()
        let draft = try #require(state.form?.draft)
        #expect(draft.name == "Renamed" && draft.forceSymmetricRtp == true && draft.dstPrefixes == ["44", "49", "33"])
        try state.focusField(.name)

        _ = state.press([.char("u")])
        #expect(state.form?.draft.dstPrefixes == ["44", "49"] && state.form?.draft.forceSymmetricRtp == true)
        #expect(state.message?.text == "Undid Destination prefixes: back to 44, 49")
        #expect(state.form?.selectedKey == .dstPrefixes, "the selection goes to the field that changed back")

        _ = state.press([.char("u")])
        #expect(state.form?.draft.forceSymmetricRtp == false && state.form?.draft.name == "Renamed")
        #expect(state.message?.text == "Undid Force symmetric RTP: back to no")

        _ = state.press([.char("u")])
        #expect(state.form?.draft.name == "Berlin Office")
        #expect(state.message?.text == "Undid Name: back to Berlin Office")
        #expect(state.form?.isDirty == false)

        _ = state.press([.char("u")])
        #expect(state.message?.text == "Nothing to undo")
    }

    @Test func aWholeTextEditIsOneStepNotOneKeystroke() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        try state.focusField(.capacityLimit)
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("250")
        _ = state.press([.enter])
        #expect(state.form?.draft.capacityLimit == 250)
        _ = state.press([.char("u")])
        #expect(state.form?.draft.capacityLimit == 10, "back to the value before the edit, not to \"25\"")
        #expect(state.message?.text == "Undid Capacity limit: back to 10")
    }

    @Test func typedTextThatDoesNotParseIsUndoneToo() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        try state.focusField(.capacityLimit)
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("lots")
        _ = state.press([.escape])
        #expect(state.form?.pendingText[.capacityLimit] == "lots")
        _ = state.press([.char("u")])
        #expect(state.form?.pendingText.isEmpty == true && state.form?.draft.capacityLimit == 10)
        #expect(state.form?.isDirty == false)
    }

    @Test func shiftUPutsTheServersValueBackInTheSelectedFieldOnly() throws {
        var state = try changedThreeTimes()
        try state.focusField(.name)
        _ = state.press([.char("U")])
        #expect(state.form?.draft.name == "Berlin Office")
        #expect(state.form?.draft.dstPrefixes == ["44", "49", "33"] && state.form?.draft.forceSymmetricRtp == true)
        #expect(state.message?.text == "Name has the server's value again: Berlin Office · u undoes")
        _ = state.press([.char("U")])
        #expect(state.message?.text == "Name already has the server's value")
        _ = state.press([.char("u")])
        #expect(state.form?.draft.name == "Renamed", "u takes the revert back")
        #expect(state.message?.text == "Undid Name: back to Renamed")
    }

    @Test func shiftUClearsTypedTextThatDoesNotParse() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        try state.focusField(.capacityLimit)
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("lots")
        _ = state.press([.escape, .char("U")])
        #expect(state.form?.pendingText.isEmpty == true && state.form?.parseErrors.isEmpty == true)
        #expect(state.form?.draft.capacityLimit == 10 && state.form?.isDirty == false)
    }

    @Test func aNewTrunksFieldGoesBackToTheDefault() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("n")])
        try state.focusField(.capacityLimit)
        _ = state.press([.enter])
        _ = state.type("5")
        _ = state.press([.enter, .char("U")])
        #expect(state.form?.draft.capacityLimit == NewTrunk.serverDefaults().capacityLimit)
        #expect(state.message?.text.hasPrefix("Capacity limit has the default again") == true)
    }

    @Test func theHintOffersUndoOnceThereIsSomethingToUndo() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        #expect(!Screen.hints(state).contains("u undo"))
        try state.focusField(.forceSymmetricRtp)
        _ = state.press([.char(" ")])
        #expect(Screen.hints(state).contains("u undo"))
    }
}
