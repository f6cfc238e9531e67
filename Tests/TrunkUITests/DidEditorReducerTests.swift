import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The DID set editors of the form (`dids`, `emergency_dids`): lazy loading of the account's DIDs,
/// completion by number, link and unlink, the every-DID switches, review, save and server errors.
@Suite struct DidEditorReducerTests {
    static let berlin = DidRef(id: "d-berlin", number: "4930123456", note: "Berlin desk")
    static let munich = DidRef(id: "d-munich", number: "4989765432")
    static let london = DidRef(id: "d-london", number: "442071234567")
    static let vilnius = DidRef(id: "d-vilnius", number: "37061498222", blocked: true)
    static let hamburg = DidRef(id: "d-hamburg", number: "4940555000")
    static let account = [berlin, munich, london, vilnius, hamburg]

    /// A trunk read with `include=dids,emergency_dids`: CLI DID Berlin, no emergency DIDs.
    static func linkedTrunk() -> Trunk {
        var trunk = UIFixtures.trunk(1, name: "Berlin Office")
        trunk.dids = [berlin]
        trunk.emergencyDids = []
        return trunk
    }

    /// The form open on the linked trunk, `L` pressed and the account's DIDs answered.
    func editorOpen(_ trunk: Trunk = linkedTrunk()) -> (AppState, [Effect]) {
        var state = UIFixtures.state(with: [trunk])
        _ = state.press([.char("e")])
        let effects = state.press([.char("L")])
        _ = state.deliverAccountDids(Self.account)
        return (state, effects)
    }

    func editor(_ state: AppState) -> DidEditorState? {
        if case .didSet(let editor)? = state.form?.editor { return editor }
        return nil
    }

    @Test func lOpensTheCLIDidsAndReadsTheAccountsDidsOnce() throws {
        var (state, effects) = editorOpen()
        #expect(effects.calls == [.loadAccountDids])
        #expect(editor(state)?.key == .dids && editor(state)?.items == [Self.berlin])
        #expect(state.form?.selectedKey == .dids)
        #expect(state.accountDids == .loaded(Self.account))
        _ = state.press([.escape])
        #expect(state.form?.editor == nil)
        #expect(state.press([.char("L")]).isEmpty, "the account's DIDs are read once")
        _ = state.press([.escape])
        try state.focusField(.emergencyDids)
        #expect(state.press([.enter]).isEmpty)
        #expect(editor(state)?.key == .emergencyDids, "Enter on a DID field opens its editor")
    }

    @Test func lInTheListOrDetailOpensTheFormOnTheCLIDids() {
        var state = UIFixtures.state(with: [Self.linkedTrunk()])
        #expect(state.press([.char("L")]).calls == [.loadAccountDids])
        #expect(state.pane == .form && editor(state)?.key == .dids && editor(state)?.items == [Self.berlin])
        _ = state.press([.escape, .escape])
        #expect(state.form == nil && state.pane == .list, "an untouched form closes without asking")
        _ = state.press([.enter])
        _ = state.deliverRead(Self.linkedTrunk())
        _ = state.press([.char("L")])
        #expect(state.form?.returnPane == .detail && editor(state)?.key == .dids)
        var readOnly = UIFixtures.state(with: [Self.linkedTrunk()])
        readOnly.readOnly = true
        #expect(readOnly.press([.char("L")]).isEmpty && readOnly.form == nil)
    }

    @Test func questionMarkShowsTheDidEditorsKeys() {
        var (state, _) = editorOpen()
        _ = state.press([.char("?")])
        #expect(state.showHelp && HelpText.focusContext(state) == .didEditor)
        #expect(state.frame().contains("DID editor (here)"))
        _ = state.press([.char("x")])
        #expect(!state.showHelp && editor(state)?.key == .dids, "any key closes help; the editor stays")
    }

