import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Frames of the detail pane drawn from the fake API's seeded trunks, at 80×24 (detail alone) and
/// 160×48 (list and detail side by side), read as a user reads them: top, a page down, the end.
@Suite struct DetailFrameTests {
    static let sizes = [(24, 80), (48, 160)]

    /// The text a user sees scrolling through the whole trunk: every page from top to bottom.
    static func everyPage(_ name: String, rows: Int, columns: Int) -> (pages: [String], state: AppState) {
        var state = SeededTrunks.detailState(name, rows: rows, columns: columns)
        var pages = [state.frame()]
        var last = -1
        while state.detailScroll != last {
            last = state.detailScroll
            _ = state.press([.pageDown])
            if state.detailScroll != last { pages.append(state.frame()) }
        }
        return (pages, state)
    }

    /// Every page of the trunk called `name` at `size`, joined into one text.
    static func wholeTrunk(_ name: String, _ size: (Int, Int)) -> String {
        everyPage(name, rows: size.0, columns: size.1).pages.joined(separator: "\n")
    }

    /// The first frame of the trunk called `name` at `size`.
    static func firstFrame(_ name: String, _ size: (Int, Int)) -> String {
        SeededTrunks.detailState(name, rows: size.0, columns: size.1).frame()
    }

    /// A detail row as drawn: the label in its 27-column gutter, then the value.
    static func row(_ label: String, _ value: String) -> String {
        DisplayWidth.pad(label, to: 27) + value
    }

    @Test("every row fills the terminal exactly, wide characters included",
          arguments: ["東京 outbound", "Zürich Ost", "Café ☎ trunk", "Vienna", "Paris Minimal"], sizes)
    func rowsAreAligned(name: String, size: (Int, Int)) {
        let (pages, _) = Self.everyPage(name, rows: size.0, columns: size.1)
        for page in pages {
            let rows = page.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(rows.count == size.0)
            for row in rows.dropFirst().dropLast() {
                #expect(DisplayWidth.of(String(row)) == size.1, "the right border stays in the last column: \(row)")
            }
        }
    }

