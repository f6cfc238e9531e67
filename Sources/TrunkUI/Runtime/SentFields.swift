import FoundationEssentials
import TrunkModel

/// The fields a PATCH or POST document carries, and their values as sent: what the audit trail
/// records and what reading the trunk back is compared with.
struct SentFields {
    /// The document read as a trunk (a new trunk's document reads with the id "new").
    let trunk: Trunk?
    /// The keys whose attribute or relationship the document carries, in field-table order.
    let keys: [FieldKey]

    /// Reads `body`; an unreadable document carries nothing.
    init(body: Data) {
        trunk = TrunkDocuments.decodeSent(body)
        // A member that is not an object has no members: every lookup in it is nil.
        guard let object = try? JSONValue.parse(body), let data = object["data"], case .object = data else {
            keys = []
            return
        }
        let attributes = data["attributes"]
        let auth = attributes?["authentication_method"]
        let authAttributes = auth?["attributes"]
        let relationships = data["relationships"]
        keys = FieldTable.fields.map(\.key).filter { key in
            switch key {
            case .authType: return auth?["type"] != nil
            case .dids, .emergencyDids: return relationships?[key.rawValue] != nil
            default: return key.isAuthentication ? authAttributes?[key.attributeName] != nil : attributes?[key.rawValue] != nil
            }
        }
    }

    /// True when `fresh` holds every value the document sent (so a lost answer's change was made).
    func areAll(in fresh: Trunk) -> Bool {
        guard let trunk, !keys.isEmpty else { return false }
        return keys.allSatisfy { trunk.value($0).sameValue(as: fresh.value($0)) }
    }
}
