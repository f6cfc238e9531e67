/// One DID (phone number) of the fake account, as returned in `included` (`type: "dids"`).
struct DidRecord: Sendable, Equatable {
    var id: String
    var number: String
    var blocked: Bool
    var terminated: Bool
    var capacityLimit: Int?
    var description: String?
    var createdAt: String

    /// The attribute names a `dids` resource has (for sparse fieldsets).
    static let attributeNames: Set<String> = [
        "number", "blocked", "terminated", "capacity_limit", "description", "created_at",
    ]

    /// The resource object, with attributes pruned to `fields` when given.
    func resource(fields: Set<String>?) -> JSONValue {
        var attributes: [String: JSONValue] = [
            "number": .string(number),
            "blocked": .bool(blocked),
            "terminated": .bool(terminated),
            "capacity_limit": capacityLimit.map(JSONValue.int) ?? .null,
            "description": description.map(JSONValue.string) ?? .null,
            "created_at": .string(createdAt),
        ]
        if let fields {
            attributes = attributes.filter { fields.contains($0.key) }
        }
        return .object(["id": .string(id), "type": .string("dids"), "attributes": .object(attributes)])
    }
}
