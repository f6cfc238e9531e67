/// Word lists and value pools the seeder draws generated trunks and DIDs from.
enum SeedVocabulary {
    /// Cities for generated names; every one sorts after "Berlin Office", so that trunk stays first by name.
    static let cities = [
        "Bratislava", "Brussels", "Bucharest", "Budapest", "Cairo", "Copenhagen", "Dallas", "Denver",
        "Dubai", "Edinburgh", "Geneva", "Hamburg", "Helsinki", "Istanbul", "Johannesburg", "Kyiv",
        "Lagos", "Lima", "Lyon", "Manchester", "Miami", "Milan", "Montreal", "Munich", "Nairobi",
        "Naples", "Porto", "Quito", "Reykjavik", "Santiago", "Seattle", "Seoul", "Singapore",
        "Stockholm", "Sydney", "Taipei", "Tbilisi", "Utrecht", "Valencia", "Zagreb",
    ]

    /// Second words of generated names.
    static let purposes = [
        "Office", "Sales", "Support", "Wholesale", "Callcenter", "Backup", "Retail", "Dialer", "PBX", "Branch",
    ]

    /// Premium-rate style prefixes that `allow_all` trunks block.
    static let blockedPrefixes = ["1900", "44870", "49900", "49137", "33899", "3906", "881", "882"]

    /// Country codes that `reject_all` trunks allow.
    static let countryCodes = ["1", "7", "31", "32", "33", "34", "39", "41", "43", "44", "45", "46", "48", "49", "370", "371", "372"]

    /// Documentation-range SIP/RTP addresses and subnets (RFC 5737 / RFC 3849).
    static let addresses = [
        "203.0.113.10/32", "203.0.113.11/32", "203.0.113.0/24", "198.51.100.7/32", "198.51.100.0/25",
        "192.0.2.1", "192.0.2.128/26", "2001:db8::1", "2001:db8:10::/48", "2001:db8:abcd::5/128",
    ]

    /// Tech prefixes of generated trunks.
    static let techPrefixes = ["99#", "1234#", "#7", "55", "0#"]

    /// Threshold amounts of generated trunks.
    static let thresholds = ["500.0", "1000.0", "3000.0", "5000.0", "250.5", "100000.0"]

    /// Capacity limits of generated trunks.
    static let capacities = [0, 10, 20, 30, 50, 100, 200, 500, 32767]

    /// Country code and subscriber-number length pairs for the DID pool (E.164 without `+`).
    static let didCountries: [(code: String, digits: Int)] = [
        ("49", 10), ("44", 10), ("1", 10), ("370", 8), ("33", 9), ("81", 10), ("41", 9), ("353", 9),
    ]
}
