/// One `field=value` of a command run without the terminal UI (`trunks set`): the field named by
/// its API name (`rtp_timeout`, `authentication_method.allowed_sip_ips`, or the member name alone,
/// `allowed_sip_ips`) or its label in the form (`RTP timeout`), case, spaces, `_` and `-` not
/// counting; the value as typed, read by the form's own validator.
public struct FieldAssignment: Equatable, Sendable {
    public var key: FieldKey
    /// The value as typed (after the first `=`).
    public var text: String

    /// A `field=value` that names no field, or is not of that shape.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// No `=` in the argument.
        case notAnAssignment(String)
        /// No field has that name; the fields whose names are close, in table order.
        case unknownField(String, close: [FieldKey])

        public var description: String {
            switch self {
            case .notAnAssignment(let argument):
                return "\(argument): give field=value, e.g. rtp_timeout=60 or status=blocked"
            case .unknownField(let name, let close):
                let names = close.map { "\($0.rawValue) (\(FieldTable.field($0).label))" }
                return names.isEmpty
                    ? "No field is called \(name). Fields: " + FieldAssignment.settableKeys.map(\.rawValue).joined(separator: ", ")
                    : "No field is called \(name). Did you mean " + names.joined(separator: ", or ") + "?"
            }
        }
    }

    /// An assignment of `text` to `key`.
    public init(key: FieldKey, text: String) {
        self.key = key
        self.text = text
    }

    /// Reads `field=value` (the value may be empty, and may hold `=`).
    public init(parsing argument: String) throws(Problem) {
        guard let equals = argument.firstIndex(of: "=") else { throw .notAnAssignment(argument) }
        let name = String(argument[..<equals]).trimmingWhitespace()
        guard let key = Self.field(named: name) else { throw .unknownField(name, close: Self.close(to: name)) }
        self.init(key: key, text: String(argument[argument.index(after: equals)...]))
    }

    /// The fields a command can be asked to set: the form's writable fields, DID links aside
    /// (they are picked by number in the form).
    public static var settableKeys: [FieldKey] {
        FieldTable.fields.filter { $0.isWritable && $0.widget != .didSet }.map(\.key)
    }

    /// The field called `name`: its API name, its member name inside `authentication_method`,
    /// or its label, compared without case, spaces, `_`, `-`, `.` or brackets.
    public static func field(named name: String) -> FieldKey? {
        let wanted = normalized(name)
        guard !wanted.isEmpty else { return nil }
        return FieldTable.fields.first { names(of: $0).contains { normalized($0) == wanted } }?.key
    }

    /// The fields whose names are close to `name` (a typo or a part of one), in table order.
    public static func close(to name: String) -> [FieldKey] {
        let wanted = normalized(name)
        guard !wanted.isEmpty else { return [] }
        return FieldTable.fields.filter { field in
            names(of: field).map(normalized).contains { candidate in
                let allowed = max(1, min(wanted.count, candidate.count) / 4)
                return editDistance(wanted, candidate) <= allowed
                    || (wanted.count >= 3 && (candidate.contains(wanted) || wanted.contains(candidate) && candidate.count >= 4))
            }
        }.map(\.key)
    }

    /// The value the text stands for, read as the form reads what is typed into the field:
    /// `null` (or nothing) empties a field where the form allows empty, a list is split on commas
    /// and spaces, a picker takes its value or its label in any case, a toggle yes/no/true/false.
    public func value(with validator: TrunkValidator) -> Result<FieldValue, FieldIssue> {
        var typed = text
        if typed.trimmingWhitespace().lowercased() == "null" { typed = "" }
        let field = FieldTable.field(key)
        if case .picker(let tableValues) = field.widget {
            let values = validator.rules.pickerValues(for: key) ?? tableValues
            let wanted = typed.trimmingWhitespace().lowercased()
            if let raw = values.first(where: { $0.lowercased() == wanted || FieldValue.label(of: $0, for: key).lowercased() == wanted }) {
                typed = raw
            }
        }
        return validator.parse(typed, for: key)
    }

    private static func names(of field: TrunkField) -> [String] {
        var names = [field.key.rawValue, field.label]
        if field.key.isAuthentication && field.key != .authType { names.append(field.key.attributeName) }
        return names
    }

    /// Lower case letters and digits only: "Allowed SIP IPs", "allowed_sip_ips" and "allowed-sip-ips" are one name.
    static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// The Levenshtein distance of two short names.
    static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left), b = Array(right)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
