import FoundationEssentials

/// Checks trunk fields as they are typed, with the rules of one API version.
///
/// `parse` turns what the user typed into a value (or says what is allowed); `issues` checks a
/// value in the context of the whole draft (cross-field rules such as the 60-address limit).
public struct TrunkValidator: Sendable {
    public var rules: TrunkRules

    /// A validator for `rules` (2026-04-16 by default).
    public init(rules: TrunkRules = .v20260416) {
        self.rules = rules
    }

    /// The value typed text stands for, or the error saying what is allowed.
    public func parse(_ text: String, for key: FieldKey) -> Result<FieldValue, FieldIssue> {
        let trimmed = text.trimmingWhitespaceAndNewlines()
        let field = FieldTable.field(key)
        switch field.widget {
        case .integer(let emptyMeans):
            if trimmed.isEmpty {
                return emptyMeans != nil ? .success(.null) : .failure(.error(rangeMessage(key)))
            }
            guard trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) || (trimmed.hasPrefix("-") && trimmed.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) && trimmed.count > 1),
                  let number = Int(trimmed) else {
                return .failure(.error(rangeMessage(key)))
            }
            return .success(.integer(number))
        case .decimal(let emptyMeans):
            if trimmed.isEmpty {
                return emptyMeans != nil && rules.thresholdNullable ? .success(.null) : .failure(.error(rangeMessage(key)))
            }
            guard let canonical = DecimalText.canonical(trimmed) else { return .failure(.error(rangeMessage(key))) }
            return .success(.decimal(canonical))
        case .text(let emptyMeans):
            if trimmed.isEmpty && emptyMeans != nil { return .success(.null) }
            return .success(.text(key == .name ? text : trimmed))
        case .picker(let tableValues):
            let values = rules.pickerValues(for: key) ?? tableValues
            guard values.contains(trimmed) else {
                return .failure(.error("choose one of: " + values.map { FieldValue.label(of: $0, for: key) }.joined(separator: ", ")))
            }
            return .success(.text(trimmed))
        case .toggle:
            switch trimmed.lowercased() {
            case "yes", "true", "on", "1": return .success(.bool(true))
            case "no", "false", "off", "0": return .success(.bool(false))
            default: return .failure(.error("yes or no"))
            }
        case .list:
            let items = ListInput.split(text)
            if items.isEmpty && key == .allowedRtpIps { return .success(.null) }
            return .success(.list(items))
        case .didSet:
            return .failure(.error("\(field.label) are picked by number from the account's DIDs"))
        case .readOnly:
            return .failure(.error("\(field.label) is read-only"))
        }
    }

    /// Every issue of field `key` in `draft` (empty when the value is fine).
    public func issues(_ key: FieldKey, in draft: Trunk) -> [FieldIssue] {
        let value = draft.value(key)
        let authType = draft.authenticationMethod?.type
        // An unreadable value is the server's, kept as sent: the form says so (`FormState.issues`).
        guard FieldTable.field(key).applies(to: authType), !value.isUnreadable else { return [] }
        switch key {
        case .name:
            return (value.textValue ?? "").trimmingWhitespaceAndNewlines().isEmpty
                ? [.error("a name is required")] : []
        case .externalReferenceId:
            let count = value.textValue?.count ?? 0
            return count > rules.externalReferenceMaxLength
                ? [.error("at most \(rules.externalReferenceMaxLength) characters (now \(count))")] : []
        case .status, .mediaEncryptionMode, .onCliMismatchAction, .defaultDstAction:
            return pickerIssues(key, value)
        case .authType:
            return authTypeIssues(value)
        case .capacityLimit:
            return rangeIssues(key, value, range: rules.capacityRange, nullable: true)
        case .rtpTimeout:
            return rangeIssues(key, value, range: rules.rtpTimeoutRange, nullable: false)
        case .thresholdAmount:
            guard let text = value.textValue else {
                return rules.thresholdNullable ? [] : [.error(rangeMessage(key))]
            }
            guard let amount = DecimalText.value(text),
                  Decimal(rules.thresholdRange.lowerBound) <= amount,
                  amount <= Decimal(rules.thresholdRange.upperBound) else { return [.error(rangeMessage(key))] }
            return []
        case .callbackUrl:
            guard let text = value.textValue else { return [] }
            return CallbackURLRule.isValid(text) ? [] : [.error("an http:// or https:// address, or empty for none")]
        case .techPrefix:
            guard let text = value.textValue else { return [] }
            if text.count > rules.techPrefixMaxLength || !text.allSatisfy({ "0123456789#".contains($0) }) {
                return [.error("up to \(rules.techPrefixMaxLength) characters, digits 0-9 and # only")]
            }
            return []
        case .twilioAccountSid:
            return TwilioSIDRule.isValid(value.textValue ?? "")
                ? [] : [.error("AC followed by 32 hexadecimal characters (34 in all)")]
        case .allowedSipIps, .allowedRtpIps:
            return addressListIssues(key, in: draft)
        case .dstPrefixes:
            return prefixIssues(value.items)
        case .dids, .emergencyDids:
            return didSetIssues(key, in: draft)
        default:
            return []
        }
    }

    /// Issues of every field that applies to the draft, keyed by field.
    public func allIssues(in draft: Trunk) -> [FieldKey: [FieldIssue]] {
        var result: [FieldKey: [FieldIssue]] = [:]
        for field in FieldTable.fields where field.isWritable {
            let found = issues(field.key, in: draft)
            if !found.isEmpty { result[field.key] = found }
        }
        return result
    }

    /// True when any field of the draft has an error (warnings do not count).
    public func hasErrors(_ draft: Trunk) -> Bool {
        allIssues(in: draft).values.contains { $0.contains { $0.severity == .error } }
    }

    /// The problem with one list item about to be added to `key`, or nil when it is fine.
    public func itemIssue(_ item: String, for key: FieldKey) -> FieldIssue? {
        switch key {
        case .allowedSipIps, .allowedRtpIps:
            return IPNetwork(item) == nil ? .error("\(item) is not an IPv4/IPv6 address or CIDR subnet") : nil
        case .dstPrefixes:
            return PrefixRule.isValid(item) ? nil : .error("\(item): a prefix is digits only, without + or 00")
        default:
            return nil
        }
    }

    func rangeMessage(_ key: FieldKey) -> String {
        switch key {
        case .rtpTimeout:
            return "between \(rules.rtpTimeoutRange.lowerBound) and \(rules.rtpTimeoutRange.upperBound) seconds"
        case .capacityLimit:
            return "a whole number of calls between \(rules.capacityRange.lowerBound) and \(rules.capacityRange.upperBound), or empty for unlimited"
        case .thresholdAmount:
            let low = Int(rules.thresholdRange.lowerBound), high = Int(rules.thresholdRange.upperBound)
            if rules.thresholdMaximumDependsOnAccount {
                return "an amount in USD of \(low) or more (the maximum depends on the account); API \(rules.apiVersion) needs a limit"
            }
            return "an amount in USD between \(low) and \(high)" + (rules.thresholdNullable ? ", or empty for no limit" : "")
        default:
            return "a whole number"
        }
    }

    private func rangeIssues(_ key: FieldKey, _ value: FieldValue, range: ClosedRange<Int>, nullable: Bool) -> [FieldIssue] {
        guard let number = value.integerValue else {
            return value == .null && nullable ? [] : [.error(rangeMessage(key))]
        }
        return range.contains(number) ? [] : [.error(rangeMessage(key))]
    }

    private func pickerIssues(_ key: FieldKey, _ value: FieldValue) -> [FieldIssue] {
        guard case .picker(let tableValues) = FieldTable.field(key).widget, let raw = value.textValue else { return [] }
        let allowed = rules.pickerValues(for: key) ?? tableValues
        if allowed.contains(raw) { return [] }
        if tableValues.contains(raw) {
            return [.warning("\(FieldValue.label(of: raw, for: key)) is documented only from API 2026-11-19 on; API \(rules.apiVersion) does not offer it")]
        }
        return [.error("\(raw) is not known to this version of trunks; choose another value")]
    }

    private func authTypeIssues(_ value: FieldValue) -> [FieldIssue] {
        switch value.textValue.map(AuthenticationType.init(raw:)) {
        case nil: return [.error("choose one: Credentials & IP or Twilio")]
        case .ipOnly?: return [.error("IP-only authentication is set by DIDWW support only")]
        case .unknown(let raw)?: return [.error("\(raw) is not an authentication method trunks can set")]
        default: return []
        }
    }
}
