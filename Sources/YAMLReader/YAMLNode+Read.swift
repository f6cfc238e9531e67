import CYAML

extension YAMLNode {
    /// The one document of `text` as a tree, or nil when the text holds none (empty, or only
    /// comments). libyaml parses; this turns its events into nodes, follows aliases to their
    /// anchored nodes, and refuses a key given twice in one mapping and a second document.
    /// Throws `YAMLError` with the line of the first problem.
    public static func read(_ text: String) throws(YAMLError) -> YAMLNode? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes.append(0x0A) }
        var composer = EventComposer()
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw YAMLError(line: 1, "out of memory") }
        defer { yaml_parser_delete(&parser) }
        let failure = bytes.withUnsafeBufferPointer { buffer -> YAMLError? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return parserError(parser, bytes: buffer) }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                do throws(YAMLError) { try composer.take(event) } catch { return error }
            }
        }
        if let failure { throw failure }
        return composer.root
    }

    /// libyaml's error, worded as `problem (context that starts on line N)`.
    private static func parserError(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return YAMLError(line: 1, "out of memory")
        case YAML_READER_ERROR:
            let offset = min(parser.problem_offset, bytes.count)
            let line = 1 + bytes[..<offset].count(where: { $0 == 0x0A })
            return YAMLError(line: line, problem)
        default:
            var message = problem
            if let context = parser.context.map({ String(cString: $0) }) {
                message += " (\(context) that starts on line \(parser.context_mark.line + 1))"
            }
            return YAMLError(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1, message)
        }
    }
}

/// Builds the tree from libyaml's events, one at a time, without recursion (a deeply nested
/// text cannot exhaust the stack). Anchors name finished nodes; an alias is a copy of its node.
private struct EventComposer {
    /// A sequence or mapping whose end has not come yet.
    private struct Open {
        var isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        /// The line of each scalar key so far, by its text.
        var keyLines: [String: Int] = [:]
        var anchor: String?
        var line: Int
        var column: Int
    }

    private(set) var root: YAMLNode?
    private var open: [Open] = []
    private var anchors: [String: YAMLNode] = [:]
    private var documents = 0

    mutating func take(_ event: yaml_event_t) throws(YAMLError) {
        let line = event.start_mark.line + 1
        let column = event.start_mark.column + 1
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw YAMLError(line: line, column: column, "a second document starts here; the file holds one")
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let scalar = YAMLScalar(text, style: Self.style(data.style), tag: Self.string(data.tag))
            try add(YAMLNode(.scalar(scalar), line: line, column: column), anchor: Self.string(data.anchor))
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let node = anchors[name] else {
                throw YAMLError(line: line, column: column, "alias *\(name) names no anchor before it")
            }
            try add(node, anchor: nil)
        case YAML_SEQUENCE_START_EVENT:
            open.append(Open(isMapping: false, anchor: Self.string(event.data.sequence_start.anchor), line: line, column: column))
        case YAML_MAPPING_START_EVENT:
            open.append(Open(isMapping: true, anchor: Self.string(event.data.mapping_start.anchor), line: line, column: column))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let done = open.popLast() else { return }
            let content: YAMLNode.Content = done.isMapping ? .mapping(done.pairs) : .sequence(done.items)
            try add(YAMLNode(content, line: done.line, column: done.column), anchor: done.anchor)
        default:
            break
        }
    }

    /// Puts a finished node where it belongs: the root, the next item, a key, or a key's value.
    private mutating func add(_ node: YAMLNode, anchor: String?) throws(YAMLError) {
        if let anchor { anchors[anchor] = node }
        guard var parent = open.popLast() else { root = node; return }
        defer { open.append(parent) }
        guard parent.isMapping else { parent.items.append(node); return }
        guard let key = parent.pendingKey else { parent.pendingKey = node; return }
        if let text = key.scalar?.text {
            if let first = parent.keyLines[text] {
                throw YAMLError(line: key.line, column: key.column, "key \(text) is given twice in one mapping (first on line \(first))")
            }
            parent.keyLines[text] = key.line
        }
        parent.pairs.append(YAMLPair(key, node))
        parent.pendingKey = nil
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
