import Foundation

extension TrunkRecord {
    /// Sets one attribute without any validation, as if someone else edited the trunk.
    ///
    /// `path` is an attribute key (`status`), a dotted path into `authentication_method`
    /// (`authentication_method.attributes.tech_prefix`), `spent_amount` (the resource meta),
    /// or `dids` / `emergency_dids` (arrays of DID ids). Returns false when the value does not fit.
    mutating func applyDirectEdit(path: [String], value: JSONValue) -> Bool {
        guard let key = path.first else { return false }
        switch key {
        case "spent_amount":
            guard let amount = Self.decimal(value) else { return false }
            spentAmount = amount
            return true
        case "dids", "emergency_dids":
            guard let ids = value.arrayValue?.compactMap(\.stringValue) else { return false }
            if key == "dids" { didIDs = ids } else { emergencyDidIDs = ids }
            return true
        case "authentication_method":
            var method = authentication.json
            method.setValue(value, atPath: Array(path.dropFirst()))
            guard let decoded = AuthenticationMethod(json: method) else { return false }
            authentication = decoded
            return true
        default:
            guard path.count == 1 else { return false }
            return assignAttribute(key, value)
        }
    }

    private mutating func assignAttribute(_ key: String, _ value: JSONValue) -> Bool {
        switch (key, value) {
        case ("name", .string(let text)): name = text
        case ("status", .string(let text)): status = text
        case ("external_reference_id", _): externalReferenceID = value.stringValue
        case ("capacity_limit", .int(let number)): capacityLimit = number
        case ("capacity_limit", .null): capacityLimit = nil
        case ("allow_any_did_as_cli", .bool(let flag)): allowAnyDidAsCli = flag
        case ("on_cli_mismatch_action", .string(let text)): onCliMismatchAction = text
        case ("default_dst_action", .string(let text)): defaultDstAction = text
        case ("dst_prefixes", .array(let items)): dstPrefixes = items.compactMap(\.stringValue)
        case ("media_encryption_mode", .string(let text)): mediaEncryptionMode = text
        case ("allowed_rtp_ips", .array(let items)): allowedRTPIPs = items.compactMap(\.stringValue)
        case ("allowed_rtp_ips", .null): allowedRTPIPs = nil
        case ("force_symmetric_rtp", .bool(let flag)): forceSymmetricRTP = flag
        case ("rtp_ping", .bool(let flag)): rtpPing = flag
        case ("rtp_timeout", .int(let number)): rtpTimeout = number
        case ("rtp_timeout", .null): rtpTimeout = nil
        case ("threshold_amount", .null): thresholdAmount = nil
        case ("threshold_amount", _):
            guard let amount = Self.decimal(value) else { return false }
            thresholdAmount = amount
        case ("threshold_reached", .bool(let flag)): thresholdReached = flag
        case ("callback_url", _): callbackURL = value.stringValue
        case ("emergency_enable_all", .bool(let flag)): emergencyEnableAll = flag
        case ("created_at", .string(let text)): createdAt = text
        default: return false
        }
        return true
    }

    private static func decimal(_ value: JSONValue) -> Decimal? {
        switch value {
        case .string(let text): DecimalText.parse(text)
        case .int(let number): Decimal(number)
        case .double(let number): DecimalText.decimal(from: number)
        default: nil
        }
    }
}
