import Foundation

/// Applies sent attribute values to a draft trunk one by one, collecting a 422 error per bad field.
struct FieldCheck {
    var draft: TrunkRecord
    private(set) var errors: [ApiError] = []
    /// Set when the method switches to credentials_and_ip and the server must generate credentials.
    var needsNewCredentials = false
    /// The rules of the API version serving the request.
    let rules: VersionRules

    /// Creates a check that starts from `draft`, judged by `rules`.
    init(draft: TrunkRecord, rules: VersionRules = .v20260416) {
        self.draft = draft
        self.rules = rules
    }

    /// Records an error.
    mutating func fail(_ error: ApiError) {
        errors.append(error)
    }

    /// True when an error names `field` (top-level or authentication sub-attribute).
    func hasError(on field: String) -> Bool {
        errors.contains { $0.pointer?.hasSuffix("/\(field)") ?? false }
    }

    /// Replaces a relationship's DID set.
    mutating func setRelationship(_ name: String, _ ids: [String]) {
        if name == "dids" { draft.didIDs = ids } else { draft.emergencyDidIDs = ids }
    }

    /// Validates one top-level attribute (not `authentication_method`) and writes it to the draft.
    /// A `null` resets the attributes whose 2026-04-16 write schema is nullable.
    mutating func apply(_ key: String, _ value: JSONValue) {
        switch key {
        case "name":
            if let name = requiredText(key, value) { draft.name = name }
        case "external_reference_id":
            if value.isNull {
                draft.externalReferenceID = nil
            } else if let reference = boundedText(key, value, maximumLength: 100) {
                draft.externalReferenceID = reference
            }
        case "status":
            if value.isNull {
                draft.status = "active"
            } else if let status = choice(key, value, TrunkRecord.statuses) {
                draft.status = status
            }
        case "capacity_limit":
            if value.isNull {
                draft.capacityLimit = nil
            } else if let limit = integer(key, value, rules.capacityRange) {
                draft.capacityLimit = limit
            }
        case "on_cli_mismatch_action":
            if let action = choice(key, value, TrunkRecord.cliMismatchActions) { draft.onCliMismatchAction = action }
        case "default_dst_action":
            if let action = choice(key, value, TrunkRecord.dstActions) { draft.defaultDstAction = action }
        case "media_encryption_mode":
            if let mode = choice(key, value, TrunkRecord.mediaEncryptionModes) { draft.mediaEncryptionMode = mode }
        default:
            applyListOrNumber(key, value)
        }
    }

    private mutating func applyListOrNumber(_ key: String, _ value: JSONValue) {
        switch key {
        case "dst_prefixes":
            if value.isNull {
                draft.dstPrefixes = []
            } else if let prefixes = stringList(key, value, rule: ValueRules.isDestinationPrefix) {
                draft.dstPrefixes = prefixes
            }
        case "allowed_rtp_ips":
            if value.isNull {
                draft.allowedRTPIPs = nil
            } else if let addresses = stringList(key, value, rule: ValueRules.isAddressOrSubnet) {
                if let refusal = rules.rtpRefusal(addresses) {
                    fail(.invalid(key, refusal))
                } else {
                    draft.allowedRTPIPs = addresses
                }
            }
        case "rtp_timeout":
            if value.isNull {
                draft.rtpTimeout = 30
            } else if let seconds = integer(key, value, 30...600) {
                draft.rtpTimeout = seconds
            }
        case "threshold_amount":
            if value.isNull {
                if rules.thresholdNullable { draft.thresholdAmount = nil } else { fail(.invalid(key, "can't be blank")) }
            } else if let amount = amount(key, value) {
                draft.thresholdAmount = amount
            }
        case "callback_url":
            if value.isNull {
                draft.callbackURL = nil
            } else if case .string(let url) = value, ValueRules.isHTTPURL(url) {
                draft.callbackURL = url
            } else {
                fail(.invalid(key, "is invalid"))
            }
        case "allow_any_did_as_cli", "force_symmetric_rtp", "rtp_ping", "emergency_enable_all":
            if case .bool(let flag) = value {
                setFlag(key, flag)
            } else {
                fail(.invalid(key, "is not included in the list"))
            }
        default:
            fail(.invalid(key, "is invalid"))
        }
    }

