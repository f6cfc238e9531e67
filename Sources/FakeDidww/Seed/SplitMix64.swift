/// A small, fast, deterministic pseudo-random generator (SplitMix64), so a seed always yields the same data.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Starts the sequence at `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A uniformly chosen integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// True with the given probability (0...1).
    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[Int.random(in: 0..<elements.count, using: &self)]
    }

    /// A UUID-shaped (version 4 layout) lowercase identifier.
    mutating func uuidString() -> String {
        let high = next()
        let low = next()
        let timeLow = high >> 32
        let timeMid = (high >> 16) & 0xFFFF
        let version = (high & 0x0FFF) | 0x4000
        let variant = ((low >> 48) & 0x3FFF) | 0x8000
        let node = low & 0xFFFF_FFFF_FFFF
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var at = 0
            func hex(_ value: UInt64, width: Int) {
                for shift in stride(from: 4 * (width - 1), through: 0, by: -4) {
                    buffer[at] = Self.hexDigits[Int((value >> UInt64(shift)) & 0xF)]
                    at += 1
                }
            }
            func dash() {
                buffer[at] = UInt8(ascii: "-")
                at += 1
            }
            hex(timeLow, width: 8); dash(); hex(timeMid, width: 4); dash(); hex(version, width: 4); dash()
            hex(variant, width: 4); dash(); hex(node, width: 12)
            return at
        }
    }

    /// `count` characters drawn from `alphabet` (ASCII bytes).
    mutating func text(count: Int, alphabet: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            for index in 0..<count { buffer[index] = pick(alphabet) }
            return count
        }
    }

    private static let hexDigits = Alphabet.hexadecimal
}

/// Character sets for generated credentials and identifiers.
enum Alphabet {
    /// Lowercase letters and digits (SIP usernames).
    static let lowercaseAlphanumeric = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
    /// Upper- and lowercase letters and digits (SIP passwords).
    static let mixedAlphanumeric = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    /// Lowercase hexadecimal digits (Twilio account SIDs).
    static let hexadecimal = Array("0123456789abcdef".utf8)
    /// The ten digits (DID subscriber numbers).
    static let digits = Array("0123456789".utf8)
}
