import FoundationEssentials
import TrunkModel

/// What a support engineer checks first on a trunk: one finding per line, each with its reason.
/// Pure: the same trunk always gives the same findings, in the same order.
public enum TrunkHealth {
    /// What a finding is about; one per kind at most.
    public enum Kind: String, CaseIterable, Sendable {
        case blocked, thresholdReached, unreadableValues, sipFromAnywhere, rtpFromAnywhere, noRtpRestriction
        case encryptionOff, techPrefix, ipOnly
    }

    /// One finding: its kind, whether it is a problem (or only worth knowing), and its words.
    public struct Finding: Equatable, Sendable {
        public var kind: Kind
        public var isProblem: Bool
        public var text: String
    }

    /// The findings for `trunk`, problems first in the order of `Kind`.
    public static func findings(_ trunk: Trunk) -> [Finding] {
        var found: [Finding] = []
        let auth = trunk.authenticationMethod
        if trunk.status == .blocked {
            found.append(Finding(kind: .blocked, isProblem: true,
                                 text: "Blocked: every outbound call is refused until the status is Active"))
        }
        if trunk.thresholdReached == true {
            let spent = trunk.spentAmount.map { "$" + MoneyText.money($0) } ?? "an unknown amount"
            let limit = trunk.thresholdAmount.map { "$" + MoneyText.money($0) } ?? "no limit"
            found.append(Finding(kind: .thresholdReached, isProblem: true,
                                 text: "24-hour limit reached: spent \(spent) of \(limit) in the last 24 hours"))
        }
        if !trunk.unreadable.isEmpty {
            let labels = FieldTable.fields.filter { trunk.unreadable[$0.key] != nil }.map(\.label)
            found.append(Finding(kind: .unreadableValues, isProblem: true,
                                 text: "Unreadable from the server: \(labels.joined(separator: ", ")); shown as sent, not saved back unless set"))
        }
        if let open = everything(in: auth?.allowedSipIps) {
            let reason = auth?.type == .ipOnly ? "anyone on the internet can call through it"
                                               : "only the SIP password protects it"
            found.append(Finding(kind: .sipFromAnywhere, isProblem: true,
                                 text: "SIP accepted from any address (\(open) allowed): \(reason)"))
        }
        if let open = everything(in: trunk.allowedRtpIps) {
            found.append(Finding(kind: .rtpFromAnywhere, isProblem: true,
                                 text: "RTP accepted from any address (\(open) allowed): no better than no restriction"))
        } else if trunk.allowedRtpIps?.isEmpty ?? (trunk.unreadable[.allowedRtpIps] == nil) {
            found.append(Finding(kind: .noRtpRestriction, isProblem: true,
                                 text: "No RTP IP restriction: media is accepted from any address"))
        }
        if trunk.mediaEncryptionMode == .disabled {
            found.append(Finding(kind: .encryptionOff, isProblem: false,
                                 text: "Media encryption off: call audio travels as plain RTP"))
        }
        if let prefix = auth?.techPrefix, !prefix.isEmpty, auth?.type != .twilio {
            found.append(Finding(kind: .techPrefix, isProblem: false,
                                 text: "Tech prefix \(prefix) must be dialled before every number, emergency calls too (\(prefix)112)"))
        }
        if auth?.type == .ipOnly {
            found.append(Finding(kind: .ipOnly, isProblem: false,
                                 text: "IP-only authentication: only DIDWW support can change the method or its SIP addresses"))
        }
        return found
    }

    /// The first entry of `list` that covers every address ("0.0.0.0/0", "::/0"), if any.
    private static func everything(in list: [String]?) -> String? {
        list?.first { IPNetwork($0)?.isEverything == true }
    }
}
