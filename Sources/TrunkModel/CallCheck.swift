/// "Would this call pass, and why?": a call as a customer describes it, checked against one
/// trunk's documented rules in the order a call meets them. Pure: a call and a trunk give one
/// answer, with every rule's result in words that can be sent to the customer.
public enum CallCheck {
    /// What is known about the call. A field left nil is not checked (its rule says so), except
    /// where the trunk's rule cannot be decided without it.
    public struct Call: Equatable, Sendable {
        /// The source address of the SIP request (one IPv4 or IPv6 address).
        public var sourceIP: String?
        /// The SIP username the call authenticates with.
        public var username: String?
        /// The Twilio account SID the call comes from.
        public var twilioAccountSid: String?
        /// The caller ID the call is sent with.
        public var cli: String?
        /// The number as dialled, tech prefix included.
        public var number: String
        /// The source address of the call's media (RTP).
        public var mediaIP: String?
        /// True for an emergency call.
        public var emergency: Bool

        /// A call to `number`; the rest as known.
        public init(number: String, sourceIP: String? = nil, username: String? = nil, twilioAccountSid: String? = nil,
                    cli: String? = nil, mediaIP: String? = nil, emergency: Bool = false) {
            self.number = number
            self.sourceIP = sourceIP
            self.username = username
            self.twilioAccountSid = twilioAccountSid
            self.cli = cli
            self.mediaIP = mediaIP
            self.emergency = emergency
        }
    }

    /// One rule's outcome.
    public enum Outcome: String, Equatable, Sendable {
        /// The rule lets the call through.
        case pass
        /// The rule refuses the call.
        case fail
        /// Something to know that does not decide (a limit the API cannot count, a value not given).
        case info
        /// The rule needs data the API does not give, or the reference does not say what happens.
        case unknown
    }

    /// One rule as checked: the attribute path it read, its outcome and why.
    public struct RuleResult: Equatable, Sendable {
        /// The attribute path, e.g. `authentication_method.allowed_sip_ips`.
        public var rule: String
        public var outcome: Outcome
        /// The reason, in words a customer can be sent.
        public var detail: String

        /// A rule result.
        public init(_ rule: String, _ outcome: Outcome, _ detail: String) {
            self.rule = rule
            self.outcome = outcome
            self.detail = detail
        }
    }

    /// The answer for the whole call.
    public enum Verdict: String, Equatable, Sendable {
        case allowed, refused, unknown
    }

    /// The check of one call on one trunk.
    public struct Report: Equatable, Sendable {
        public var trunkID: String
        public var trunkName: String?
        /// Every rule, in the order the call meets them.
        public var checks: [RuleResult]
        /// The CLI the call would carry, when it is known.
        public var cli: String?

        /// Refused when any rule refuses; else unknown when any rule cannot be decided; else allowed.
        public var verdict: Verdict {
            if checks.contains(where: { $0.outcome == .fail }) { return .refused }
            if checks.contains(where: { $0.outcome == .unknown }) { return .unknown }
            return .allowed
        }

        /// The attribute paths of every refusing rule, the first one to refuse first.
        public var refusedBy: [String] {
            var paths: [String] = []
            for check in checks where check.outcome == .fail && !paths.contains(check.rule) { paths.append(check.rule) }
            return paths
        }

        /// The first refusing rule, when the call is refused.
        public var firstRefusal: RuleResult? { checks.first { $0.outcome == .fail } }

        /// The verdict in one line: "Refused by status (also threshold_reached)", "Allowed", "Unknown: dids".
        public var summary: String {
            switch verdict {
            case .allowed: return "Allowed"
            case .refused:
                let others = Array(refusedBy.dropFirst())
                return "Refused by \(refusedBy[0])" + (others.isEmpty ? "" : " (also " + others.joined(separator: ", ") + ")")
            case .unknown:
                let rules = checks.filter { $0.outcome == .unknown }.map(\.rule)
                return "Unknown: " + rules.joined(separator: ", ") + " cannot be decided"
            }
        }
    }

    /// Checks `call` against `trunk`'s rules: status, authentication, tech prefix, destination,
    /// 24-hour limit, capacity, CLI (and emergency DIDs), media.
    public static func evaluate(_ call: Call, on trunk: Trunk) -> Report {
        var rules = CallRules(call: call, trunk: trunk)
        return rules.run()
    }

    /// The same rules, outcomes and verdict as `evaluate`, with every detail left empty (the
    /// words are never built): for answering many trunks at once and wording only those shown.
    public static func outcomes(_ call: Call, on trunk: Trunk) -> Report {
        var rules = CallRules(call: call, trunk: trunk)
        rules.detailed = false
        return rules.run()
    }
}
