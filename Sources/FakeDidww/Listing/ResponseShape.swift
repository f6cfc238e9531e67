/// What a trunk document includes and which fields it keeps (`include`, `fields[...]`).
struct ResponseShape: Sendable, Equatable {
    var includedRelationships: Set<String> = []
    var trunkFields: Set<String>?
    var didFields: Set<String>?

    /// Reads `include` and `fields[...]` from the query; throws 112, 104 or 101 for bad values.
    init(query: QueryParameters) throws(ApiError) {
        if let include = query["include"] {
            for path in include.split(separator: ",").map(String.init) {
                guard TrunkRecord.relationshipNames.contains(path) else { throw .invalidInclude(path) }
                includedRelationships.insert(path)
            }
        }
        for (name, value) in query.items {
            guard let (family, type) = QueryParameters.family(of: name), family == "fields" else { continue }
            let fields = Set(value.split(separator: ",").map(String.init))
            switch type {
            case "voice_out_trunks":
                let known = Set(TrunkRecord.attributeNames + TrunkRecord.relationshipNames)
                if let unknown = fields.sorted().first(where: { !known.contains($0) }) {
                    throw .invalidField(unknown, type: type)
                }
                trunkFields = fields
            case "dids":
                if let unknown = fields.sorted().first(where: { !DidRecord.attributeNames.contains($0) }) {
                    throw .invalidField(unknown, type: type)
                }
                didFields = fields
            default:
                throw .invalidResource(type)
            }
        }
    }

    /// True when the response should carry `data` linkage and `included` for `relationship`.
    func includes(_ relationship: String) -> Bool {
        includedRelationships.contains(relationship)
    }

    /// True when sparse fieldsets keep `field` of a trunk.
    func keepsTrunkField(_ field: String) -> Bool {
        trunkFields?.contains(field) ?? true
    }
}
