import FoundationEssentials
import TrunkModel

/// The call check (`C`, `:check`) while it is open: what is typed, which row has the cursor, and
/// whether it answers for one trunk or for every loaded trunk. Lives in the presentation stack.
public struct CallCheckState: Equatable, Sendable {
    /// What is typed (copied back to `AppState.callCheckInputs` as it changes).
    public var inputs: CallCheckInputs
    /// The row with the cursor.
    public var field: CallCheckField = .sourceIP
    /// The trunk `C` was pressed on; nil when opened with nothing selected.
    public var trunkID: String?
    /// True when every loaded trunk is checked ("which trunks would accept this call?").
    public var allTrunks: Bool
    /// In the all-trunks scope: the trunk whose full check is shown (Enter on its row; Esc goes back).
    public var openedTrunkID: String?
    /// In the all-trunks scope: every loaded trunk's answer, allowed first.
    public var answers = AllTrunksCheck.Answers()
    /// The highlighted answer of the all-trunks list.
    public var selection = 0
    /// The first line of the answer in view (rules or trunks), when they do not all fit.
    public var scroll = 0

    /// A check of `trunkID` (or of every trunk) with `inputs` filled in.
    public init(inputs: CallCheckInputs, trunkID: String?, allTrunks: Bool) {
        self.inputs = inputs
        self.trunkID = trunkID
        self.allTrunks = allTrunks || trunkID == nil
    }

    /// The trunk whose every rule is shown: the one `C` was pressed on, or the row opened from
    /// the all-trunks list; nil while the all-trunks list is shown.
    public var shownTrunkID: String? { allTrunks ? openedTrunkID : trunkID }
}

/// A call checked on one trunk: what was known about the call and the report, kept for the
/// trunk's summary (`y s`).
public struct CheckedCall: Equatable, Sendable {
    public var call: CallCheck.Call
    public var report: CallCheck.Report
}
