import Foundation
import TrunkModel

/// "Would this trunk allow this number?" in words, as the number tester overlay shows it.
/// Pure: a typed text and a trunk give one answer.
enum NumberTester {
    /// How many earlier answers the tester keeps.
    static let historyLimit = 4

    /// One answer: allowed or not (nil when the text holds no number yet) and the words.
    struct Answer: Equatable {
        var allowed: Bool?
        /// Why, naming the prefix that decided or the default.
        var reason: String
        /// About the tech prefix, when the trunk has one.
        var note: String?

        /// The answer on one line, for the history.
        var line: String {
            (allowed == true ? "✓ " : "✗ ") + reason + (note.map { " · " + $0 } ?? "")
        }
    }

    /// The answer for `typed` on `trunk`; nil when nothing was typed.
    ///
    /// A tech prefix typed in front of the number is stripped first, as DIDWW strips it before
    /// routing; without it the answer gives exactly what to dial: the tech prefix, then the
    /// number's E.164 digits (no spaces, no `+` or `00`).
    static func evaluate(_ typed: String, on trunk: Trunk) -> Answer? {
        var number = typed.trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty else { return nil }
        var techPrefix: (text: String, typed: Bool)?
        if let prefix = trunk.authenticationMethod?.techPrefix, !prefix.isEmpty, trunk.authenticationMethod?.type != .twilio {
            let typed = number.hasPrefix(prefix)
            if typed { number.removeFirst(prefix.count) }
            techPrefix = (prefix, typed)
        }
        let policy = PrefixPolicy(trunk: trunk)
        guard let decision = policy.decide(number) else {
            return Answer(allowed: nil, reason: "type digits; a leading + or 00 is ignored", note: nil)
        }
        let note = techPrefix.map { prefix in
            prefix.typed ? "tech prefix \(prefix.text) stripped before matching"
                : "dial it as \(prefix.text)\(decision.number): the tech prefix comes first"
        }
        return Answer(allowed: decision.allowed, reason: policy.explanation(of: decision), note: note)
    }
}
