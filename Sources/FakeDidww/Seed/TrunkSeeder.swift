import Foundation

/// Builds the fake account's deterministic data: a DID pool and `trunkCount` trunks.
///
/// The same seed and count always give the same trunks, byte for byte. Trunks are in
/// `created_at` order (spread over 2024-01-01 … 2026-04-15, with milliseconds), ids are
/// UUID-shaped and names are unique. The first `SeedFixtures.count` (20) trunks are fixed
/// fixtures whatever the seed (only ids, timestamps and generated secrets vary); see
/// `SeedFixtures` for which index has which property. Later trunks are drawn at random with
/// realistic weights (about 70 % credentials_and_ip, 15 % ip_only, 15 % twilio; 12 % blocked),
/// named "<City> <Purpose> <index, 5 digits>" so every name sorts after "Berlin Office".
struct TrunkSeeder {
    /// How many DIDs the account owns unless asked for more.
    static let didPoolSize = FakeDidwwConfig.defaultDidCount

    private var random: SplitMix64

    /// A seeder whose output depends only on `seed`.
    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// The DID pool of `count` DIDs: E.164 numbers without `+`, created 2020–2023.
    mutating func makeDids(count: Int = didPoolSize) -> [DidRecord] {
        (0..<count).map { index in
            let country = SeedVocabulary.didCountries[index % SeedVocabulary.didCountries.count]
            let subscriber = random.text(count: country.digits, alphabet: Alphabet.digits)
            let created = Int64(1_577_836_800_000) + Int64(random.int(in: 0...126_230_400_000))
            return DidRecord(
                id: random.uuidString(),
                number: country.code + subscriber,
                blocked: index % 17 == 16,
                terminated: false,
                capacityLimit: index % 5 == 0 ? 10 : nil,
                description: index % 3 == 0 ? "Line \(index + 1)" : nil,
                createdAt: TimestampText.format(millisecondsSince1970: created))
        }
    }

    /// `count` trunks in creation order; the first ones are the fixtures. `progress(made, count)`
    /// is called after every thousand trunks and after the last.
    mutating func makeTrunks(count: Int, didIDs: [String], progress: (Int, Int) -> Void = { _, _ in }) -> [TrunkRecord] {
        let start: Int64 = 1_704_067_200_000
        let span: Int64 = 72_144_000_000
        let step = max(1, span / Int64(max(count, 1)))
        return (0..<count).map { index in
            let created = start + step * Int64(index) + Int64(random.int(in: 0...Int(step - 1)))
            var trunk = TrunkRecord(
                id: random.uuidString(),
                name: "",
                createdAt: TimestampText.format(millisecondsSince1970: created),
                authentication: .credentialsAndIP(
                    allowedSIPIPs: nil, techPrefix: nil,
                    username: random.text(count: 10, alphabet: Alphabet.lowercaseAlphanumeric),
                    password: random.text(count: 16, alphabet: Alphabet.mixedAlphanumeric)))
            let twilioSID = "AC" + random.text(count: 32, alphabet: Alphabet.hexadecimal)
            if index < SeedFixtures.count {
                SeedFixtures.apply(index: index, to: &trunk, twilioSID: twilioSID, didIDs: didIDs)
            } else {
                randomize(&trunk, index: index, twilioSID: twilioSID, didIDs: didIDs)
            }
            trunk.refreshThresholdReached()
            if (index + 1) % 1000 == 0 || index + 1 == count { progress(index + 1, count) }
            return trunk
        }
    }

