import Foundation
import Testing
@testable import TrunkModel

/// `JSONValue.parse` (Foundation's `JSONSerialization`, converted; used for every API answer)
/// gives exactly what `JSONDecoder().decode(JSONValue.self, ...)` gives, and refuses what is not
/// JSON. Both of Foundation's readers tolerate a trailing comma, so neither is listed here.
@Suite struct JSONParseTests {
    private static func decoded(_ text: String) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    @Test func everyFixtureReadsAsJSONDecoderReadsIt() throws {
        let folder = Fixture.directory
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(names.count > 5)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let expected = try JSONDecoder().decode(JSONValue.self, from: data)
            #expect(try JSONValue.parse(data) == expected, "\(name)")
        }
    }

    @Test(arguments: [
        "0", "-0", "12", "-12", "3000.0", "3000.5", "-0.0", "1e2", "1E+2", "2.5e-3", "1.0e0", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "123456789012345678901234567890", "0.1",
        "true", "false", "null", "\"\"", "\"plain\"", "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "\"\\u00e9\\u6771\"",
        "\"\\ud83d\\ude00 smile\"", "\"Zürich 東京\"", "[]", "{}", " [1, 2.5, \"x\", null, true, [], {}] ",
        "{\"a\": {\"b\": [1, {\"c\": \"d\"}]}, \"e\": -1.5e1}"
    ])
    func agreesWithJSONDecoder(text: String) throws {
        let expected = try #require(Self.decoded(text), "JSONDecoder reads \(text)")
        #expect(try JSONValue.parse(Data(text.utf8)) == expected, "\(text)")
    }

    @Test(arguments: [
        "", " ", "{\"a\" 1}", "[1 2]", "01", "1.", ".5", "-", "1e", "+1", "tru", "nul",
        "\"unterminated", "\"bad \\x escape\"", "\"\\ud800\"", "\"\\udc00\"", "\"tab\there\"", "[1] x", "{1: 2}", "NaN", "1e400",
    ])
    func refusesWhatIsNotJSON(text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(Data(text.utf8)) }
    }

    @Test func refusesInvalidUTF8AndDeepNesting() {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(Data([0x22, 0xFF, 0x22])) }
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONParseError.self) { try JSONValue.parse(Data(deep.utf8)) }
    }
}

/// `ListInput.duplicates` keyed by integers for digit lists names the same items, in the same
/// order, as the string-keyed general path.
@Suite struct DigitDuplicatesTests {
    private static func reference(_ items: [String]) -> [String] {
        var seen = Set<String>(), repeated: [String] = []
        for item in items where !seen.insert(item).inserted && !repeated.contains(item) { repeated.append(item) }
        return repeated
    }

    @Test func agreesWithStringKeysOnGeneratedPrefixLists() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let count = Int.random(in: 0...300, using: &generator)
            let items = (0..<count).map { _ -> String in
                let length = Int.random(in: 1...(round % 2 == 0 ? 3 : 17), using: &generator)
                return String((0..<length).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            }
            #expect(ListInput.duplicates(items) == Self.reference(items), "\(items)")
            #expect(ListInput.digitDuplicates(items) != nil)
        }
    }

    @Test func leadingZerosAndLengthsStayApart() {
        #expect(ListInput.duplicates(["49", "049", "0049", "49", "049"]) == ["49", "049"])
        #expect(ListInput.duplicates(["0", "00", "0", "00", "000"]) == ["0", "00"])
        #expect(ListInput.duplicates(["99999999999999999", "99999999999999999"]) == ["99999999999999999"])
    }

    @Test func otherItemsTakeTheGeneralPath() {
        for items in [["4930", "", "4930"], ["+49", "+49"], ["123456789012345678", "123456789012345678"], ["٤٩", "٤٩"]] {
            #expect(ListInput.digitDuplicates(items) == nil, "\(items)")
            #expect(ListInput.duplicates(items) == Self.reference(items), "\(items)")
        }
    }
}
