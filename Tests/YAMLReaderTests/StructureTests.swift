import Testing
import YAMLReader

/// Mappings keep their pairs in order, sequences their items, every node its line; aliases are
/// their anchored nodes; problems (libyaml's syntax errors, an unknown alias, a key given twice,
/// a second document) are errors with their line.
@Suite struct StructureTests {
    /// Every scalar of `node` as `line:text`, depth first, keys before values.
    static func outline(_ node: YAMLNode) -> [String] {
        switch node.content {
        case .scalar(let scalar): ["\(node.line):\(scalar.text)"]
        case .sequence(let items): items.flatMap(outline)
        case .mapping(let pairs): pairs.flatMap { outline($0.key) + outline($0.value) }
        }
    }

    @Test("documents and their scalars with lines", arguments: [
        ("", [String]?.none),
        ("# only a comment\n\n# another\n", nil),
        ("a: 1\n", ["1:a", "1:1"]),
        ("a: 1\nb: two\n", ["1:a", "1:1", "2:b", "2:two"]),
        ("# heading\na: 1 # trailing\n\nb: 2\n", ["2:a", "2:1", "4:b", "4:2"]),
        ("---\na: 1\n...\n", ["2:a", "2:1"]),
        ("outer:\n  inner:\n    deep: x\n  next: y\n", ["1:outer", "2:inner", "3:deep", "3:x", "4:next", "4:y"]),
        ("list:\n  - a\n  - b\n", ["1:list", "2:a", "3:b"]),
        ("list: [a, b]\n", ["1:list", "1:a", "1:b"]),
        ("map: {a: 1, b: 2}\n", ["1:map", "1:a", "1:1", "1:b", "1:2"]),
        ("map: {\n  a: 1,\n  b: [x,\n    y]\n}\n", ["1:map", "2:a", "2:1", "3:b", "3:x", "4:y"]),
        ("- a\n- - b\n  - c\n- d: e\n", ["1:a", "2:b", "3:c", "4:d", "4:e"]),
        ("\"quoted key\": 1\n'other': 2\n", ["1:quoted key", "1:1", "2:other", "2:2"]),
        ("z: 1\na: 2\nm: 3\n", ["1:z", "1:1", "2:a", "2:2", "3:m", "3:3"]),
    ] as [(String, [String]?)])
    func outline(text: String, expected: [String]?) throws {
        #expect(try YAMLNode.read(text).map(Self.outline) == expected)
    }

    @Test func flowAndBlockSequencesAreTheSame() throws {
        let block = try #require(try YAMLNode.read("attrs:\n  - bold\n  - underline\n"))
        let flow = try #require(try YAMLNode.read("attrs: [bold, underline]\n"))
        let items = { (root: YAMLNode) in root.mapping?.first?.value.sequence?.compactMap(\.string) }
        #expect(items(block) == ["bold", "underline"])
        #expect(items(flow) == items(block))
    }

    @Test func nodesKnowWhatTheyAre() throws {
        let root = try #require(try YAMLNode.read("m: {a: 1}\ns: [1]\nv: x\n"))
        let values = try #require(root.mapping).map(\.value)
        #expect(values.map { $0.mapping != nil } == [true, false, false])
        #expect(values.map { $0.sequence != nil } == [false, true, false])
        #expect(values.map { $0.scalar != nil } == [false, false, true])
        #expect(values.map(\.string) == [nil, nil, "x"])
        #expect(root.line == 1 && values[1].line == 2 && values[2].column == 4)
    }

    @Test func anAliasIsItsAnchoredNode() throws {
        let text = """
        base: &base
          fg: red
          attrs: [bold]
        copy: *base
        word: &w hello
        again: *w
        """
        let root = try #require(try YAMLNode.read(text))
        let pairs = try #require(root.mapping)
        #expect(pairs.map { $0.key.string } == ["base", "copy", "word", "again"])
        #expect(pairs[1].value == pairs[0].value)
        #expect(pairs[1].value.mapping?.first?.value.string == "red")
        #expect(pairs[3].value.string == "hello")
    }

    @Test("problems are errors with their line", arguments: [
        ("a: [x, y\nb: c\n", 2, "did not find expected ',' or ']'"),
        ("name: x\nroles:\n  text: { fg: red\n  muted: {}\n", 4, "did not find expected ',' or '}'"),
        ("a: 1\n b: 2\n", 2, "mapping values are not allowed in this context"),
        ("a: 1\n\tb: 2\n", 2, "found a tab character that violates indentation"),
        ("a: @x\n", 1, "found character that cannot start any token"),
        ("a: \"open\nb: 1\n", 3, "found unexpected end of stream"),
        ("a: *nowhere\n", 1, "alias *nowhere names no anchor before it"),
        ("a: 1\nb: 2\na: 3\n", 3, "key a is given twice in one mapping (first on line 1)"),
        ("outer:\n  x: 1\n  x: 2\n", 3, "key x is given twice in one mapping (first on line 2)"),
        ("m: {k: 1, k: 2}\n", 1, "key k is given twice in one mapping (first on line 1)"),
        ("a: 1\n---\nb: 2\n", 2, "a second document starts here; the file holds one"),
        ("a: 1\u{7}\n", 1, "control characters are not allowed"),
    ])
    func problems(text: String, line: Int, message: String) {
        #expect {
            _ = try YAMLNode.read(text)
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.line == line && error.message.hasPrefix(message)
        }
    }

    @Test func syntaxErrorsSayWhatTheyWereInside() throws {
        let error = #expect(throws: YAMLError.self) { try YAMLNode.read("list:\n  - [a, b\n  - c\n") }
        #expect(error?.message.contains("while parsing a flow sequence that starts on line 2") == true, "\(String(describing: error))")
    }

    @Test func deepNestingIsReadWithoutRecursion() throws {
        let depth = 5_000
        let root = try #require(try YAMLNode.read(String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)))
        var node = root
        var levels = 0
        while let items = node.sequence { node = items[0]; levels += 1 }
        #expect(levels == depth && node.string == "x")
    }
}