    private mutating func requiredText(_ key: String, _ value: JSONValue) -> String? {
        guard case .string(let text) = value else {
            fail(.invalid(key, value.isNull ? "can't be blank" : "is invalid"))
            return nil
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            fail(.invalid(key, "can't be blank"))
            return nil
        }
        return text
    }

    private mutating func boundedText(_ key: String, _ value: JSONValue, maximumLength: Int) -> String? {
        guard case .string(let text) = value else {
            fail(.invalid(key, "is invalid"))
            return nil
        }
        guard ValueRules.length(text) <= maximumLength else {
            fail(.invalid(key, "is too long (maximum is \(maximumLength) characters)"))
            return nil
        }
        return text
    }

    private mutating func setFlag(_ key: String, _ flag: Bool) {
        switch key {
        case "allow_any_did_as_cli": draft.allowAnyDidAsCli = flag
        case "force_symmetric_rtp": draft.forceSymmetricRTP = flag
        case "rtp_ping": draft.rtpPing = flag
        default: draft.emergencyEnableAll = flag
        }
    }

    private mutating func choice(_ key: String, _ value: JSONValue, _ allowed: [String]) -> String? {
        guard case .string(let text) = value, !text.isEmpty else {
            fail(.invalid(key, value.isNull || value.stringValue == "" ? "can't be blank" : "is not included in the list"))
            return nil
        }
        guard allowed.contains(text) else {
            fail(.invalid(key, "is not included in the list"))
            return nil
        }
        return text
    }

    private mutating func integer(_ key: String, _ value: JSONValue, _ range: ClosedRange<Int>) -> Int? {
        let number: Int
        switch value {
        case .int(let integer): number = integer
        case .double(let real) where real.rounded() == real && abs(real) < 1e15: number = Int(real)
        case .double: fail(.invalid(key, "must be an integer")); return nil
        default: fail(.invalid(key, "is not a number")); return nil
        }
        if number < range.lowerBound {
            fail(.invalid(key, "must be greater than or equal to \(range.lowerBound)"))
            return nil
        }
        if number > range.upperBound {
            fail(.invalid(key, "must be less than or equal to \(range.upperBound)"))
            return nil
        }
        return number
    }

    private mutating func amount(_ key: String, _ value: JSONValue) -> Decimal? {
        let parsed: Decimal?
        switch value {
        case .string(let text): parsed = DecimalText.parse(text)
        case .int(let integer): parsed = Decimal(integer)
        case .double(let real): parsed = DecimalText.decimal(from: real)
        default: parsed = nil
        }
        guard let parsed else {
            fail(.invalid(key, "is not a number"))
            return nil
        }
        if parsed < 0 {
            fail(.invalid(key, "must be greater than or equal to 0.0"))
            return nil
        }
        if parsed > rules.thresholdMaximum {
            fail(.invalid(key, "must be less than or equal to \(rules.thresholdMaximum).0"))
            return nil
        }
        return parsed
    }

    /// Checks an array of strings against `rule`; reports on `key` (or the auth sub-attribute pointer).
    mutating func stringList(
        _ key: String, _ value: JSONValue, rule: (String) -> Bool, authentication: Bool = false
    ) -> [String]? {
        let report = { (title: String) in
            authentication ? ApiError.invalidAuthentication(key, title) : ApiError.invalid(key, title)
        }
        guard let elements = value.arrayValue else {
            fail(report("must be an array"))
            return nil
        }
        var strings: [String] = []
        for element in elements {
            guard let text = element.stringValue, rule(text) else {
                fail(report("contains an invalid value: \(Self.describe(element))"))
                return nil
            }
            strings.append(text)
        }
        return strings
    }

    private static func describe(_ value: JSONValue) -> String {
        value.stringValue.map { "\"\($0)\"" } ?? value.kindName
    }
}
