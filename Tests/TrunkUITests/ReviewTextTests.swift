import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The review's text is one: the dialog draws it and the runbook commands print it
/// (`ReviewText.plainLines`), secrets masked in both.
@Suite struct ReviewTextTests {
    @Test func thePrintedReviewIsTheDialogsText() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        state.editForm { form in
            form.draft.rtpTimeout = 60
            form.draft.dstPrefixes = ["44", "4420"]
        }
        _ = state.press([.ctrl("s")])
        let review = try #require(state.review)
        let frame = Screen.render(state, rows: 60, columns: 200).plainText()
        let printed = ReviewText.plainLines(review.diff, body: review.body, width: 100)
        #expect(printed.first == "  RTP timeout: 30 → 60", "\(printed)")
        #expect(printed.contains("  Destination prefixes: 44, 49 → 44, 4420"))
        #expect(printed.contains("  PATCH /v3/voice_out_trunks/\(review.diff.original.id)"))
        for line in printed where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            #expect(frame.contains(line.trimmingCharacters(in: .whitespaces)), "the dialog shows \(line):\n\(frame)")
        }
    }

    @Test func aSecretIsMaskedInThePrintedReview() throws {
        var original = UIFixtures.trunks[0]
        original.authenticationMethod = AuthenticationMethod(type: .twilio, twilioAccountSid: "AC0123456789abcdef0123456789abcdef")
        let draft = original.setting(.twilioAccountSid, .text("AC99999999999999999999999999999999"))
        let diff = DraftDiff(original: original, draft: draft)
        let printed = ReviewText.plainLines(diff, body: try #require(diff.patchDocument()), width: 100).joined(separator: "\n")
        #expect(printed.contains("Twilio account SID: •••••••• → ••••••••"), "\(printed)")
        #expect(printed.contains(#""twilio_account_sid" : "••••••••""#))
        #expect(!printed.contains("AC0123") && !printed.contains("AC9999"))
    }
}
