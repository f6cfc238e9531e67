import Foundation

/// Judges a create or update from the server's point of view (2026-04-16 rules) and builds the
/// resulting trunk. Every failing field gives one 422 error with its `source.pointer`.
struct TrunkValidator {
    /// The rules of the API version serving the request.
    let rules: VersionRules
    /// Whether a name already belongs to another trunk of the account.
    let isNameTaken: (String) -> Bool
    /// Whether a DID id belongs to the account.
    let isKnownDid: (String) -> Bool

    /// The outcome: the trunk as it would be stored, and whether it needs new SIP credentials.
    struct Outcome {
        var trunk: TrunkRecord
        var needsNewCredentials: Bool
    }

    /// Validates `request` against `base` (the stored trunk, or a blank one on create).
    func validate(_ request: TrunkWriteRequest, base: TrunkRecord, isCreate: Bool) -> Result<Outcome, ApiErrorList> {
        var check = FieldCheck(draft: base, rules: rules)
        for key in request.attributes.keys.sorted() where key != "authentication_method" {
            check.apply(key, request.attributes[key] ?? .null)
        }
        if let method = request.attributes["authentication_method"] {
            check.applyAuthentication(method)
        }
        if isCreate {
            if request.attributes["name"] == nil { check.fail(.invalid("name", "can't be blank")) }
            if request.attributes["authentication_method"] == nil {
                check.fail(.invalid("authentication_method", "can't be blank"))
            }
        }
        if request.attributes["name"] != nil, !check.hasError(on: "name"), check.draft.name != base.name || isCreate,
           isNameTaken(check.draft.name) {
            check.fail(.invalid("name", "has already been taken"))
        }
        checkAddressCount(request, &check)
        checkRelationships(request, &check)
        guard check.errors.isEmpty else { return .failure(ApiErrorList(check.errors)) }
        check.draft.refreshThresholdReached()
        return .success(Outcome(trunk: check.draft, needsNewCredentials: check.needsNewCredentials))
    }

    private func checkAddressCount(_ request: TrunkWriteRequest, _ check: inout FieldCheck) {
        let sentRTP = request.attributes["allowed_rtp_ips"] != nil
        let sentSIP = request.attributes["authentication_method"] != nil
        guard sentRTP || sentSIP, !check.hasError(on: "allowed_rtp_ips"), !check.hasError(on: "allowed_sip_ips") else {
            return
        }
        let total = (check.draft.allowedRTPIPs?.count ?? 0) + (check.draft.authentication.allowedSIPIPs?.count ?? 0)
        guard total > 60 else { return }
        let title = "is too long (maximum is 60 SIP and RTP IPs and subnets together)"
        check.fail(sentRTP ? .invalid("allowed_rtp_ips", title) : .invalidAuthentication("allowed_sip_ips", title))
    }

    private func checkRelationships(_ request: TrunkWriteRequest, _ check: inout FieldCheck) {
        let rules = [
            ("dids", check.draft.allowAnyDidAsCli, "allow_any_did_as_cli"),
            ("emergency_dids", check.draft.emergencyEnableAll, "emergency_enable_all"),
        ]
        for (name, everyDidAllowed, flagName) in rules {
            let pointer = "/data/relationships/\(name)"
            guard let ids = request.relationshipIDs[name] else {
                if everyDidAllowed { check.setRelationship(name, []) }
                continue
            }
            if everyDidAllowed, !ids.isEmpty {
                check.fail(.invalid(name, "can't be assigned while \(flagName) is true", pointer: pointer))
            } else if ids.contains(where: { !isKnownDid($0) }) {
                check.fail(.invalid(name, "is invalid", pointer: pointer))
            } else {
                check.setRelationship(name, ids)
            }
        }
    }
}
