import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `=`: two trunks side by side, and the fields chosen in the comparison copied into a draft of
/// the target trunk's form (never a credential, a secret or what the server sets).
@Suite struct CompareReducerTests {
    /// Every seeded trunk listed as the list reads them (no DID links), at `rows` × `columns`.
    static func list(rows: Int = 23, columns: Int = 80) -> AppState {
        var state = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_000_000))
        _ = state.handle(.resized(rows: rows, columns: columns))
        _ = state.start()
        let rows = SeededTrunks.all.map { trunk -> Trunk in
            var row = trunk
            row.dids = nil
            row.emergencyDids = nil
            return row
        }
        _ = state.deliverPage(TrunkPage(trunks: rows, totalRecords: rows.count), number: 1, generation: 0)
        return state
    }

    /// Selects the trunk named `name` in the list.
    static func select(_ name: String, _ state: inout AppState) {
        state.selection = state.visible.firstIndex { state.trunks[$0].name == name } ?? 0
    }

    /// The list with the trunks `names` marked by Space, then `selected` selected.
    static func marked(_ names: [String], selecting selected: String? = nil, rows: Int = 23, columns: Int = 80) -> AppState {
        var state = list(rows: rows, columns: columns)
        for name in names {
            select(name, &state)
            _ = state.press([.char(" ")])
        }
        if let selected { select(selected, &state) }
        return state
    }

    /// Moves the comparison's cursor to `key`.
    static func go(to key: FieldKey, _ state: inout AppState) {
        _ = state.press([.home])
        for _ in 0..<40 where state.compare?.cursor != key { _ = state.press([.down]) }
    }

    /// Chooses each of `keys` with Space.
    static func choose(_ keys: [FieldKey], _ state: inout AppState) {
        for key in keys {
            go(to: key, &state)
            _ = state.press([.char(" ")])
        }
    }

    @Test func twoMarksOpenTheComparisonInTheListsOrderAndReadTheTrunksForTheirDids() throws {
        var state = Self.marked(["Chicago Sales", "Berlin Office"])
        let effects = state.press([.char("=")])
        let view = try #require(state.compare)
        #expect(view.leftName == "Berlin Office" && view.rightName == "Chicago Sales", "the list's order, not the order marked")
        #expect(view.target == .right && view.cursor == .name)
        #expect(state.keyContext == .compare)
        #expect(effects.calls == [.loadTrunk(id: view.leftID), .loadTrunk(id: view.rightID)],
                "a trunk read only as a list row is read for its DIDs")
        let comparison = try #require(state.comparison(view))
        let dids = try #require(comparison.rows.first { $0.field.key == .dids })
        #expect(dids.outcome == .unknown && dids.left.text == "reading…" && dids.right.text == "reading…")

        _ = state.deliverRead(SeededTrunks.named("Berlin Office"))
        _ = state.deliverRead(SeededTrunks.named("Chicago Sales"))
        let read = try #require(state.comparison(view))
        #expect(read.rows.first { $0.field.key == .dids }?.outcome != .unknown, "the answers land in the open comparison")
    }

    @Test func oneMarkComparesTheMarkWithTheSelectedTrunkWhichIsTheTarget() throws {
        var state = Self.marked(["Berlin Office"], selecting: "Frankfurt Twilio")
        _ = state.press([.char("=")])
        let view = try #require(state.compare)
        #expect(view.leftName == "Berlin Office" && view.rightName == "Frankfurt Twilio" && view.target == .right)
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var marked: [String]
        var selected: String
        var words: String
        var testDescription: String { "\(marked.count) marked: \(words)" }
    }

    static let refusals: [Refusal] = [
        Refusal(marked: [], selected: "Berlin Office", words: "Mark two trunks to compare them (none marked; Space marks)"),
        Refusal(marked: ["Berlin Office"], selected: "Berlin Office",
                words: "Mark two trunks to compare them (1 marked: select another trunk to compare it with the mark)"),
        Refusal(marked: ["Berlin Office", "Chicago Sales", "Dublin Support"], selected: "Berlin Office",
                words: "Mark two trunks to compare them (3 marked)"),
    ]

    @Test(arguments: refusals)
    func otherThanTwoMarksSayWhatIsNeeded(row: Refusal) {
        var state = Self.marked(row.marked, selecting: row.selected)
        let effects = state.press([.char("=")])
        #expect(state.compare == nil && effects.isEmpty)
        #expect(state.message?.text == row.words)
        #expect(state.message?.kind == .warning)
    }

    @Test func dShowsOnlyTheDifferingFieldsAndAgainAll() throws {
        var state = Self.marked(["Berlin Office", "Chicago Sales"])
        _ = state.press([.char("=")])
        Self.go(to: .callbackUrl, &state)
        let opened = try #require(state.compare)
        let all = try #require(state.comparison(opened)).lines(differingOnly: false)
        _ = state.press([.char("d")])
        let view = try #require(state.compare)
        #expect(view.differingOnly)
        let comparison = try #require(state.comparison(view))
        let shown = comparison.lines(differingOnly: true).compactMap(\.row)
        #expect(shown.count < all.compactMap(\.row).count)
        #expect(shown.allSatisfy { $0.outcome != .same })
        #expect(!shown.contains { $0.field.key == .callbackUrl }, "both say none")
        #expect(shown.contains { $0.field.key == .status } && shown.contains { $0.field.key == .techPrefix })
        #expect(view.cursor == .createdAt, "the cursor moves to the next field shown")
        #expect(state.frame().contains("· only ≠ shown"))
        _ = state.press([.char("d")])
        #expect(state.compare?.differingOnly == false)
    }

    @Test func copyOpensTheTargetsFormWithExactlyTheChosenFieldsInItsDraft() throws {
        var state = Self.marked(["Berlin Office", "Chicago Sales"])
        _ = state.press([.char("=")])
        Self.choose([.status, .techPrefix, .allowedRtpIps], &state)
        #expect(state.compare?.chosen == [.status, .techPrefix, .allowedRtpIps])
        let effects = state.press([.char("c")])

        let form = try #require(state.form)
        let berlin = SeededTrunks.named("Berlin Office")
        let chicago = try #require(state.trunks.elements.first { $0.name == "Chicago Sales" })
        #expect(state.compare == nil && state.pane == .form)
        #expect(form.original == chicago && form.mode == .edit, "the target as read, so the save checks what changed since")
        let changes = DraftDiff(original: form.original, draft: form.draft).changes
        #expect(changes.map(\.key) == [.status, .techPrefix, .allowedRtpIps])
        #expect(form.draft.status == berlin.status && form.draft.authenticationMethod?.techPrefix == nil)
        #expect(form.draft.allowedRtpIps == berlin.allowedRtpIps)
        #expect(form.draft.authenticationMethod?.password == chicago.authenticationMethod?.password, "credentials stay the target's")
        #expect(form.draft.name == "Chicago Sales")
        #expect(form.selectedKey == .status, "the first copied field is selected")
        #expect(state.selectedTrunk?.name == "Chicago Sales", "the list follows the form")
        #expect(effects.contains { if case .storeDraft = $0 { true } else { false } }, "the draft is kept on disk at once")
        #expect(state.message?.text == "Copied 3 fields from Berlin Office: Ctrl-S reviews and saves")

        // The copy is one change in the form's history.
        var undone = state
        _ = undone.press([.char("u")])
        #expect(undone.form?.draft == chicago && undone.message?.text == "Undid Status, Tech prefix, Allowed RTP IPs")

        // The normal review and its stale-write guard: the target is read again before the PATCH.
        _ = state.press([.ctrl("s")])
        let review = try #require(state.review)
        #expect(review.diff.changes.map(\.key) == [.status, .techPrefix, .allowedRtpIps])
        let sent = state.press([.char("y")])
        #expect(sent.calls == [.loadTrunk(id: chicago.id)])
    }

    @Test func tabSwapsTheDirection() throws {
        var state = Self.marked(["Berlin Office", "Chicago Sales"])
        _ = state.press([.char("="), .tab])
        #expect(state.compare?.target == .left)
        #expect(state.frame().contains("into Berlin Office"))
        Self.choose([.techPrefix], &state)
        _ = state.press([.char("c")])
        #expect(state.form?.original.name == "Berlin Office")
        #expect(state.form?.draft.authenticationMethod?.techPrefix == "77#")
    }

    @Test func chooseAllTakesEveryDifferingFieldThatCanBeCopiedAndNamesTheOthersWithWhy() throws {
        var state = Self.marked(["Berlin Office", "Chicago Sales"])
        _ = state.press([.char("="), .char("a")])
        let view = try #require(state.compare)
        let chosen = view.chosen
        let differing = try #require(state.comparison(view)).rows.filter { $0.outcome == .differs }.map(\.field.key)
        #expect(chosen == Set(differing.filter { CompareCopy.neverCopied($0) == nil }))
        #expect(chosen.isSuperset(of: [.name, .status, .externalReferenceId, .allowedSipIps, .techPrefix, .allowedRtpIps]))
        for never in [FieldKey.createdAt, .username, .password, .thresholdReached] { #expect(!chosen.contains(never)) }
        let text = try #require(state.message?.text)
        #expect(text.contains("not copied: Created (set by the server)"), "\(text)")
        #expect(text.contains("SIP username (a credential, never copied)"), "\(text)")
        #expect(text.contains("SIP password (a credential, never copied)"), "\(text)")
        #expect(state.message?.kind == .warning)

        _ = state.press([.char("a")])
        #expect(state.compare?.chosen.isEmpty == true, "a again chooses none")
    }

    @Test func spaceOnACredentialOrAServerFieldSaysWhyAndChoosesNothing() {
        var state = Self.marked(["Berlin Office", "Chicago Sales"])
        _ = state.press([.char("=")])
        Self.choose([.password], &state)
        #expect(state.compare?.chosen.isEmpty == true)
        #expect(state.message?.text == "SIP password is not copied: a credential, never copied")
        Self.choose([.createdAt], &state)
        #expect(state.message?.text == "Created is not copied: set by the server")
        Self.choose([.callbackUrl], &state)
        #expect(state.message?.text == "Callback URL is the same on both trunks")
        #expect(state.compare?.chosen.isEmpty == true)
    }

    @Test func aFieldTheTargetsMethodDoesNotHaveIsRefusedUnlessTheMethodIsCopiedToo() throws {
        var state = Self.marked(["Berlin Office", "Frankfurt Twilio"])
        _ = state.press([.char("=")])
        Self.choose([.techPrefix], &state)
        #expect(state.compare?.chosen.isEmpty == true)
        #expect(state.message?.text == "Tech prefix is not copied: Frankfurt Twilio has none (Twilio)")

        Self.choose([.authType, .allowedSipIps], &state)
        #expect(state.compare?.chosen == [.authType, .allowedSipIps], "with the method, the target would have the field")
        _ = state.press([.char("c")])
        let form = try #require(state.form)
        #expect(form.draft.authenticationMethod?.type == .credentialsAndIp)
        #expect(form.draft.authenticationMethod?.allowedSipIps == SeededTrunks.named("Berlin Office").authenticationMethod?.allowedSipIps)
        #expect(form.draft.authenticationMethod?.password == nil, "no credential comes along with the method")
    }

    @Test func aChosenFieldLeftWithoutItsMethodIsNamedWhenCopying() throws {
        var state = Self.marked(["Berlin Office", "Frankfurt Twilio"])
        _ = state.press([.char("=")])
        Self.choose([.authType, .allowedSipIps, .externalReferenceId], &state)
        Self.choose([.authType], &state)
        #expect(state.compare?.chosen == [.allowedSipIps, .externalReferenceId])
        _ = state.press([.char("c")])
        let form = try #require(state.form)
        #expect(DraftDiff(original: form.original, draft: form.draft).changes.map(\.key) == [.externalReferenceId])
        #expect(state.message?.text == "Copied 1 field from Berlin Office: Ctrl-S reviews and saves · not copied: Allowed SIP IPs (Frankfurt Twilio has none (Twilio))")
        #expect(state.message?.kind == .warning)
    }

    @Test func anIPOnlyTargetTakesNoAuthenticationField() {
        var state = Self.marked(["Berlin Office", "Dublin Support"])
        _ = state.press([.char("=")])
        Self.choose([.allowedSipIps], &state)
        #expect(state.compare?.chosen.isEmpty == true)
        #expect(state.message?.text == "Allowed SIP IPs is not copied: Dublin Support uses IP only, set by DIDWW support")
    }

    @Test func copyWithNothingChosenSaysHowToChoose() {
        var state = Self.marked(["Berlin Office", "Chicago Sales"])
        _ = state.press([.char("=")])
        let effects = state.press([.char("c")])
        #expect(effects.isEmpty && state.compare != nil && state.form == nil)
        #expect(state.message?.text == "No field chosen to copy (Space chooses one, a every differing one)")
    }

    @Test func readOnlyModeComparesButDoesNotCopy() {
        var state = Self.marked(["Berlin Office", "Chicago Sales"])
        state.readOnly = true
        _ = state.press([.char("="), .char(" ")])
        #expect(state.compare != nil)
        _ = state.press([.char("c")])
        #expect(state.form == nil)
        #expect(state.message?.text.hasPrefix("Read-only mode: copy the chosen fields into the target's form is not available") == true)
        #expect(!Screen.hints(state).contains("copy"))
    }

    @Test func copiedValuesAreCheckedByTheFormsValidator() throws {
        var state = Self.marked(["Berlin Office", "Frankfurt Twilio"], selecting: nil)
        _ = state.press([.char("="), .tab])
        // Twilio into Berlin: the method comes without a Twilio SID (a secret), which the form asks for.
        Self.choose([.authType], &state)
        _ = state.press([.char("c")])
        let form = try #require(state.form)
        #expect(form.draft.authenticationMethod?.type == .twilio)
        let issues = form.issues(.twilioAccountSid, validator: state.validator)
        #expect(issues.contains { $0.severity == .error }, "\(issues)")
        _ = state.press([.ctrl("s")])
        #expect(state.review == nil, "nothing invalid reaches the review")
    }

    @Test func escClosesAndSecretsStayMasked() {
        var state = Self.marked(["Berlin Office", "Chicago Sales"])
        _ = state.press([.char("=")])
        let frame = state.frame()
        let password = SeededTrunks.named("Berlin Office").authenticationMethod?.password ?? "?"
        #expect(!frame.contains(password))
        Self.go(to: .password, &state)
        #expect(state.frame().contains("••••••••"))
        _ = state.press([.escape])
        #expect(state.compare == nil && state.modals.isEmpty && state.pane == .list)
    }
}
