import Testing
import YAMLReader

/// A scalar keeps its text as written (escapes applied) and resolves, only when plain, to the
/// booleans and integers the configuration and theme files use; quoted text stays text.
@Suite struct ScalarTests {
    /// The value of `key` in the one-line document `key: <written>`.
    static func value(_ written: String) throws -> YAMLNode {
        let root = try #require(try YAMLNode.read("key: \(written)\n"))
        return try #require(root.mapping?.first?.value)
    }

    @Test("text as written, escapes applied", arguments: [
        ("hello world", "hello world"),
        ("  spaced  ", "spaced"),
        ("\"tab\\there\"", "tab\there"),
        ("\"quote \\\" inside\"", "quote \" inside"),
        ("\"\\u00e9t\\u00e9\"", "été"),
        ("\"line\\nbreak\"", "line\nbreak"),
        ("'it''s'", "it's"),
        ("'back\\slash'", "back\\slash"),
        ("\"#ffffff\"", "#ffffff"),
        ("'#ffffff'", "#ffffff"),
        ("a#b", "a#b"),
        ("value # a comment", "value"),
        ("\"\"", ""),
        ("", ""),
        ("Grüße, 世界", "Grüße, 世界"),
    ])
    func text(written: String, expected: String) throws {
        #expect(try Self.value(written).string == expected)
    }

    @Test("booleans: YAML 1.1 and 1.2 words, plain only", arguments: [
        ("true", true), ("false", false), ("True", true), ("FALSE", false),
        ("yes", true), ("no", false), ("Yes", true), ("NO", false),
        ("on", true), ("off", false), ("On", true), ("OFF", false),
        ("!!bool true", true),
        ("\"true\"", nil), ("'yes'", nil), ("\"off\"", nil), ("!!str true", nil),
        ("y", nil), ("1", nil), ("enabled", nil), ("", nil),
    ] as [(String, Bool?)])
    func booleans(written: String, expected: Bool?) throws {
        #expect(try Self.value(written).bool == expected)
    }

    @Test("integers: decimal with a sign, 0x, 0o; plain only", arguments: [
        ("42", 42), ("-7", -7), ("+3", 3), ("0", 0), ("007", 7), ("1000", 1000),
        ("0x1F", 31), ("0xff", 255), ("0o17", 15), ("-0x10", -16),
        ("\"42\"", nil), ("'42'", nil), ("!!str 42", nil),
        ("4.5", nil), ("12abc", nil), ("0x", nil), ("0o8", nil), ("-x", nil), ("", nil), ("1e3", nil),
        ("99999999999999999999", nil),
    ] as [(String, Int?)])
    func integers(written: String, expected: Int?) throws {
        #expect(try Self.value(written).int == expected)
    }

    @Test("no value: empty, ~, null, !!null; quoted words are text", arguments: [
        ("", true), ("~", true), ("null", true), ("Null", true), ("NULL", true), ("!!null x", true),
        ("\"\"", false), ("'~'", false), ("\"null\"", false), ("none", false), ("0", false),
    ])
    func nulls(written: String, isNull: Bool) throws {
        #expect(try Self.value(written).scalar?.isNull == isNull)
    }

    @Test("style and explicit tag are kept", arguments: [
        ("plain", YAMLScalar.Style.plain, nil),
        ("'single'", .singleQuoted, nil),
        ("\"double\"", .doubleQuoted, nil),
        ("!!str 5", .plain, YAMLScalar.stringTag),
        ("!!null", .plain, YAMLScalar.nullTag),
    ] as [(String, YAMLScalar.Style, String?)])
    func styleAndTag(written: String, style: YAMLScalar.Style, tag: String?) throws {
        let scalar = try #require(try Self.value(written).scalar)
        #expect(scalar.style == style)
        #expect(scalar.tag == tag)
    }

    @Test func blockScalarsKeepTheirLinesOrFoldThem() throws {
        let root = try #require(try YAMLNode.read("literal: |\n  one\n  two\nfolded: >\n  one\n  two\n"))
        let values = try #require(root.mapping).map(\.value.scalar)
        #expect(values.map { $0?.text } == ["one\ntwo\n", "one two\n"])
        #expect(values.map { $0?.style } == [.literal, .folded])
    }
}
