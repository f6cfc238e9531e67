/// Reads the members of one JSON object into a trunk's fields as leniently as the typed
/// documents always have (a whole double is an integer, an amount may be a number, a list skips
/// items that are not text), and tells apart a member that is absent or null (nil) from one
/// that is there but cannot be read: that one is noted in `unreadable` with what was there.
/// Each read names its JSON key as a literal (no key is built per trunk) and the field it fills.
struct AttributeReader {
    let container: KeyedDecodingContainer<AnyKey>
    /// The fields whose member was present but not readable as the field's type.
    var unreadable: [FieldKey: UnreadableValue] = [:]

    /// A reader of `container`.
    init(_ container: KeyedDecodingContainer<AnyKey>) {
        self.container = container
    }

    /// Text; a member of another type is noted.
    mutating func string(_ key: AnyKey, _ field: FieldKey) -> String? {
        if let value = container.lenientString(key) { return value }
        noteIfPresent(field, key)
        return nil
    }

    /// A boolean; a member of another type (`"true"`, `1`) is noted.
    mutating func bool(_ key: AnyKey, _ field: FieldKey) -> Bool? {
        if let value = container.lenientBool(key) { return value }
        noteIfPresent(field, key)
        return nil
    }

    /// A whole number (or a whole double below 1e15); text, fractions and larger numbers are noted.
    mutating func int(_ key: AnyKey, _ field: FieldKey) -> Int? {
        if let value = container.lenientInt(key) { return value }
        noteIfPresent(field, key)
        return nil
    }

    /// A decimal amount sent as text or as a number; anything else is noted.
    mutating func decimal(_ key: AnyKey, _ field: FieldKey) -> String? {
        if let value = container.lenientDecimal(key) { return value }
        noteIfPresent(field, key)
        return nil
    }

    /// A list of text items (items of another type are skipped); a member that is not a list is noted.
    mutating func strings(_ key: AnyKey, _ field: FieldKey) -> [String]? {
        if let value = container.lenientStrings(key) { return value }
        noteIfPresent(field, key)
        return nil
    }

    /// Notes `field` when its member is present and not null (the typed read already failed).
    mutating func noteIfPresent(_ field: FieldKey, _ key: AnyKey) {
        guard container.contains(key), (try? container.decodeNil(forKey: key)) == false else { return }
        unreadable[field] = describe(key, secret: FieldTable.field(field).isSecret)
    }

    /// What the member `key` holds, in a few words.
    func describe(_ key: AnyKey, secret: Bool) -> UnreadableValue {
        if let value = (try? container.decode(JSONValue.self, forKey: key)) {
            return UnreadableValue(value, secret: secret)
        }
        // Foundation's decoder refuses the value as a whole: a string with bytes that are not
        // UTF-8 (the rest of the document still reads), a number beyond `Double`, or a list or
        // object holding one of those.
        if (try? container.nestedUnkeyedContainer(forKey: key)) != nil {
            return UnreadableValue(summary: "a list with an unreadable item")
        }
        if (try? container.nestedContainer(keyedBy: AnyKey.self, forKey: key)) != nil {
            return UnreadableValue(summary: "an object with an unreadable member")
        }
        do {
            _ = try container.decode(String.self, forKey: key)
        } catch is DecodingError {
            return UnreadableValue(summary: "a number out of range")
        } catch {
            return UnreadableValue(summary: "text that is not valid UTF-8")
        }
        return UnreadableValue(summary: "a value that cannot be read")
    }
}
