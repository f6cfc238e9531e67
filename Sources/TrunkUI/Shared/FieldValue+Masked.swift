import TrunkModel

extension FieldValue {
    /// The value for people, a secret shown as dots (dialogs that never reveal it).
    func masked(for field: TrunkField) -> String {
        field.isSecret && self != .null ? "••••••••" : display(for: field)
    }
}
