import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `y j` copies the trunk's JSON with its secrets masked, unless `x` has revealed them (and only
/// for as long as they stay revealed).
@Suite struct CopyRevealTests {
    static let berlin = SeededTrunks.named("Berlin Office")

    private func copiedText(_ effects: [Effect]) -> String? {
        guard case .copyToClipboard(let text)? = effects.first else { return nil }
        return text
    }

    @Test func revealedSecretsAreCopiedAndSaidSoThenMaskedAgainWhenTheRevealEnds() throws {
        let password = try #require(Self.berlin.authenticationMethod?.password)
        var state = SeededTrunks.detailState("Berlin Office")

        let masked = try #require(copiedText(state.press([.char("y"), .char("j")])))
        #expect(!masked.contains(password) && masked.contains(TrunkCopy.mask))
        #expect(state.message?.text.hasPrefix("Copied JSON, secrets masked") == true)

        _ = state.press([.char("x")])
        let revealed = try #require(copiedText(state.press([.char("y"), .char("j")])))
        #expect(revealed.contains(password), "what is on screen is what is copied")
        #expect(state.message?.text.hasPrefix("Copied JSON, secrets REVEALED (\(revealed.utf8.count) bytes)") == true,
                "\(state.message?.text ?? "")")

        _ = state.tick(30)
        let again = try #require(copiedText(state.press([.char("y"), .char("j")])))
        #expect(!again.contains(password), "masked again once the 30 s reveal is over")
    }

    @Test func idAndNameCopiesSayTheirByteCount() throws {
        var state = SeededTrunks.detailState("Berlin Office")
        let id = try #require(copiedText(state.press([.char("y"), .char("i")])))
        #expect(id == Self.berlin.id)
        #expect(state.message?.text == "Copied id (\(id.utf8.count) bytes) to the clipboard")
    }
}