    @Test("the groups come in the panel's order, health first", arguments: sizes)
    func groupsInPanelOrder(size: (Int, Int)) {
        let text = Self.wholeTrunk("Oslo Emergency", size)
        let headings = ["Media encryption off", "│ General ", "│ Authentication ", "│ Media ", "│ Termination ",
                        "Limits and notifications", "CLI settings", "Destination dialling", "│ Emergency "]
        let positions = headings.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(zip(headings, positions).filter { $0.1 == nil }.map(\.0))")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test("DIDs and emergency DIDs by number", arguments: sizes)
    func didsByNumber(size: (Int, Int)) throws {
        let oslo = SeededTrunks.named("Oslo Emergency")
        let text = Self.wholeTrunk("Oslo Emergency", size)
        let cli = try #require(oslo.dids)
        let emergency = try #require(oslo.emergencyDids)
        #expect(cli.count == 3 && emergency.count == 2)
        for did in cli + emergency {
            let number = try #require(did.number)
            #expect(text.contains("+" + number))
        }
        #expect(text.contains("3 DIDs") && text.contains("2 DIDs"))
        #expect(!text.contains(cli[0].id), "numbers, not ids")
    }

    @Test("a unicode name in the title and the General group", arguments: sizes)
    func unicodeName(size: (Int, Int)) {
        let frame = Self.firstFrame("東京 outbound", size)
        #expect(frame.contains("┌─ 東京 outbound ─"))
        #expect(frame.contains(Self.row("Name", "東京 outbound")))
        #expect(frame.contains("Tech prefix 99# must be dialled before every number"))
    }

    @Test("300+ prefixes: the policy in words with a count, the whole list scrollable", arguments: sizes)
    func longPrefixList(size: (Int, Int)) throws {
        let vienna = SeededTrunks.named("Vienna")
        let prefixes = try #require(vienna.dstPrefixes)
        #expect(prefixes.count == 320)
        let (pages, state) = Self.everyPage("Vienna", rows: size.0, columns: size.1)
        let text = pages.joined(separator: "\n")
        #expect(text.contains(Self.row("Policy", "Rejects every destination except 1100,")))
        #expect(text.contains("and 310 more") && text.contains("(320 prefixes)") || text.contains("and 310 more (320"))
        #expect(text.contains("320 prefixes"))
        for prefix in [prefixes[0], prefixes[159], prefixes[319]] { #expect(text.contains(prefix)) }
        #expect(pages.last?.contains("Emergency DIDs") == true, "page down reaches the end")
        #expect(pages.count > 2)
        let last = try #require(pages.last)
        let count = DetailText.lines(for: vienna, state: state, width: Viewport.detailInnerSize(of: state).columns).count
        #expect(last.contains("of \(count) ─┘"), "the position shows in the border")
        let title = last.split(separator: "\n")[1]
        #expect(title.contains("Vienna wholesale interconnect") && title.contains("…"), "a long name is cut in the title")
    }

    @Test("null everywhere: Paris Minimal says what each null means", arguments: sizes)
    func nullEverywhere(size: (Int, Int)) {
        let text = Self.wholeTrunk("Paris Minimal", size)
        #expect(text.contains("! No RTP IP restriction: media is accepted from any address"))
        #expect(text.contains(Self.row("External reference", "none")))
        #expect(text.contains(Self.row("Callback URL", "none")))
        #expect(text.contains(Self.row("Allowed SIP IPs", "none")))
        #expect(text.contains(Self.row("Allowed RTP IPs", "no restriction")))
        #expect(text.contains(Self.row("24-hour limit (USD)", "no limit  spent $77.25 in 24 h")))
        #expect(text.contains(Self.row("Capacity limit", "unlimited")))
        #expect(text.contains(Self.row("Policy", "Allows every destination")))
    }

    @Test("credentials and IP: username shown, password masked", arguments: sizes)
    func credentialsAndIP(size: (Int, Int)) throws {
        let berlin = SeededTrunks.named("Berlin Office")
        let auth = try #require(berlin.authenticationMethod)
        let frame = Self.firstFrame("Berlin Office", size)
        #expect(frame.contains(Self.row("Method", "Credentials & IP")))
        #expect(frame.contains(Self.row("SIP username", try #require(auth.username))))
        #expect(frame.contains(Self.row("SIP password", "••••••••  x reveals for 30 s")))
        #expect(!frame.contains(try #require(auth.password)))
        #expect(!frame.contains("Twilio account SID"))
    }

    @Test("IP only: no credentials, support-only finding", arguments: sizes)
    func ipOnly(size: (Int, Int)) {
        let frame = Self.firstFrame("Dublin Support", size)
        #expect(frame.contains(Self.row("Method", "IP only")))
        #expect(frame.contains("IP-only authentication: only DIDWW support can change"))
        #expect(frame.contains(Self.row("Tech prefix", "4401#")))
        #expect(!frame.contains("SIP password") && !frame.contains("SIP username"))
    }

    @Test("Twilio: the account SID masked, no SIP fields", arguments: sizes)
    func twilio(size: (Int, Int)) throws {
        let sid = try #require(SeededTrunks.named("Frankfurt Twilio").authenticationMethod?.twilioAccountSid)
        let frame = Self.firstFrame("Frankfurt Twilio", size)
        #expect(frame.contains(Self.row("Method", "Twilio")))
        #expect(frame.contains(Self.row("Twilio account SID", "••••••••  x reveals for 30 s")))
        #expect(!frame.contains(sid) && !frame.contains(String(sid.prefix(12))))
        #expect(!frame.contains("SIP password") && !frame.contains("Allowed SIP IPs"))
    }

    @Test func detailKeysAreHinted() {
        let frame = SeededTrunks.detailState("Berlin Office").frame()
        #expect(frame.contains("x reveal · J JSON · t test number · R regenerate · e edit · Esc back"))
    }

    @Test func aListRowWithoutItsDIDsSaysSo() {
        var state = AppState(environmentLabel: "demo")
        _ = state.handle(.resized(rows: 60, columns: 200))
        _ = state.start()
        let listed = SeededTrunks.all.map { trunk -> Trunk in
            var row = trunk
            row.dids = nil
            row.emergencyDids = nil
            return row
        }
        _ = state.deliverPage(TrunkPage(trunks: listed, totalRecords: listed.count), number: 1, generation: 0)
        let text = state.frame()
        #expect(text.contains(Self.row("CLI DIDs", "not read yet (Enter reads the trunk with its DIDs)")))
        #expect(text.contains(Self.row("Emergency DIDs", "not read yet")))
    }
}
