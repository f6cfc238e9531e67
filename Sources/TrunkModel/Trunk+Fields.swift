extension Trunk {
    /// The value of `key` in the field table's common shape.
    public func value(_ key: FieldKey) -> FieldValue {
        if !unreadable.isEmpty, let found = unreadable[key] { return .unreadable(found) }
        let auth = authenticationMethod
        switch key {
        case .name: return name.map(FieldValue.text) ?? .null
        case .externalReferenceId: return externalReferenceId.map(FieldValue.text) ?? .null
        case .status: return status.map { .text($0.rawValue) } ?? .null
        case .callbackUrl: return callbackUrl.map(FieldValue.text) ?? .null
        case .createdAt: return createdAt.map(FieldValue.text) ?? .null
        case .authType: return auth.map { .text($0.type.rawValue) } ?? .null
        case .allowedSipIps: return auth?.allowedSipIps.map(FieldValue.list) ?? .null
        case .techPrefix:
            guard let prefix = auth?.techPrefix, !prefix.isEmpty else { return .null }
            return .text(prefix)
        case .username: return auth?.username.map(FieldValue.text) ?? .null
        case .password: return auth?.password.map(FieldValue.text) ?? .null
        case .twilioAccountSid: return auth?.twilioAccountSid.map(FieldValue.text) ?? .null
        case .allowedRtpIps: return allowedRtpIps.map(FieldValue.list) ?? .null
        case .forceSymmetricRtp: return forceSymmetricRtp.map(FieldValue.bool) ?? .null
        case .rtpPing: return rtpPing.map(FieldValue.bool) ?? .null
        case .rtpTimeout: return rtpTimeout.map(FieldValue.integer) ?? .null
        case .mediaEncryptionMode: return mediaEncryptionMode.map { .text($0.rawValue) } ?? .null
        case .thresholdAmount: return thresholdAmount.map(FieldValue.decimal) ?? .null
        case .thresholdReached: return thresholdReached.map(FieldValue.bool) ?? .null
        case .capacityLimit: return capacityLimit.map(FieldValue.integer) ?? .null
        case .allowAnyDidAsCli: return allowAnyDidAsCli.map(FieldValue.bool) ?? .null
        case .onCliMismatchAction: return onCliMismatchAction.map { .text($0.rawValue) } ?? .null
        case .defaultDstAction: return defaultDstAction.map { .text($0.rawValue) } ?? .null
        case .dstPrefixes: return dstPrefixes.map(FieldValue.list) ?? .null
        case .dids: return dids.map(FieldValue.dids) ?? .null
        case .emergencyEnableAll: return emergencyEnableAll.map(FieldValue.bool) ?? .null
        case .emergencyDids: return emergencyDids.map(FieldValue.dids) ?? .null
        }
    }

    /// Sets `key` to `value`; a value of the wrong shape sets the field to nil. An unreadable
    /// value leaves the field nil and notes it as unreadable; any other value clears that note.
    public mutating func set(_ key: FieldKey, _ value: FieldValue) {
        if case .unreadable(let found) = value {
            if key == .authType {
                authenticationMethod = nil
            } else if !key.isAuthentication || authenticationMethod != nil {
                set(key, .null)
            }
            unreadable[key] = found
            return
        }
        if !unreadable.isEmpty { unreadable[key] = nil }
        var auth = authenticationMethod ?? AuthenticationMethod(type: .credentialsAndIp)
        switch key {
        case .name: name = value.textValue
        case .externalReferenceId: externalReferenceId = value.textValue
        case .status: status = value.textValue.map(TrunkStatus.init(raw:))
        case .callbackUrl: callbackUrl = value.textValue
        case .createdAt: createdAt = value.textValue
        case .authType:
            let type = value.textValue.map(AuthenticationType.init(raw:)) ?? .credentialsAndIp
            if type != auth.type { auth = AuthenticationMethod(type: type, allowedSipIps: auth.allowedSipIps,
                                                               techPrefix: auth.techPrefix,
                                                               twilioAccountSid: auth.twilioAccountSid) }
        case .allowedSipIps: auth.allowedSipIps = value.listValue
        case .techPrefix: auth.techPrefix = value.textValue
        case .username: auth.username = value.textValue
        case .password: auth.password = value.textValue
        case .twilioAccountSid: auth.twilioAccountSid = value.textValue
        case .allowedRtpIps: allowedRtpIps = value.listValue
        case .forceSymmetricRtp: forceSymmetricRtp = value.boolValue
        case .rtpPing: rtpPing = value.boolValue
        case .rtpTimeout: rtpTimeout = value.integerValue
        case .mediaEncryptionMode: mediaEncryptionMode = value.textValue.map(MediaEncryptionMode.init(raw:))
        case .thresholdAmount: thresholdAmount = value.textValue
        case .thresholdReached: thresholdReached = value.boolValue
        case .capacityLimit: capacityLimit = value.integerValue
        case .allowAnyDidAsCli: allowAnyDidAsCli = value.boolValue
        case .onCliMismatchAction: onCliMismatchAction = value.textValue.map(CliMismatchAction.init(raw:))
        case .defaultDstAction: defaultDstAction = value.textValue.map(DestinationAction.init(raw:))
        case .dstPrefixes: dstPrefixes = value.listValue
        case .dids: if case .dids(let refs) = value { dids = refs } else { dids = nil }
        case .emergencyEnableAll: emergencyEnableAll = value.boolValue
        case .emergencyDids: if case .dids(let refs) = value { emergencyDids = refs } else { emergencyDids = nil }
        }
        if key.isAuthentication { authenticationMethod = auth }
    }

    /// A copy with `key` set to `value`.
    public func setting(_ key: FieldKey, _ value: FieldValue) -> Trunk {
        var copy = self
        copy.set(key, value)
        return copy
    }
}

extension FieldValue {
    /// True for a value the server sent that could not be read.
    public var isUnreadable: Bool {
        if case .unreadable = self { return true }
        return false
    }
    var textValue: String? {
        switch self {
        case .text(let value), .decimal(let value): return value
        case .integer(let value): return String(value)
        default: return nil
        }
    }
    var listValue: [String]? {
        if case .list(let items) = self { return items }
        return nil
    }
    var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }
    var integerValue: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }
}
