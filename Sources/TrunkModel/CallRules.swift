/// The rules of one trunk applied to one call, in the order a call meets them. Used by
/// `CallCheck.evaluate`; each rule appends its result and may leave facts for later rules
/// (the number as routed after the tech prefix, the CLI the call carries).
struct CallRules {
    let call: CallCheck.Call
    let trunk: Trunk
    var results: [CallCheck.RuleResult] = []
    /// The number after the tech prefix is stripped (as dialled when there is none).
    var routedNumber: String
    /// The CLI the call carries, when known.
    var carriedCLI: String?
    /// False when only the outcomes are wanted: the words are left empty and never built.
    var detailed = true

    init(call: CallCheck.Call, trunk: Trunk) {
        self.call = call
        self.trunk = trunk
        routedNumber = call.number
    }

    /// Every rule, in order, and the report.
    mutating func run() -> CallCheck.Report {
        checkStatus()
        checkAuthentication()
        checkTechPrefix()
        checkDestination()
        checkThreshold()
        checkCapacity()
        checkCLI()
        if call.emergency { checkEmergency() }
        checkMedia()
        return CallCheck.Report(trunkID: trunk.id, trunkName: trunk.name, checks: results, cli: carriedCLI)
    }

    mutating func add(_ rule: String, _ outcome: CallCheck.Outcome, _ detail: @autoclosure () -> String) {
        results.append(CallCheck.RuleResult(rule, outcome, detailed ? detail() : ""))
    }

    private mutating func checkStatus() {
        switch trunk.status {
        case .active?: add("status", .pass, "The trunk is active.")
        case .blocked?: add("status", .fail, "The trunk is blocked: it refuses every call.")
        case .unknown(let raw)?: add("status", .unknown, "The status \"\(raw)\" is not documented.")
        case nil: add("status", .unknown, "The API did not give the trunk's status.")
        }
    }

    private mutating func checkAuthentication() {
        guard let method = trunk.authenticationMethod else {
            add("authentication_method", .unknown, "The API did not give the trunk's authentication method.")
            return
        }
        switch method.type {
        case .credentialsAndIp:
            checkSourceIP(method.allowedSipIps)
            checkUsername(method.username)
            add("authentication_method.password", .info,
                "The SIP password cannot be checked from a call's details: the device must use the trunk's current password.")
        case .ipOnly:
            checkSourceIP(method.allowedSipIps)
            if call.username != nil {
                add("authentication_method.username", .info, "The trunk authenticates by IP only: it has no username, so the one given is not used.")
            }
        case .twilio:
            checkTwilio(method.twilioAccountSid)
        case .unknown(let raw):
            add("authentication_method.type", .unknown, "The authentication type \"\(raw)\" is not documented.")
        }
    }

    private mutating func checkSourceIP(_ allowed: [String]?) {
        let rule = "authentication_method.allowed_sip_ips"
        guard let given = call.sourceIP else {
            add(rule, .info, "Not checked: no source IP given.")
            return
        }
        add(CallRules.containment(of: given, in: allowed, rule: rule, what: "SIP", detailed: detailed))
    }

    /// `given` against an address list: inside one of them, outside all, or undecidable.
    static func containment(of given: String, in allowed: [String]?, rule: String, what: String,
                            detailed: Bool = true) -> CallCheck.RuleResult {
        func result(_ outcome: CallCheck.Outcome, _ detail: @autoclosure () -> String) -> CallCheck.RuleResult {
            .init(rule, outcome, detailed ? detail() : "")
        }
        guard let address = IPNetwork(given), address.isSingleAddress else {
            return result(.unknown, "\(given) is not an IP address.")
        }
        guard let allowed, !allowed.isEmpty else {
            return result(.unknown, "The trunk lists no allowed \(what) addresses; what DIDWW does then is not documented.")
        }
        // Each entry is read once: for the match, and for the entries that cannot be read.
        let networks = allowed.map(IPNetwork.init)
        if let index = networks.firstIndex(where: { $0?.contains(address) == true }), let match = networks[index] {
            return result(.pass, "\(given) \(match.isSingleAddress ? "is \(match.text)" : "is inside \(match.text)"), an allowed \(what) address.")
        }
        let unreadable = zip(allowed, networks).filter { $0.1 == nil }.map(\.0)
        if !unreadable.isEmpty {
            return result(.unknown, "\(given) is not inside the readable allowed \(what) addresses, and "
                         + unreadable.joined(separator: ", ") + " cannot be read as an address.")
        }
        return result(.fail, "\(given) is not among the allowed \(what) addresses (\(listed(allowed))).")
    }

    private mutating func add(_ result: CallCheck.RuleResult) {
        results.append(result)
    }

