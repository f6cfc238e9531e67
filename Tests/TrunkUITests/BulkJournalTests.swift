import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// A change to many trunks is written down as it is sent (the change once, each outcome as it
/// settles, each PATCH before it goes), offered at the next start when it was left unfinished,
/// and finished without sending any trunk twice.
@Suite struct BulkJournalTests {
    @Test(arguments: [(1_795_420_458.81, "20261123-075418.810"), (1_795_420_458.005, "20261123-075418.005"),
                      (0.0, "19700101-000000.000")])
    func aChangesGroupIdIsTheUTCTimeItStarted(seconds: Double, id: String) {
        #expect(BulkJournal.batchID(at: Date(timeIntervalSince1970: seconds)) == id)
    }

    static let four = Array(MarkTests.six.prefix(4))

    /// The index of the first effect matching `test`, or nil.
    static func index(_ effects: [Effect], _ test: (Effect) -> Bool) -> Int? { effects.firstIndex(where: test) }

    static func isPatch(_ effect: Effect) -> Bool {
        if case .request(_, .patch) = effect { return true }
        return false
    }

    static func journalLines(_ effects: [Effect]) -> [BulkJournal.Line] {
        effects.compactMap { if case .bulkJournal(.record(_, let line)) = $0 { line } else { nil } }
    }

    @Test func theChangeIsWrittenBeforeTheFirstReadAndEachPatchBeforeItGoes() throws {
        var state = BulkChangeTests.threeMarked()
        _ = state.press([.char("b"), .char("b")])
        _ = state.type("block")
        let started = state.press([.char("y")])
        guard case .bulkJournal(.begin(let journal))? = started.first else {
            Issue.record("the change is written first: \(started)")
            return
        }
        let ids = BulkChangeTests.threeMarkedIDs
        #expect(journal.trunks.map(\.id) == ids)
        #expect(journal.outcomes == [ids[2]: .alreadySo], "the one already blocked is settled without a request")
        #expect(journal.edit == .status(.blocked))
        #expect(started.dropFirst().first == .setAuditBatch(journal.batch), "the audit lines carry the change's group id")
        #expect(started.calls == [.loadTrunk(id: ids[0])])

        _ = BulkChangeTests.readAgain(&state, MarkTests.six[0])
        let patch = BulkChangeTests.later(&state)
        let written = try #require(Self.index(patch) { $0 == .bulkJournal(.record(batch: journal.batch, .sending(ids[0]))) },
                                   "the PATCH is written down: \(patch)")
        let sent = try #require(Self.index(patch, Self.isPatch))
        #expect(written < sent, "written down before the PATCH goes")

