/// What a cell lies on: the page, or a dialog drawn over it. A theme role that has no background
/// (or foreground) of its own takes it from the surface: the text role's on the page, the dialog
/// role's inside a dialog, so a dialog shows no stripes of page colour.
public enum Surface: UInt8, CaseIterable, Sendable, Hashable {
    /// The screen itself: panes, header, status bar.
    case page
    /// Inside a dialog or overlay box.
    case dialog
}
