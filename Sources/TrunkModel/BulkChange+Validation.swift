extension BulkChange {
    /// The change of `trunks`, each checked with `validator` against its own authentication type
    /// (a value one trunk cannot take refuses that trunk only). Blocking and unblocking are valid
    /// for every trunk.
    public init(_ trunks: [Trunk], _ edit: BulkEdit, validator: TrunkValidator) {
        if case .status = edit {
            self.init(trunks, edit)
            return
        }
        let keys = edit.keys
        self.init(trunks, edit) { _, draft in Self.refusal(of: draft, keys: keys, validator: validator) }
    }

    /// Why the fields `keys` of `draft` cannot be sent, in one line: a field its authentication
    /// type does not have, an authentication field of an IP-only trunk (only DIDWW support changes
    /// those), or the validator's errors; nil when they can.
    public static func refusal(of draft: Trunk, keys: [FieldKey], validator: TrunkValidator) -> String? {
        let authType = draft.authenticationMethod?.type
        if let field = keys.map(FieldTable.field).first(where: { !$0.applies(to: authType) }) {
            return "\(field.label) does not apply to \(authType?.label ?? "its") trunks"
        }
        if authType == .ipOnly, let field = keys.first(where: \.isAuthentication).map(FieldTable.field) {
            return "\(field.label): IP-only authentication can only be changed by DIDWW support"
        }
        let errors = keys.flatMap { key in
            validator.issues(key, in: draft).filter { $0.severity == .error }.map { "\(FieldTable.field(key).label): \($0.message)" }
        }
        return errors.isEmpty ? nil : errors.joined(separator: "; ")
    }
}
