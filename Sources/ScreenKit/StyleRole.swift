/// A semantic style for a cell; themes map roles to colours and attributes.
public enum StyleRole: String, CaseIterable, Sendable, Hashable, Codable {
    case text
    case muted
    case header
    case title
    case selection
    case focusBorder = "focus_border"
    case border
    case statusBar = "status_bar"
    case keyHint = "key_hint"
    case ok
    case warning
    case error
    case maskedSecret = "masked_secret"
    case readOnlyBadge = "read_only_badge"
    case diffAdded = "diff_added"
    case diffRemoved = "diff_removed"
    case fieldError = "field_error"
    case input
    case dialog
}