    private mutating func checkUsername(_ expected: String?) {
        let rule = "authentication_method.username"
        guard let given = call.username else {
            let sidInstead = call.twilioAccountSid != nil
            add(rule, sidInstead ? .fail : .info, sidInstead
                ? "The trunk authenticates with a SIP username and password, not a Twilio account SID."
                : "Not checked: no username given.")
            return
        }
        guard let expected else {
            add(rule, .unknown, "The API did not give the trunk's username.")
            return
        }
        if given == expected {
            add(rule, .pass, "The username \(given) is the trunk's.")
        } else {
            add(rule, .fail, "The username \(given) is not the trunk's (\(expected)).")
        }
    }

    private mutating func checkTwilio(_ expected: String?) {
        let rule = "authentication_method.twilio_account_sid"
        if call.sourceIP != nil {
            add("authentication_method.type", .info, "The trunk authenticates by Twilio account SID; it lists no SIP addresses, so the source IP is not used.")
        }
        guard let given = call.twilioAccountSid else {
            let usernameInstead = call.username != nil
            add(rule, usernameInstead ? .fail : .info, usernameInstead
                ? "The trunk authenticates by Twilio account SID, not by a SIP username."
                : "Not checked: no Twilio account SID given.")
            return
        }
        guard let expected else {
            add(rule, .unknown, "The API did not give the trunk's Twilio account SID.")
            return
        }
        if given == expected {
            add(rule, .pass, "The call comes from the trunk's Twilio account.")
        } else {
            add(rule, .fail, "The Twilio account SID given is not the trunk's.")
        }
    }

    private mutating func checkTechPrefix() {
        guard let method = trunk.authenticationMethod, method.type == .credentialsAndIp || method.type == .ipOnly else { return }
        let rule = "authentication_method.tech_prefix"
        let dialled = CallRules.trimmed(call.number)
        guard let prefix = method.techPrefix, !prefix.isEmpty else {
            add(rule, .pass, "No tech prefix: the number is routed as dialled.")
            return
        }
        if dialled.isEmpty {
            add(rule, .info, "Not checked: no number given (it must start with the tech prefix \(prefix)).")
        } else if dialled.hasPrefix(prefix) {
            routedNumber = String(dialled.dropFirst(prefix.count))
            add(rule, .pass, "The number starts with the tech prefix \(prefix), which is stripped before routing.")
        } else {
            let digits = PrefixPolicy(defaultAction: .allowAll, prefixes: []).decide(dialled)?.number ?? dialled
            add(rule, .fail, "The number must start with the tech prefix \(prefix) (dial \(prefix)\(digits)).")
        }
    }

    private mutating func checkDestination() {
        let rule = "dst_prefixes"
        guard let action = trunk.defaultDstAction else {
            add(rule, .unknown, "The API did not give the trunk's default destination action.")
            return
        }
        guard action.isKnown else {
            add(rule, .unknown, "The default destination action \"\(action.rawValue)\" is not documented.")
            return
        }
        guard !CallRules.trimmed(call.number).isEmpty else {
            add(rule, .info, "Not checked: no number given.")
            return
        }
        let policy = PrefixPolicy(defaultAction: action, prefixes: trunk.dstPrefixes ?? [])
        guard let decision = policy.decide(routedNumber) else {
            add(rule, .unknown, "The number holds no digits.")
            return
        }
        add(rule, decision.allowed ? .pass : .fail, policy.explanation(of: decision) + ".")
    }

    private mutating func checkThreshold() {
        let rule = "threshold_reached"
        let spent = trunk.spentAmount.map { "$" + MoneyText.money($0) } ?? "an amount the API did not give"
        let limit = trunk.thresholdAmount.map { "$" + MoneyText.money($0) }
        switch trunk.thresholdReached {
        case true?:
            add(rule, .fail, "The 24-hour spend limit is reached: \(spent) spent, limit \(limit ?? "not given").")
        case false?:
            add(rule, .pass, limit.map { "The 24-hour spend limit is not reached: \(spent) spent of \($0)." }
                ?? "No 24-hour spend limit is set.")
        case nil:
            add(rule, .unknown, "The API did not say whether the 24-hour spend limit is reached.")
        }
    }

    private mutating func checkCapacity() {
        let rule = "capacity_limit"
        switch trunk.capacityLimit {
        case nil: add(rule, .pass, "No limit on simultaneous calls.")
        case let limit? where limit <= 0: add(rule, .fail, "The capacity limit is \(limit): every call is refused.")
        case let limit?: add(rule, .info, "At most \(limit) simultaneous calls; the current count is not in the API.")
        }
    }

    /// `text` without the spaces and tabs at its ends, as `trimmingWhitespace()` says it, without
    /// its cost when the ends are not white space (the common case).
    static func trimmed(_ text: String) -> String {
        guard text.first?.isWhitespace == true || text.last?.isWhitespace == true else { return text }
        return text.trimmingWhitespace()
    }

    /// At most six items, then how many more.
    static func listed(_ items: [String]) -> String {
        items.prefix(6).joined(separator: ", ") + (items.count > 6 ? " and \(items.count - 6) more" : "")
    }
}
