import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Undo of a saved change: `Enter` on a line of `:audit`, `u` in the list for the last change of
/// the run. The trunk is read first; the reverse opens as a draft in the form and is saved through
/// the review and the read-again check like any edit.
@Suite struct UndoReducerTests {
    static let berlin = UIFixtures.trunks[0]

    /// Berlin Office as a prefix change left it: 44, 49 → 44, 49, 1.
    static var berlinWithOne: Trunk {
        var trunk = berlin
        trunk.dstPrefixes = ["44", "49", "1"]
        return trunk
    }

    static let prefixLine = AuditFixtures.line(changes: [AuditFixtures.prefixes(from: ["44", "49"], to: ["44", "49", "1"])])

    @Test func enterOnALineReadsTheTrunkThenOpensTheReverseAsADraftThatSavesThroughTheReview() throws {
        var state = UIFixtures.loadedState()
        state.showAudit([Self.prefixLine])
        let asked = state.press([.enter])
        #expect(asked.calls == [.loadTrunk(id: Self.berlin.id)], "the trunk is read fresh first")
        #expect(state.auditTrail == nil && state.form == nil, "nothing opens before the answer")
        _ = state.deliverRead(Self.berlinWithOne)
        let form = try #require(state.form)
        #expect(form.draft.dstPrefixes == ["44", "49"], "the draft holds the values before the change")
        #expect(form.original.dstPrefixes == ["44", "49", "1"])
        #expect(DraftDiff(original: form.original, draft: form.draft).changes.map(\.key) == [.dstPrefixes])
        #expect(form.selectedKey == .dstPrefixes)
        #expect(state.message?.text.hasPrefix("Undo of Berlin Office: Destination prefixes back to 44, 49") == true,
                "\(state.message?.text ?? "")")
        _ = state.press([.ctrl("s")])
        #expect(state.review?.diff.changes.map(\.key) == [.dstPrefixes], "the same review as any edit")
        #expect(state.press([.char("y")]).calls == [.loadTrunk(id: Self.berlin.id)], "read again before the PATCH")
        let sent = state.deliverSaveBase(Self.berlinWithOne)
        let body = #"{"data":{"attributes":{"dst_prefixes":["44","49"]},"id":"\#(Self.berlin.id)","type":"voice_out_trunks"}}"#
        #expect(sent.calls == [.patch(id: Self.berlin.id, body: Data(body.utf8))])
    }

    /// A field someone changed since the line was written is not overwritten: the save stops at
    /// the conflict choice.
    @Test func aFieldChangedSinceTheLineIsAConflictOnSave() throws {
        var state = UIFixtures.loadedState()
        state.showAudit([Self.prefixLine])
        _ = state.press([.enter])
        var since = Self.berlin
        since.dstPrefixes = ["33"]
        _ = state.deliverRead(since)
        #expect(state.message?.kind == .warning)
        #expect(state.message?.text.hasPrefix("Someone else changed Destination prefixes since: saving asks theirs or mine") == true,
                "\(state.message?.text ?? "")")
        _ = state.press([.ctrl("s"), .char("y")])
        let effects = state.deliverSaveBase(since)
        #expect(effects.calls.isEmpty, "nothing is sent")
        let conflict = try #require(state.review?.conflicts.first)
        #expect(conflict.key == .dstPrefixes && conflict.theirs == .list(["33"]) && conflict.mine == .list(["44", "49"]))
        #expect(state.keyContext == .conflict)
    }

    /// A line that also changed a credential offers the rest and says why the credential stays.
    @Test func aLineThatChangedAPasswordOffersTheRestAndSaysWhy() throws {
        var state = UIFixtures.loadedState()
        let line = AuditFixtures.line(changes: [
            AuditEntry.Change(field: "authentication_method.password", old: "[redacted]", new: "[redacted, changed]"),
            AuditEntry.Change(field: "authentication_method.tech_prefix", old: "none", new: "42#",
                              oldValue: .null, newValue: .text("42#")),
        ])
        state.showAudit([line])
        _ = state.press([.enter])
        var now = Self.berlin
        now.authenticationMethod?.techPrefix = "42#"
        _ = state.deliverRead(now)
        let form = try #require(state.form)
        #expect(DraftDiff(original: form.original, draft: form.draft).changes.map(\.key) == [.techPrefix])
        #expect(form.draft.authenticationMethod?.techPrefix == nil)
        #expect(state.message?.text.hasPrefix("The SIP password cannot be undone (credentials are never put back). "
                                              + "Undo of Berlin Office: Tech prefix back to none") == true,
                "\(state.message?.text ?? "")")
    }

    struct Refused: CustomTestStringConvertible, Sendable {
        var what: String
        var entry: AuditEntry
        var says: String
        var testDescription: String { what }
    }

    static let refused: [Refused] = [
        Refused(what: "a regeneration", entry: AuditFixtures.line(method: "POST regenerate_credentials", changes: [
            AuditEntry.Change(field: "authentication_method.credentials", old: "[redacted]", new: "[regenerated]")]),
                says: "A regeneration cannot be undone"),
        Refused(what: "only a secret", entry: AuditFixtures.line(changes: [
            AuditEntry.Change(field: "authentication_method.twilio_account_sid", old: "[redacted]", new: "[redacted, changed]")]),
                says: "it changed only the Twilio account SID, and credentials are never put back"),
        Refused(what: "a failed line", entry: AuditFixtures.line(changes: [AuditFixtures.prefixes(from: ["44"], to: ["1"])],
                                                                 outcome: "failed"),
                says: "This change failed: nothing was changed"),
        Refused(what: "a create", entry: AuditFixtures.line(method: "POST", changes: []),
                says: "Undo a create by deleting the trunk (D)"),
        Refused(what: "a delete", entry: AuditFixtures.line(method: "DELETE", changes: []), says: "A delete cannot be undone"),
        Refused(what: "a line whose value before was not known", entry: AuditFixtures.line(changes: [
            AuditEntry.Change(field: "rtp_timeout", old: "?", new: "45", newValue: .integer(45))]),
                says: "This line cannot be undone: the RTP timeout before the change was not known"),
        Refused(what: "an older line that does not read back", entry: AuditFixtures.line(changes: [
            AuditEntry.Change(field: "dids", old: "+49 30 1234", new: "none")]),
                says: "This line cannot be undone (written by an older version)"),
    ]

    @Test(arguments: refused)
    func aLineThatCannotBeUndoneSaysWhyAndSendsNothing(row: Refused) {
        var state = UIFixtures.loadedState()
        state.showAudit([row.entry])
        let effects = state.press([.enter])
        #expect(effects.isEmpty)
        #expect(state.message?.text.contains(row.says) == true, "\(state.message?.text ?? "no message")")
        #expect(state.auditTrail != nil, "the trail stays open to pick another line")
    }

    /// A line written before typed values were kept is undone when its shown values read back.
    @Test func anOlderLineIsUndoneFromItsShownValues() throws {
        var state = UIFixtures.loadedState()
        state.showAudit([AuditFixtures.line(changes: [
            AuditEntry.Change(field: "dst_prefixes", old: "44, 49", new: "none"),
            AuditEntry.Change(field: "on_cli_mismatch_action", old: "Reject call", new: "Send original CLI"),
            AuditEntry.Change(field: "capacity_limit", old: "unlimited", new: "5"),
        ])])
        _ = state.press([.enter])
        var now = Self.berlin
        now.dstPrefixes = []
        now.onCliMismatchAction = .sendOriginalCli
        now.capacityLimit = 5
        _ = state.deliverRead(now)
        let form = try #require(state.form)
        #expect(form.draft.dstPrefixes == ["44", "49"])
        #expect(form.draft.onCliMismatchAction == .rejectCall)
        #expect(form.draft.capacityLimit == nil)
    }

    @Test func uAfterASaveUndoesItThroughTheForm() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        state.editForm { $0.draft.rtpTimeout = 45 }
        _ = state.press([.ctrl("s"), .char("y")])
        _ = state.deliverSaveBaseUnchanged()
        var saved = Self.berlin
        saved.rtpTimeout = 45
        _ = state.deliverSave(saved)
        #expect(state.form == nil)
        #expect(Screen.hints(state).contains("p prefixes · u undo"), "the bar names u once there is a change to undo")
        #expect(state.press([.char("u")]).calls == [.loadTrunk(id: Self.berlin.id)])
        _ = state.deliverRead(saved)
        let form = try #require(state.form)
        #expect(form.draft.rtpTimeout == 30 && form.original.rtpTimeout == 45)
        #expect(state.message?.text.contains("RTP timeout back to 30") == true, "\(state.message?.text ?? "")")
    }

    @Test func uWithNothingChangedSaysSo() {
        var state = UIFixtures.loadedState()
        #expect(state.press([.char("u")]).isEmpty)
        #expect(state.message?.text == "Nothing changed since the program started to undo")
        _ = state.press([.enter])
        _ = state.deliverRead(Self.berlin)
        #expect(state.press([.char("u")]).isEmpty, "the detail says the same")
        #expect(state.message?.text == "Nothing changed since the program started to undo")
    }

    @Test func uAfterADeleteOrACreateSaysHowItCanBeUndone() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("D")])
        _ = state.type(Self.berlin.name ?? "")
        _ = state.press([.enter])
        _ = state.deliverDelete(id: Self.berlin.id)
        _ = state.press([.char("u")])
        #expect(state.message?.text == "A delete cannot be undone: the trunk is gone from the server")
    }

    @Test func uIsRefusedInReadOnlyMode() {
        var state = UIFixtures.loadedState()
        state.readOnly = true
        #expect(state.press([.char("u")]).isEmpty)
        #expect(state.message?.text.hasPrefix("Read-only mode") == true)
    }

    @Test func theTicketFilterShowsOneTicketsLinesAndTGoesBackAndForth() throws {
        var state = UIFixtures.loadedState()
        let lines = [
            AuditFixtures.line(changes: [AuditFixtures.prefixes(from: ["44"], to: ["1"])], ticket: "OPS-1"),
            AuditFixtures.line(changes: [AuditFixtures.prefixes(from: ["1"], to: ["2"])], ticket: "OPS-2"),
            AuditFixtures.line(changes: [AuditFixtures.prefixes(from: ["2"], to: ["3"])], ticket: "OPS-1"),
            AuditFixtures.line(changes: [AuditFixtures.prefixes(from: ["3"], to: ["4"])]),
        ]
        _ = state.press([.char(":")])
        _ = state.type("audit ops-1")
        #expect(state.press([.enter]) == [.loadAudit])
        _ = state.handle(.auditLoaded(lines))
        var trail = try #require(state.auditTrail)
        #expect(trail.shownEntries == [lines[0], lines[2]], "only OPS-1's lines, whatever the case")
        #expect(trail.selected == lines[2], "the newest of them selected")
        #expect(Screen.render(state, rows: 24, columns: 80).plainText().contains("Audit trail of ticket ops-1"))
        _ = state.press([.char("t")])
        trail = try #require(state.auditTrail)
        #expect(trail.shown.count == 4 && trail.selected == lines[2], "every line, the same one selected")
        _ = state.press([.up])
        _ = state.press([.char("t")])
        trail = try #require(state.auditTrail)
        #expect(trail.shownEntries == [lines[1]] && trail.ticket == "OPS-2")
        _ = state.press([.char("t"), .pageDown])
        #expect(state.auditTrail?.selected == lines[3])
        _ = state.press([.char("t")])
        #expect(state.message?.text.hasPrefix("This line has no ticket") == true)
        _ = state.press([.char("x")])
        #expect(state.auditTrail != nil, "another key does nothing")
        _ = state.press([.escape])
        #expect(state.auditTrail == nil)
    }

    @Test func theSelectionStartsOnTheNewestAndStaysInSightAsItMoves() throws {
        var state = UIFixtures.loadedState()
        let lines = AuditFixtures.lines(40)
        state.showAudit(lines)
        var screen = Screen.render(state, rows: 23, columns: 80).plainText()
        #expect(screen.contains("▶ 2026-11-27T05:40:00Z") && screen.contains("line 40 of 40"), "\(screen)")
        _ = state.press(Array(repeating: .up, count: 30))
        screen = Screen.render(state, rows: 23, columns: 80).plainText()
        #expect(screen.contains("▶ 2026-11-27T05:10:00Z") && screen.contains("line 10 of 40"), "\(screen)")
        _ = state.press(Array(repeating: .pageUp, count: 5))
        screen = Screen.render(state, rows: 16, columns: 60).plainText()
        #expect(screen.contains("▶ 2026-11-27T05:01:00Z") && screen.contains("line 1 of 40"), "\(screen)")
    }
}
