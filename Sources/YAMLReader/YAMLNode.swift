/// One node of a YAML document as written: a scalar, a sequence or a mapping, with the line and
/// column it starts on (both from 1). Built by `YAMLNode.read`; a pure value.
public struct YAMLNode: Equatable, Sendable {
    /// What the node holds.
    public enum Content: Equatable, Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        /// The pairs in the order written.
        case mapping([YAMLPair])
    }

    public var content: Content
    public var line: Int
    public var column: Int

    /// A node holding `content`, starting at `line` and `column`.
    public init(_ content: Content, line: Int, column: Int = 1) {
        self.content = content
        self.line = line
        self.column = column
    }

    /// The scalar, when this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, when this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The key and value pairs in the order written, when this node is a mapping.
    public var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = content { return pairs.map { ($0.key, $0.value) } }
        return nil
    }

    /// The scalar's text as written (quoted or not), when this node is a scalar.
    public var string: String? { scalar?.text }

    /// The scalar as a boolean (`true/false`, `yes/no`, `on/off`), when it is one.
    public var bool: Bool? { scalar?.bool }

    /// The scalar as an integer, when it is one.
    public var int: Int? { scalar?.int }
}

/// One key and its value in a mapping.
public struct YAMLPair: Equatable, Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    /// The pair `key: value`.
    public init(_ key: YAMLNode, _ value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
