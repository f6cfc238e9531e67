import FoundationEssentials

/// One page of the account's DIDs (`GET /v3/dids`).
public struct DidPage: Equatable, Sendable {
    public var dids: [DidRef]
    /// `meta.total_records`: how many DIDs match, over all pages.
    public var totalRecords: Int?
    /// `links.next`, absent on the last page.
    public var nextLink: String?

    /// A page of DIDs.
    public init(dids: [DidRef], totalRecords: Int? = nil, nextLink: String? = nil) {
        self.dids = dids
        self.totalRecords = totalRecords
        self.nextLink = nextLink
    }
}

/// Reading `dids` collection documents.
public enum DidDocuments {
    /// The JSON:API type of DIDs.
    public static let resourceType = "dids"
    /// The largest `page[size]` `GET /v3/dids` accepts (doc.didww.com, "Get DIDs": at most 100).
    public static let maximumPageSize = 100

    /// Decodes `GET /v3/dids`: each resource's id, number, blocked, terminated and description.
    public static func decodeList(_ data: Data) throws -> DidPage {
        let document = try TrunkDocuments.parse(data)
        guard let items = document["data"]?.array else {
            throw DocumentError(description: "the answer has no list of DIDs (no \"data\" array)")
        }
        let dids = items.compactMap { item -> DidRef? in
            guard item["type"]?.string == resourceType, let id = item["id"]?.string else { return nil }
            let attributes = item["attributes"]
            return DidRef(id: id, number: attributes?["number"]?.string, blocked: attributes?["blocked"]?.bool,
                          terminated: attributes?["terminated"]?.bool, note: attributes?["description"]?.string)
        }
        return DidPage(dids: dids, totalRecords: document["meta"]?["total_records"]?.int,
                       nextLink: document["links"]?["next"]?.string)
    }
}

extension DidRef {
    /// The DID for people: "+37061498222"; only a DID whose number was never read shows its id.
    public var shownNumber: String {
        number.map { "+" + $0 } ?? "DID " + id
    }

    /// True when `text` (digits, optionally with "+", spaces or dashes) is part of the number.
    public func numberContains(_ text: String) -> Bool {
        let digits = String(text.filter(\.isNumber))
        guard let number else { return false }
        return digits.isEmpty || number.contains(digits)
    }
}

/// The relationship sets and the switch that makes each of them meaningless.
public enum DidLinkRule {
    /// The boolean attribute that, while true, forbids assigning `key`'s DIDs.
    public static func everyDidSwitch(for key: FieldKey) -> FieldKey? {
        switch key {
        case .dids: return .allowAnyDidAsCli
        case .emergencyDids: return .emergencyEnableAll
        default: return nil
        }
    }
}

extension DraftDiff {
    /// The DIDs the draft adds to and removes from relationship `key`, by id, in draft / original order.
    public func didChanges(_ key: FieldKey) -> (added: [DidRef], removed: [DidRef]) {
        guard case .dids(let new) = draft.value(key) else { return ([], []) }
        let old: [DidRef]
        if case .dids(let refs) = original.value(key) { old = refs } else { old = [] }
        let oldIDs = Set(old.map(\.id)), newIDs = Set(new.map(\.id))
        return (new.filter { !oldIDs.contains($0.id) }, old.filter { !newIDs.contains($0.id) })
    }

    /// `data.relationships` members for the changed DID sets (the whole set, as the API replaces it).
    func relationshipsJSON() -> [String: JSONValue] {
        var relationships: [String: JSONValue] = [:]
        for change in changes where change.key == .dids || change.key == .emergencyDids {
            let linkage = change.new.didIDs.map { JSONValue.object(["type": .string(DidDocuments.resourceType), "id": .string($0)]) }
            relationships[change.key.rawValue] = .object(["data": .array(linkage)])
        }
        return relationships
    }
}

extension TrunkValidator {
    /// `dids` / `emergency_dids`: no DID may be assigned while the matching "every DID" switch is
    /// on (the server answers 422), no DID twice; blocked or terminated DIDs are warned about.
    func didSetIssues(_ key: FieldKey, in draft: Trunk) -> [FieldIssue] {
        guard case .dids(let refs) = draft.value(key) else { return [] }
        var issues: [FieldIssue] = []
        if let flag = DidLinkRule.everyDidSwitch(for: key), draft.value(flag) == .bool(true), !refs.isEmpty {
            let label = FieldTable.field(flag).label
            let what = key == .dids ? "every eligible DID may be the caller ID" : "every eligible DID may place emergency calls"
            issues.append(.error("no DID can be assigned while \(label) is on (\(what)); remove the \(refs.count) listed or turn \(label) off"))
        }
        let repeated = ListInput.duplicates(refs.map(\.id))
        if !repeated.isEmpty {
            let shown = repeated.compactMap { id in refs.first { $0.id == id }?.shownNumber }
            issues.append(.error("listed twice: " + shown.joined(separator: ", ")))
        }
        let unusable = refs.filter { $0.blocked == true || $0.terminated == true }
        if !unusable.isEmpty {
            issues.append(.warning(unusable.map { "\($0.shownNumber) is \($0.terminated == true ? "terminated" : "blocked")" }
                .joined(separator: ", ")))
        }
        return issues
    }
}