        let answered = BulkChangeTests.saved(&state, BulkChangeTests.status(MarkTests.six[0], .blocked))
        #expect(Self.journalLines(answered) == [.settled(ids[0], .changed)], "its outcome replaces the mark")
        _ = BulkChangeTests.later(&state)
        _ = BulkChangeTests.readAgain(&state, MarkTests.six[1])
        _ = BulkChangeTests.later(&state)
        let last = BulkChangeTests.saved(&state, BulkChangeTests.status(MarkTests.six[1], .blocked))
        #expect(Self.journalLines(last) == [.settled(ids[1], .changed)])
        #expect(last.contains(.setAuditBatch(nil)), "the group ends with the sending")
        #expect(state.bulkChange?.phase == .done)
        #expect(state.press([.escape]) == [.bulkJournal(.remove(batch: journal.batch))], "closing the results forgets it")
    }

    @Test func aTrunkSkippedOrStoppedIsWrittenDownToo() {
        var state = BulkChangeTests.threeMarked()
        _ = state.press([.char("b"), .char("b")])
        _ = state.type("block")
        _ = state.press([.char("y")])
        let skipped = BulkChangeTests.readAgain(&state, BulkChangeTests.status(MarkTests.six[0], .unknown("suspended")))
        #expect(Self.journalLines(skipped) == [.settled(MarkTests.six[0].id, .skipped("changed meanwhile: status is now suspended"))])
        let stopped = state.press([.escape])
        #expect(Self.journalLines(stopped) == [.settled(MarkTests.six[1].id, .skipped("stopped before it was sent"))])
    }

    /// Four trunks to block: the first changed, the second's PATCH sent without an answer seen,
    /// the third and fourth not sent.
    static func leftUnfinished() -> BulkJournal {
        var journal = BulkJournal(batch: "20261202-065127.123", sending: BulkSending(BulkChange(four, .status(.blocked))),
                                  at: Date(timeIntervalSince1970: 1_000))
        journal.apply(.sending(four[0].id))
        journal.apply(.settled(four[0].id, .changed))
        journal.apply(.sending(four[1].id))
        return journal
    }

    static func offered() -> AppState {
        var state = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_120))
        _ = state.start()
        state.offerUnfinishedBulkChanges([leftUnfinished()])
        return state
    }

    @Test func theOfferSaysWhatBecameOfEachTrunk() {
        let state = Self.offered()
        #expect(state.keyContext == .unfinishedBulk)
        let lines = UnfinishedBulkText.lines(Self.leftUnfinished(), now: state.now, width: 76).map(\.0)
        #expect(lines[0] == " Block 4 trunks, started 2m ago")
        #expect(lines[1] == " 2 done · 1 sent, no answer · 1 not sent")
        #expect(lines.contains { $0.hasPrefix(" ✓ acme-fra-1") && $0.hasSuffix("blocked") })
        #expect(lines[3].hasPrefix(" ? acme-fra-2") && lines[3].hasSuffix("sent, no answer: read first"),
                "what is left to do comes first")
        #expect(lines[4].hasPrefix(" · acme-ams-1") && lines[4].hasSuffix("not sent"))
        #expect(lines.contains { $0.hasPrefix(" ✓ beta-ber-1") && $0.hasSuffix("already blocked (no request)") })
        #expect(lines.contains { $0.hasPrefix(" · ") && $0.hasSuffix("not sent") })
        let screen = Screen.render(state, rows: 23, columns: 80).plainText()
        #expect(screen.contains("Unfinished change from an earlier run"))
        #expect(screen.contains("f finish"))
    }

    /// What the read of the trunk sent without an answer finds, and what becomes of it: applied
    /// counts as changed with no second PATCH; still as reviewed goes through the guard and is
    /// sent once; changed otherwise is skipped.
    @Test(arguments: [(TrunkStatus.blocked, BulkSending.Outcome?.some(.changed), false),
                      (TrunkStatus.active, nil, true),
                      (TrunkStatus.unknown("suspended"), .some(.skipped("changed meanwhile: status is now suspended")), false)])
    func finishingReadsTheTrunkSentWithoutAnAnswerFirst(found: TrunkStatus, outcome: BulkSending.Outcome?, patched: Bool) throws {
        var state = Self.offered()
        let started = state.press([.char("f")])
        #expect(started.first == .setAuditBatch("20261202-065127.123"), "the same group id as before the restart")
        #expect(started.calls == [.loadTrunk(id: Self.four[1].id)], "the trunk sent without an answer is read first")
        #expect(state.modals.top?.kind == .bulkChange, "the sending shows")
        let read = BulkChangeTests.readAgain(&state, BulkChangeTests.status(Self.four[1], found))
        #expect(state.bulkChange?.sending?.outcomes[Self.four[1].id] == outcome)
        if let outcome { #expect(Self.journalLines(read) == [.settled(Self.four[1].id, outcome)]) }
        let audited = read.contains { if case .auditAppliedWithoutAnswer(let id, _, _) = $0 { id == Self.four[1].id } else { false } }
        #expect(audited == (outcome == .changed), "an audit line for the PATCH found applied, and only for it")
        let next = BulkChangeTests.later(&state)
        #expect(next.contains(where: Self.isPatch) == patched)
        if patched {
            #expect(Self.journalLines(next) == [.sending(Self.four[1].id)])
        }
    }

    @Test func finishingSendsOnlyTheTrunksNotSettled() {
        var state = Self.offered()
        var calls = state.press([.char("f")]).calls
        _ = BulkChangeTests.readAgain(&state, BulkChangeTests.status(Self.four[1], .blocked))
        // beta-ber-1 is already blocked (settled at review); acme-fra-1 was changed before the restart.
        for trunk in [Self.four[3]] {
            calls += BulkChangeTests.later(&state).calls
            _ = BulkChangeTests.readAgain(&state, trunk)
            calls += BulkChangeTests.later(&state).calls
            _ = BulkChangeTests.saved(&state, BulkChangeTests.status(trunk, .blocked))
        }
        #expect(calls.filter { if case .patch = $0 { true } else { false } } == calls.filter {
            if case .patch(let id, _) = $0 { id == Self.four[3].id } else { false }
        })
        #expect(calls.count == 3, "two reads and one PATCH: \(calls)")
        #expect(!calls.contains { if case .loadTrunk(let id) = $0 { id == Self.four[0].id } else { false } }, "the changed one is not read")
        let done = state.bulkChange?.sending
        #expect(done?.isDone == true)
        #expect(done?.outcomes[Self.four[0].id] == .changed && done?.outcomes[Self.four[1].id] == .changed)
        #expect(state.press([.escape]) == [.bulkJournal(.remove(batch: "20261202-065127.123"))])
    }

    @Test func forgettingRemovesItAndMarksTheTrunksNotDoneAgain() {
        var state = Self.offered()
        #expect(state.press([.char("d")]) == [.bulkJournal(.remove(batch: "20261202-065127.123"))])
        #expect(state.modals.isEmpty)
        #expect(Set(state.marks.names.keys) == Set([Self.four[1].id, Self.four[3].id]),
                "the trunk sent without an answer and the one not sent; not the changed one, nor the one already blocked")
        #expect(state.message?.text == "Forgotten: the change to 4 trunks; the 2 not done are marked again")
    }

    @Test func laterKeepsItAndReadOnlyModeCannotFinish() {
        var later = Self.offered()
        #expect(later.press([.escape]).isEmpty)
        #expect(later.modals.isEmpty && later.unfinishedBulk.isEmpty)
        #expect(later.message?.text.contains("offered again at the next start") == true)

        var readOnly = Self.offered()
        readOnly.readOnly = true
        #expect(readOnly.press([.char("f")]).isEmpty, "nothing is read or sent")
        #expect(readOnly.message?.text.hasPrefix("Read-only mode: the change cannot be finished here") == true)
        #expect(UnfinishedBulkText.footer(Self.leftUnfinished(), readOnly: true).contains("cannot be finished here"))
        #expect(readOnly.modals.top?.kind == .unfinishedBulk, "the offer stays: forget or later")
        #expect(Screen.hints(readOnly) == " d forget · Esc later", "the hint leaves out what read-only mode cannot do")
        #expect(Screen.hints(Self.offered()) == " f finish · d forget · Esc later")
    }

    @Test func onDiskTheChangeAndItsStepsReadBackAndNoSecretIsWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = BulkJournalStore(directory: directory)
        let journal = Self.leftUnfinished()
        try store.begin(BulkJournal(batch: journal.batch, sending: BulkSending(BulkChange(Self.four, .status(.blocked))),
                                    at: journal.startedAt))
        for line in [BulkJournal.Line.sending(Self.four[0].id), .settled(Self.four[0].id, .changed), .sending(Self.four[1].id)] {
            try store.record(line, batch: journal.batch)
        }
        let written = try String(contentsOf: store.file(journal.batch, "json"), encoding: .utf8)
        #expect(!written.contains("z0hshvbcy7"), "the SIP password of the trunks as reviewed is not written")
        #expect(written.contains(#""value":"active""#), "the status as reviewed is")
        store.releaseLocks()
        let read = try #require(store.load().first)
        #expect(read == journal, "the change, its outcomes and the trunk sent without an answer read back")
        #expect(read.change.items.map(\.trunk.status) == Self.four.map(\.status))

        // A change that sets a secret keeps it off the disk, and so cannot be finished.
        let secret = BulkJournal(batch: "x", sending: BulkSending(BulkChange(Self.four, .fields([.password: .text("n3w-secret")]))),
                                 at: journal.startedAt)
        #expect(!secret.canFinish && secret.withheld == [.password] && secret.edit == .fields([:]))
        var offered = AppState(environmentLabel: "demo")
        offered.offerUnfinishedBulkChanges([secret])
        #expect(offered.press([.char("f")]).isEmpty)
        #expect(offered.message?.text.contains("cannot be finished") == true)
    }

    /// The PATCH a finished change sends for a trunk (read again just before) is the one the
    /// uninterrupted sending would have sent, though only the fields the change needs were kept.
    @Test(arguments: [BulkEdit.status(.blocked), .prefixes(PrefixEdit(.add, ["4930"])), .fields([.techPrefix: .text("99")]),
                      .fields([.allowedSipIps: .list(["192.0.2.9/32"]), .capacityLimit: .integer(7)])])
    func theRebuiltChangeSendsThePatchTheReviewedOneWould(edit: BulkEdit) throws {
        var sending = BulkSending(BulkChange(Self.four, edit))
        let journal = BulkJournal(batch: "b", sending: sending, at: Date(timeIntervalSince1970: 1_000))
        var resumed = journal.sending
        for trunk in Self.four where sending.change.items.first(where: { $0.trunk.id == trunk.id })?.changes == true {
            #expect(sending.next() == trunk.id && resumed.next() == trunk.id)
            let body = sending.read(trunk)
            #expect(body != nil, "\(trunk.name ?? "") changes")
            #expect(resumed.read(trunk) == body, "the same PATCH for \(trunk.name ?? "")")
            sending.answered(trunk.id, .changed)
            resumed.answered(trunk.id, .changed)
        }
    }
}
