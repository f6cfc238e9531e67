import Foundation

/// The fake account's state: trunks in creation order and the DID pool. A value type, guarded by
/// `ServerContext`'s mutex; every method runs with the lock held and never blocks.
struct TrunkStore: Sendable {
    private(set) var trunks: [TrunkRecord]
    private var positionByID: [String: Int] = [:]
    private var idByName: [String: String] = [:]
    /// The account's DIDs by id.
    let didsByID: [String: DidRecord]
    /// The account's DIDs in the order `GET /v3/dids` lists them (as created).
    let didPool: [DidRecord]
    private var random: SplitMix64

    /// Seeds `trunkCount` trunks and `didCount` DIDs (at least the standard pool) deterministically
    /// from `seed`, calling `progress(seeded, total)` as the trunks are made.
    init(trunkCount: Int, seed: UInt64, didCount: Int = TrunkSeeder.didPoolSize, progress: (Int, Int) -> Void = { _, _ in }) {
        var seeder = TrunkSeeder(seed: seed)
        let dids = seeder.makeDids(count: max(TrunkSeeder.didPoolSize, didCount))
        didsByID = Dictionary(uniqueKeysWithValues: dids.map { ($0.id, $0) })
        didPool = dids
        trunks = seeder.makeTrunks(count: max(0, trunkCount), didIDs: dids.map(\.id), progress: progress)
        random = SplitMix64(seed: seed ^ 0x5EED_F00D_CAFE_D1D0)
        reindex()
    }

    /// Rewrites every trunk as an account pinned to 2026-11-19 holds it (see `TrunkRecord.conformedTo20261119`).
    mutating func conformTo20261119() {
        trunks = trunks.map { $0.conformedTo20261119() }
    }

    /// The trunk with `id`, if any.
    func trunk(id: String) -> TrunkRecord? {
        positionByID[id].map { trunks[$0] }
    }

    /// One page of the trunks matching `query`, and how many match in total.
    func list(_ query: ListQuery) -> (page: [TrunkRecord], total: Int) {
        var positions = Array(trunks.indices)
        if !query.filters.isEmpty {
            positions = positions.filter { position in query.filters.allSatisfy { $0.matches(trunks[position]) } }
        }
        if !query.sort.isEmpty {
            trunks.withUnsafeBufferPointer { records in
                positions.sort { TrunkSortKey.areInOrder(records[$0], records[$1], by: query.sort) }
            }
        }
        let (start, overflow) = (query.pageNumber - 1).multipliedReportingOverflow(by: query.pageSize)
        guard !overflow, start < positions.count else { return ([], positions.count) }
        let end = min(positions.count, start + query.pageSize)
        return (positions[start..<end].map { trunks[$0] }, positions.count)
    }

    /// Validates and stores a new trunk; new credentials and ids come from the seeded generator.
    mutating func create(_ request: TrunkWriteRequest, rules: VersionRules = .v20260416) -> Result<TrunkRecord, ApiErrorList> {
        let blank = TrunkRecord(
            id: random.uuidString(), name: "", createdAt: TimestampText.now(),
            authentication: .twilio(accountSID: ""))
        return validator(excluding: nil, rules: rules).validate(request, base: blank, isCreate: true).map { outcome in
            var trunk = outcome.trunk
            if outcome.needsNewCredentials { trunk.authentication = withNewCredentials(trunk.authentication) }
            trunks.append(trunk)
            positionByID[trunk.id] = trunks.count - 1
            idByName[trunk.name] = trunk.id
            return trunk
        }
    }

    /// Validates and applies a partial update; 404 for an unknown id.
    mutating func update(id: String, _ request: TrunkWriteRequest, rules: VersionRules = .v20260416) -> Result<TrunkRecord, ApiErrorList> {
        guard let position = positionByID[id] else { return .failure(ApiErrorList(.recordNotFound(id))) }
        let current = trunks[position]
        return validator(excluding: id, rules: rules).validate(request, base: current, isCreate: false).map { outcome in
            var trunk = outcome.trunk
            if outcome.needsNewCredentials { trunk.authentication = withNewCredentials(trunk.authentication) }
            replace(at: position, with: trunk)
            return trunk
        }
    }

    /// Removes a trunk; false when the id is unknown.
    mutating func delete(id: String) -> Bool {
        guard let position = positionByID[id] else { return false }
        trunks.remove(at: position)
        reindex()
        return true
    }

    /// Gives a credentials_and_ip trunk a new username and password; returns the receipt id.
    mutating func regenerateCredentials(trunkID: String) -> Result<String, ApiErrorList> {
        guard let position = positionByID[trunkID] else { return .failure(ApiErrorList(.recordNotFound(trunkID))) }
        var trunk = trunks[position]
        guard case .credentialsAndIP = trunk.authentication else {
            return .failure(ApiErrorList(.invalid(
                "voice_out_trunk", "has no credentials to regenerate (authentication method is \(trunk.authentication.typeName))",
                pointer: "/data/relationships/voice_out_trunk")))
        }
        trunk.authentication = withNewCredentials(trunk.authentication)
        replace(at: position, with: trunk)
        return .success(random.uuidString())
    }

    /// Changes a trunk without validation (see `TrunkRecord.applyDirectEdit`); false when nothing changed.
    mutating func directEdit(id: String, path: [String], value: JSONValue) -> Bool {
        guard let position = positionByID[id] else { return false }
        var trunk = trunks[position]
        guard trunk.applyDirectEdit(path: path, value: value) else { return false }
        if path.first == "spent_amount" || path.first == "threshold_amount" { trunk.refreshThresholdReached() }
        replace(at: position, with: trunk)
        return true
    }

    private func validator(excluding id: String?, rules: VersionRules) -> TrunkValidator {
        TrunkValidator(
            rules: rules,
            isNameTaken: { name in idByName[name].map { $0 != id } ?? false },
            isKnownDid: { didsByID[$0] != nil })
    }

    private mutating func withNewCredentials(_ method: AuthenticationMethod) -> AuthenticationMethod {
        guard case let .credentialsAndIP(ips, techPrefix, _, _) = method else { return method }
        return .credentialsAndIP(
            allowedSIPIPs: ips, techPrefix: techPrefix,
            username: random.text(count: 10, alphabet: Alphabet.lowercaseAlphanumeric),
            password: random.text(count: 16, alphabet: Alphabet.mixedAlphanumeric))
    }

    private mutating func replace(at position: Int, with trunk: TrunkRecord) {
        let old = trunks[position]
        trunks[position] = trunk
        if old.name != trunk.name {
            if idByName[old.name] == old.id { idByName[old.name] = nil }
            idByName[trunk.name] = trunk.id
        }
    }

    private mutating func reindex() {
        var positions = [String: Int](minimumCapacity: trunks.count)
        var names = [String: String](minimumCapacity: trunks.count)
        for (position, trunk) in trunks.enumerated() {
            positions[trunk.id] = position
            if names[trunk.name] == nil { names[trunk.name] = trunk.id }
        }
        positionByID = positions
        idByName = names
    }
}