    private mutating func randomize(_ trunk: inout TrunkRecord, index: Int, twilioSID: String, didIDs: [String]) {
        let city = random.pick(SeedVocabulary.cities)
        let purpose = random.pick(SeedVocabulary.purposes)
        let number = String(index)
        trunk.name = "\(city) \(purpose) " + String(repeating: "0", count: max(0, 5 - number.count)) + number
        let sipIPs = random.chance(0.1) ? nil : pickSome(SeedVocabulary.addresses, 1...3)
        let techPrefix = random.chance(0.7) ? nil : random.pick(SeedVocabulary.techPrefixes)
        let kind = random.int(in: 0...99)
        if kind < 15 {
            trunk.authentication = .ipOnly(allowedSIPIPs: sipIPs, techPrefix: techPrefix)
        } else if kind < 30 {
            trunk.authentication = .twilio(accountSID: twilioSID)
        } else if case let .credentialsAndIP(_, _, username, password) = trunk.authentication {
            trunk.authentication = .credentialsAndIP(
                allowedSIPIPs: sipIPs, techPrefix: techPrefix, username: username, password: password)
        }
        trunk.status = random.chance(0.12) ? "blocked" : "active"
        trunk.externalReferenceID = random.chance(0.5) ? "crm-\(random.int(in: 1000...9999))" : nil
        trunk.capacityLimit = random.chance(0.25) ? nil : random.pick(SeedVocabulary.capacities)
        trunk.onCliMismatchAction = random.pick(
            ["reject_call", "reject_call", "send_original_cli", "send_original_cli", "replace_cli", "randomize_cli"])
        trunk.mediaEncryptionMode = random.chance(0.7) ? "disabled" : random.pick(TrunkRecord.mediaEncryptionModes)
        if random.chance(0.8) {
            trunk.dstPrefixes = random.chance(0.5) ? [] : pickSome(SeedVocabulary.blockedPrefixes, 1...3)
        } else {
            trunk.defaultDstAction = "reject_all"
            trunk.dstPrefixes = pickSome(SeedVocabulary.countryCodes, 1...6)
        }
        trunk.allowedRTPIPs = random.chance(0.4) ? nil : pickSome(SeedVocabulary.addresses, 1...2)
        trunk.forceSymmetricRTP = random.chance(0.2)
        trunk.rtpPing = random.chance(0.2)
        trunk.rtpTimeout = random.chance(0.8) ? 30 : random.pick([60, 90, 120, 300, 600])
        let threshold = random.chance(0.1) ? nil : random.pick(Self.thresholds)
        trunk.thresholdAmount = threshold?.amount
        let cents = Int(((threshold?.double ?? 1000) * 120).rounded())
        trunk.spentAmount = Self.hundredths(random.int(in: 0...max(cents, 1)))
        trunk.callbackURL = random.chance(0.2) ? "https://hooks.example.com/didww/\(index)" : nil
        trunk.allowAnyDidAsCli = random.chance(0.1)
        trunk.emergencyEnableAll = random.chance(0.1)
        if !trunk.allowAnyDidAsCli, random.chance(0.3) {
            trunk.didIDs = pickSome(didIDs, 1...3)
        }
        if !trunk.emergencyEnableAll, random.chance(0.15) {
            trunk.emergencyDidIDs = pickSome(didIDs, 1...1)
        }
    }

    /// The vocabulary's thresholds, read once: the amount and the double the spend is drawn from.
    private static let thresholds: [(amount: Decimal?, double: Double)] = SeedVocabulary.thresholds.map { text in
        let amount = DecimalText.parse(text)
        return (amount, NSDecimalNumber(decimal: amount ?? 1000).doubleValue)
    }

    /// `count` / 100 as `Decimal` division gives it (trailing zeros dropped), without dividing.
    static func hundredths(_ count: Int) -> Decimal {
        var mantissa = count, exponent = -2
        while exponent < 0 && mantissa != 0 && mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
        return mantissa == 0 ? 0 : Decimal(sign: .plus, exponent: exponent, significand: Decimal(mantissa))
    }

    private mutating func pickSome(_ pool: [String], _ count: ClosedRange<Int>) -> [String] {
        var chosen: [String] = []
        for _ in 0..<random.int(in: count) {
            let candidate = random.pick(pool)
            if !chosen.contains(candidate) { chosen.append(candidate) }
        }
        return chosen
    }
}
