import FoundationEssentials
import TrunkModel

/// What the detail pane shows beyond the trunk itself: revealed secrets, the raw JSON view, the
/// number tester and regenerate-credentials overlays, and a search in its text. Part of `AppState`; changed only by the
/// reducer.
public struct DetailViewState: Equatable, Sendable {
    /// How long `x` shows the secrets.
    public static let revealSeconds: TimeInterval = 30

    /// The trunk whose secrets are shown, and until when.
    public var reveal: Reveal?
    /// The raw JSON view, when open.
    public var rawJSON: RawJSONState?
    /// The number tester, when open.
    public var tester: NumberTesterState?
    /// The typed confirmation of `R`, when open.
    public var regenerate: RegenerateState?
    /// The search in the text shown (the trunk or its raw JSON): `n` and `N` step through it.
    public var search: TextSearch?
    /// The `/` line of a search, while it is typed.
    public var searchLine: SearchLine?

    /// Nothing revealed, nothing open.
    public init() {}

    /// Secrets of one trunk shown until `until`.
    public struct Reveal: Equatable, Sendable {
        public var trunkID: String
        public var until: Date
    }

    /// True when the secrets of `trunkID` are shown at `now`.
    public func reveals(_ trunkID: String?, at now: Date) -> Bool {
        guard let reveal, let trunkID else { return false }
        return reveal.trunkID == trunkID && now < reveal.until
    }

    /// Whole seconds left of the reveal at `now` (rounded up), 0 when nothing is shown.
    public func secondsLeft(at now: Date) -> Int {
        guard let reveal else { return 0 }
        return max(0, Int(reveal.until.timeIntervalSince(now).rounded(.up)))
    }
}

/// The raw JSON of one trunk as the server sent it, loaded on demand.
public struct RawJSONState: Equatable, Sendable {
    public var trunkID: String
    /// The document; nil while it is loading.
    public var document: Data?
    public var error: String?
    public var scroll = 0

    /// A view of `trunkID` waiting for its document.
    public init(trunkID: String) {
        self.trunkID = trunkID
    }
}

/// "Would this trunk allow this number?": the typed number and the numbers tested before.
public struct NumberTesterState: Equatable, Sendable {
    public var input = TextInput()
    /// Earlier answers, newest first (Enter keeps an answer and clears the field).
    public var history: [String] = []

    /// An empty tester.
    public init() {}
}

/// The typed confirmation that guards `R`: the user types the trunk's name exactly.
public struct RegenerateState: TypedConfirmation, Equatable, Sendable {
    public var trunkID: String
    /// What must be typed: the trunk's name (its id when it has none).
    public var expected: String
    public var input = TextInput()
    /// Why the last Enter did not confirm.
    public var error: String?
    /// True once the request is on its way; keys other than Esc are ignored then.
    public var sending = false

    /// A confirmation for `trunkID`, expecting `expected`.
    public init(trunkID: String, expected: String) {
        self.trunkID = trunkID
        self.expected = expected
    }
}
