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
        #expect(state.message?.text.hasPrefix("Sent JSON, secrets masked") == true)

        _ = state.press([.char("x")])
        let revealed = try #require(copiedText(state.press([.char("y"), .char("j")])))
        #expect(revealed.contains(password), "what is on screen is what is copied")
        #expect(state.message?.text.hasPrefix("Sent JSON, secrets REVEALED (\(revealed.utf8.count) bytes)") == true,
                "\(state.message?.text ?? "")")

        _ = state.tick(30)
        let again = try #require(copiedText(state.press([.char("y"), .char("j")])))
        #expect(!again.contains(password), "masked again once the 30 s reveal is over")
    }

    @Test func idAndNameCopiesSayTheirByteCount() throws {
        var state = SeededTrunks.detailState("Berlin Office")
        let id = try #require(copiedText(state.press([.char("y"), .char("i")])))
        #expect(id == Self.berlin.id)
        #expect(state.message?.text == "Sent id (\(id.utf8.count) bytes) to the terminal's clipboard (OSC 52)",
                "OSC 52 hands the text to the terminal; whether it reaches a clipboard is the terminal's to decide")
    }

    @Test func uCopiesTheSipUsername() throws {
        let username = try #require(Self.berlin.authenticationMethod?.username)
        var state = SeededTrunks.detailState("Berlin Office")
        #expect(state.press([.char("y"), .char("u")]) == [.copyToClipboard(username)])
        #expect(state.message?.text == "Sent SIP username (\(username.utf8.count) bytes) to the terminal's clipboard (OSC 52)")
    }

    @Test func pCopiesThePasswordOnlyWhileItIsRevealed() throws {
        let password = try #require(Self.berlin.authenticationMethod?.password)
        var state = SeededTrunks.detailState("Berlin Office")
        #expect(state.press([.char("y"), .char("p")]).isEmpty, "never the password while it is masked")
        #expect(state.message?.text == "The SIP password of Berlin Office is masked: reveal it with x in the detail, then y p copies it")
        #expect(state.message?.kind == .warning)

        _ = state.press([.char("x")])
        #expect(state.press([.char("y"), .char("p")]) == [.copyToClipboard(password)])
        #expect(state.message?.text == "Sent SIP password (revealed) (\(password.utf8.count) bytes) to the terminal's clipboard (OSC 52)")

        _ = state.tick(30)
        #expect(state.press([.char("y"), .char("p")]).isEmpty, "masked again once the 30 s reveal is over")
    }

    @Test func aTrunkWithoutCredentialsHasNoUsernameOrPasswordToCopy() {
        var state = SeededTrunks.detailState("Dublin Support")
        _ = state.press([.char("x")])
        #expect(state.press([.char("y"), .char("u")]).isEmpty)
        #expect(state.message?.text == "Trunk Dublin Support has no SIP username to copy")
        #expect(state.press([.char("y"), .char("p")]).isEmpty)
        #expect(state.message?.text == "Trunk Dublin Support has no SIP password to copy")
    }

    @Test func theCopyChoosersKeysComeFromTheKeyMap() throws {
        let username = try #require(Self.berlin.authenticationMethod?.username)
        var state = SeededTrunks.detailState("Berlin Office")
        let index = try #require(state.keymap.bindings.firstIndex { $0.context == .copyChooser && $0.command == .copyUsername })
        state.keymap.bindings[index].keys = [.char("U")]
        #expect(state.press([.char("y"), .char("U")]) == [.copyToClipboard(username)])
        #expect(state.press([.char("y"), .char("u")]).isEmpty, "u no longer copies the username")
    }

    @Test func tmuxsAnswerCompletesTheCopysStatusLineOrSaysWhyNot() {
        var state = SeededTrunks.detailState("Berlin Office")
        _ = state.press([.char("y"), .char("i")])
        let sent = state.message?.text ?? ""
        _ = state.handle(.tmuxBufferLoaded(problem: nil))
        #expect(state.message?.text == sent + " and tmux's paste buffer")
        #expect(state.message?.kind == .success)

        _ = state.press([.char("y"), .char("n")])
        _ = state.handle(.tmuxBufferLoaded(problem: "tmux load-buffer: exit status 1: no server running on /tmp/none"))
        #expect(state.message?.text == "Sent name (13 bytes) to the terminal's clipboard (OSC 52); "
                + "tmux's paste buffer not loaded: tmux load-buffer: exit status 1: no server running on /tmp/none")
        #expect(state.message?.kind == .warning)
    }
}
