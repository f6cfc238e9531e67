/// The groups of the detail view and the form, in the DIDWW panel's order.
public enum FieldGroup: String, CaseIterable, Sendable {
    case general = "General"
    case authentication = "Authentication"
    case media = "Media"
    case termination = "Termination"
    case emergency = "Emergency"
}

/// The widget a field is edited with.
public enum WidgetKind: Equatable, Sendable {
    /// Free text; `emptyMeans` names what an empty value means ("none"), if null is allowed.
    case text(emptyMeans: String?)
    /// A whole number; `emptyMeans` names what empty (null) means ("unlimited").
    case integer(emptyMeans: String?)
    /// A decimal number; `emptyMeans` names what empty (null) means.
    case decimal(emptyMeans: String?)
    /// One of a fixed set of values (raw values, in display order).
    case picker([String])
    /// On or off.
    case toggle
    /// A list of strings edited item by item; `limit` is the most items allowed.
    case list(limit: Int?)
    /// A set of the account's DIDs (`dids`, `emergency_dids` relationships), picked by number.
    case didSet
    /// Shown, never edited.
    case readOnly
}

/// One row of the field table: what the form, the detail view and validation know of a field.
public struct TrunkField: Sendable, Identifiable {
    public var key: FieldKey
    public var label: String
    public var group: FieldGroup
    /// Sub-heading inside the group ("Limits and notifications"), if any.
    public var section: String?
    public var widget: WidgetKind
    /// A short hint shown beside the field ("30–600 seconds").
    public var hint: String?
    /// The authentication types the field belongs to; nil when it belongs to every trunk.
    public var authTypes: Set<AuthenticationType>?
    /// True when the field holds a secret that is masked until revealed.
    public var isSecret: Bool

    public var id: FieldKey { key }

    /// A table row; `authTypes` nil means the field belongs to every trunk.
    public init(key: FieldKey, label: String, group: FieldGroup, section: String? = nil, widget: WidgetKind,
                hint: String? = nil, authTypes: Set<AuthenticationType>? = nil, isSecret: Bool = false) {
        self.key = key
        self.label = label
        self.group = group
        self.section = section
        self.widget = widget
        self.hint = hint
        self.authTypes = authTypes
        self.isSecret = isSecret
    }

    /// True when the user may change the field.
    public var isWritable: Bool { widget != .readOnly }

    /// True when the field applies to a trunk with authentication `type`.
    public func applies(to type: AuthenticationType?) -> Bool {
        guard let authTypes else { return true }
        guard let type else { return false }
        return authTypes.contains(type)
    }
}