    @Test func typedDigitsNarrowTheAccountsDidsNumbersStartingWithThemFirst() {
        var (state, _) = editorOpen()
        _ = state.press([.char("a")])
        _ = state.type("49")
        let candidates = editor(state).map(state.didCandidates) ?? []
        #expect(candidates.map(\.shownNumber) == ["+4940555000", "+4989765432", "+37061498222"],
                "Berlin is linked already; +4420… has no 49; +3706149… has it inside, after the numbers starting with it")
        _ = state.type("8")
        #expect((editor(state).map(state.didCandidates) ?? []).map(\.id) == ["d-munich", "d-vilnius"])
        _ = state.press([.ctrl("u")])
        _ = state.type("+44 20")
        #expect((editor(state).map(state.didCandidates) ?? []).map(\.id) == ["d-london"], "+ and spaces are ignored")
    }

    @Test func enterLinksTheHighlightedDidAndStaysReadyForTheNext() {
        var (state, _) = editorOpen()
        _ = state.press([.char("a")])
        _ = state.type("49")
        _ = state.press([.down, .enter])
        #expect(editor(state)?.items.map(\.id) == ["d-berlin", "d-munich"])
        #expect(editor(state)?.input?.text == "", "the add line stays open, empty")
        #expect(state.form?.draft.dids?.map(\.id) == ["d-berlin", "d-munich"], "the draft follows at once")
        _ = state.type("4420")
        _ = state.press([.enter, .escape, .escape])
        #expect(state.form?.editor == nil)
        #expect(state.form?.draft.dids?.map(\.id) == ["d-berlin", "d-munich", "d-london"])
        #expect(state.form?.isDirty == true)
    }

    @Test func nothingToLinkSaysWhy() {
        var (state, _) = editorOpen()
        _ = state.press([.char("a")])
        _ = state.type("999")
        _ = state.press([.enter])
        #expect(editor(state)?.error == "no unlinked DID of this account has 999 in its number")
        #expect(editor(state)?.input?.text == "999", "the typed digits stay")
        var loading = UIFixtures.state(with: [Self.linkedTrunk()])
        _ = loading.press([.char("e"), .char("L"), .char("a"), .char("4"), .enter])
        #expect(editor(loading)?.error == "the account's DIDs are still loading")
    }

    @Test func dUnlinksTheSelectedDidAndTheReviewNamesItByNumber() throws {
        var (state, _) = editorOpen()
        _ = state.press([.char("d")])
        #expect(editor(state)?.items.isEmpty == true)
        _ = state.press([.escape, .ctrl("s")])
        let review = try #require(state.review)
        #expect(review.body.text() == #"{"data":{"id":"00000000-0000-4000-8000-000000000001","relationships":{"dids":{"data":[]}},"type":"voice_out_trunks"}}"#)
        let lines = ReviewText.didChangeLines(.dids, review.diff, resolve: state.resolved, width: 76).map { $0.pieces.map(\.text).joined() }
        #expect(lines == ["  CLI DIDs: 1 → 0 linked (0 added, 1 removed)", "    unlink +4930123456"])
        #expect(!state.frame().contains("d-berlin"), "the review shows numbers; ids only in the body")
    }

    @Test func aPasteLinksEveryNumberOrNoneNamingTheStrangers() {
        var (state, _) = editorOpen()
        _ = state.press([.paste("442071234567, 4989765432\n")])
        #expect(editor(state)?.items.map(\.id) == ["d-berlin", "d-london", "d-munich"])
        _ = state.press([.paste("4940555000\n+1 555 0001")])
        #expect(editor(state)?.error == "not a DID of this account: +15550001")
        #expect(editor(state)?.items.count == 3, "nothing of a paste with strangers is linked")
    }

    @Test func assigningWhileAllowAnyDidAsCliIsOnIsAnErrorUnderTheFieldAndBlocksSaving() throws {
        var trunk = Self.linkedTrunk()
        trunk.dids = []
        trunk.allowAnyDidAsCli = true
        var (state, _) = editorOpen(trunk)
        _ = state.press([.char("a")])
        _ = state.type("4930")
        _ = state.press([.enter, .escape, .escape])
        let form = try #require(state.form)
        let issues = form.issues(.dids, validator: state.validator)
        #expect(issues.first?.severity == .error)
        #expect(issues.first?.message.hasPrefix("no DID can be assigned while Allow any DID as CLI is on") == true)
        _ = state.press([.ctrl("s")])
        #expect(state.review == nil)
        #expect(state.message?.text.hasPrefix("Fix CLI DIDs first: no DID can be assigned") == true)
        #expect(state.frame().contains("✗ no DID can be assigned while Allow any DID as"), "the reason stands under the field")
    }

    @Test func turningTheSwitchOnWithTheSetUntouchedWarnsThatTheServerUnlinks() throws {
        var (state, _) = editorOpen()
        _ = state.press([.escape])
        try state.focusField(.allowAnyDidAsCli)
        _ = state.press([.char(" ")])
        let form = try #require(state.form)
        #expect(form.issues(.dids, validator: state.validator) == [.warning("saving Allow any DID as CLI on unlinks the 1 listed here on the server")])
        _ = state.press([.ctrl("s")])
        #expect(state.review?.body.text() == #"{"data":{"attributes":{"allow_any_did_as_cli":true},"id":"00000000-0000-4000-8000-000000000001","type":"voice_out_trunks"}}"#)
    }

    @Test func tabSwitchesToTheEmergencyDidsAndKeepsTheCLIChange() {
        var (state, _) = editorOpen()
        _ = state.press([.char("a")])
        _ = state.type("4989")
        _ = state.press([.enter, .escape, .tab])
        #expect(editor(state)?.key == .emergencyDids && editor(state)?.items.isEmpty == true)
        _ = state.press([.char("a")])
        _ = state.type("4420")
        _ = state.press([.enter, .escape, .escape, .ctrl("s")])
        #expect(state.review?.body.text() == #"{"data":{"id":"00000000-0000-4000-8000-000000000001","relationships":{"dids":{"data":[{"id":"d-berlin","type":"dids"},{"id":"d-munich","type":"dids"}]},"emergency_dids":{"data":[{"id":"d-london","type":"dids"}]}},"type":"voice_out_trunks"}}"#)
    }

    @Test func linksNeverReadAreReadBeforeTheyCanBeChanged() throws {
        var trunk = Self.linkedTrunk()
        trunk.dids = nil
        trunk.emergencyDids = nil
        var state = UIFixtures.state(with: [trunk])
        _ = state.press([.char("e")])
        let effects = state.press([.char("L")])
        #expect(effects.calls == [.loadTrunk(id: trunk.id), .loadAccountDids])
        #expect(editor(state)?.awaitingLinks == true)
        _ = state.press([.char("a")])
        #expect(editor(state)?.input == nil && editor(state)?.error?.contains("being read") == true)
        _ = state.deliverReadFailure(id: trunk.id, "HTTP 503")
        #expect(editor(state)?.error == "the trunk's linked DIDs could not be read (HTTP 503); Esc, then L tries again")
        _ = state.press([.escape])
        #expect(state.press([.char("L")]).calls == [.loadTrunk(id: trunk.id)], "the account's DIDs are already being read")
        _ = state.deliverRead(Self.linkedTrunk())
        #expect(editor(state)?.awaitingLinks == false && editor(state)?.items == [Self.berlin])
        #expect(state.form?.original.dids == [Self.berlin] && state.form?.isDirty == false,
                "the links read become the form's base, not a change")
    }

    @Test func aFailedReadIsShownAndRetriedOnTheNextOpen() {
        var state = UIFixtures.state(with: [Self.linkedTrunk()])
        _ = state.press([.char("e"), .char("L")])
        _ = state.deliver(.loadAccountDids, .dids(.failure(RequestFailure("HTTP 503"))))
        #expect(state.accountDids == .failed("HTTP 503"))
        #expect(state.message?.text == "The account's DIDs could not be read: HTTP 503")
        _ = state.press([.char("a"), .char("4"), .enter])
        #expect(editor(state)?.error == "the account's DIDs could not be read: HTTP 503")
        _ = state.press([.escape, .escape])
        #expect(state.press([.char("L")]).calls == [.loadAccountDids])
    }

    @Test func aServer422OnTheRelationshipStandsUnderItsFieldWithTheDraftIntact() throws {
        var (state, _) = editorOpen()
        _ = state.press([.char("a")])
        _ = state.type("4989")
        _ = state.press([.enter, .escape, .escape, .ctrl("s"), .char("y")])
        _ = state.deliverSaveBase(Self.linkedTrunk())
        _ = state.deliverSaveFailure("The server refused the change (422)", fieldErrors: [
            APIError(title: "can't be assigned while allow_any_did_as_cli is true",
                     detail: "dids - can't be assigned while allow_any_did_as_cli is true",
                     code: "100", status: "422", pointer: "/data/relationships/dids"),
        ])
        let form = try #require(state.form)
        #expect(form.serverErrors[.dids] == "can't be assigned while allow_any_did_as_cli is true")
        #expect(form.selectedKey == .dids)
        #expect(form.draft.dids?.map(\.id) == ["d-berlin", "d-munich"], "the draft is intact")
    }

    @Test func afterSavingTheDetailShowsTheServersAnswerByNumber() {
        var (state, _) = editorOpen()
        _ = state.press([.char("a")])
        _ = state.type("4989")
        _ = state.press([.enter, .escape, .escape, .ctrl("s"), .char("y")])
        _ = state.deliverSaveBase(Self.linkedTrunk())
        var answer = Self.linkedTrunk()
        answer.dids = [Self.berlin, Self.munich]
        _ = state.deliverSave(answer)
        #expect(state.form == nil && state.detail?.dids == [Self.berlin, Self.munich])
        #expect(state.message?.text == "Saved Berlin Office: CLI DIDs: linked +4989765432")
    }

    @Test func aNewTrunkSendsItsLinkedDidsInThePost() throws {
        var state = UIFixtures.state(with: [Self.linkedTrunk()])
        _ = state.press([.char("n")])
        let effects = state.press([.char("L")])
        #expect(effects.calls == [.loadAccountDids], "a new trunk has no links to read")
        _ = state.deliverAccountDids(Self.account)
        _ = state.press([.char("a")])
        _ = state.type("4420")
        _ = state.press([.enter, .escape, .escape])
        let diff = DraftDiff(original: try #require(state.form).original, draft: try #require(state.form).draft)
        #expect(diff.createDocument()["data"]?["relationships"]?.text() == #"{"dids":{"data":[{"id":"d-london","type":"dids"}]}}"#)
    }
}
