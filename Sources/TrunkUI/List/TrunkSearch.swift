import TrunkModel

/// Free-text and address search over a trunk: the reference meaning of a `FilterTerm`, and what
/// in the trunk matched it (`FilterReason`). `TrunkSearchIndex` answers "does it match" for every
/// loaded trunk from precomputed keys; this answers it for one trunk, and says why, for the rows
/// in view and the detail.
enum TrunkSearch {
    /// True when `trunk` matches the free word `needle` (lower-cased).
    static func matches(_ trunk: Trunk, _ needle: String) -> Bool {
        match(trunk, FilterTerm(word: needle)) != nil
    }

    /// What in `trunk` matches `term`, the name first; nil when nothing does.
    static func match(_ trunk: Trunk, _ term: FilterTerm) -> FilterReason? {
        let method = trunk.authenticationMethod
        if let network = term.network {
            if term.looksInSip, let hit = overlapping(network, method?.allowedSipIps) { return FilterReason(.sipAddress, hit) }
            if term.looksInRtp, let hit = overlapping(network, trunk.allowedRtpIps) { return FilterReason(.rtpAddress, hit) }
            return nil
        }
        let text = term.text
        switch term.scope {
        case .anything:
            if let name = trunk.name, name.lowercased().contains(text) { return FilterReason(.name, name) }
            if trunk.id.lowercased().hasPrefix(text) { return FilterReason(.id, trunk.id) }
            if let ref = trunk.externalReferenceId, ref.lowercased().contains(text) { return FilterReason(.reference, ref) }
            if let user = containing(text, method?.username) { return FilterReason(.username, user) }
            if let sid = startingWith(text, method?.twilioAccountSid) { return FilterReason(.twilioSid, sid) }
            if let tech = containing(text, method?.techPrefix) { return FilterReason(.techPrefix, tech) }
            if let hit = item(containing: text, in: method?.allowedSipIps) { return FilterReason(.sipAddress, hit) }
            if let hit = item(containing: text, in: trunk.allowedRtpIps) { return FilterReason(.rtpAddress, hit) }
            if let hit = item(containing: text, in: trunk.dstPrefixes) { return FilterReason(.destinationPrefix, hit) }
            if let token = term.value, FilterQuery.matches(trunk, token) { return FilterReason(token: token) }
            return nil
        case .addresses, .sipAddresses, .rtpAddresses:
            if term.looksInSip, let hit = item(containing: text, in: method?.allowedSipIps) { return FilterReason(.sipAddress, hit) }
            if term.looksInRtp, let hit = item(containing: text, in: trunk.allowedRtpIps) { return FilterReason(.rtpAddress, hit) }
            return nil
        case .username:
            return containing(text, method?.username).map { FilterReason(.username, $0) }
        case .twilioSid:
            return startingWith(text, method?.twilioAccountSid).map { FilterReason(.twilioSid, $0) }
        case .techPrefix:
            return containing(text, method?.techPrefix).map { FilterReason(.techPrefix, $0) }
        case .destinationPrefixes:
            return item(containing: text, in: trunk.dstPrefixes).map { FilterReason(.destinationPrefix, $0) }
        }
    }

    /// Why `trunk` is listed under `query`: what matched the first term its name does not match,
    /// else the exact reference or id a `ref:` or `id:` token asked for (nil when the name matches
    /// every term and no such token is given; a token's own value, `status:blocked`, needs no
    /// reason).
    static func reason(_ trunk: Trunk, _ query: FilterQuery) -> FilterReason? {
        matches(trunk, query).first { $0.field != .name }
    }

    /// Everything in `trunk` that matched `query`: each term's match in order, then the reference
    /// or id of a `ref:` or `id:` token.
    static func matches(_ trunk: Trunk, _ query: FilterQuery) -> [FilterReason] {
        var found = query.terms.compactMap { match(trunk, $0) }
        for token in query.serverTokens {
            if token.filter == "external_reference_id", let ref = trunk.externalReferenceId, ref == token.value {
                found.append(FilterReason(.reference, ref))
            } else if token.filter == "id", trunk.id.lowercased() == token.value.lowercased() {
                found.append(FilterReason(.id, trunk.id))
            }
        }
        return found
    }

    private static func containing(_ text: String, _ value: String?) -> String? {
        guard let value, !value.isEmpty, value.lowercased().contains(text) else { return nil }
        return value
    }

    private static func startingWith(_ text: String, _ value: String?) -> String? {
        guard let value, !value.isEmpty, value.lowercased().hasPrefix(text) else { return nil }
        return value
    }

    private static func item(containing text: String, in list: [String]?) -> String? {
        list?.first { $0.lowercased().contains(text) }
    }

    /// The first of `list` that overlaps `network` (holds the address, or shares addresses with
    /// the network); an item that is not an address or network is passed over.
    private static func overlapping(_ network: IPNetwork, _ list: [String]?) -> String? {
        list?.first { item in
            guard let allowed = IPNetwork(item) else { return false }
            return allowed.contains(network) || network.contains(allowed)
        }
    }
}
