/// A colour as a theme names it: the terminal's default, a palette index, or an RGB value.
public enum TermColor: Equatable, Sendable, Hashable {
    /// The terminal's own default foreground or background.
    case terminalDefault
    /// A palette index: 0–15 follow the user's terminal scheme, 16–255 the xterm cube and greys.
    case indexed(Int)
    /// A 24-bit colour, mapped to the nearest colour the terminal can show.
    case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes a style may add.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1)
    public static let dim = TextAttributes(rawValue: 2)
    public static let underline = TextAttributes(rawValue: 4)
    public static let reverse = TextAttributes(rawValue: 8)
    public static let italic = TextAttributes(rawValue: 16)
}

/// How one role is drawn: foreground, background and attributes.
public struct CellStyle: Equatable, Sendable, Hashable {
    public var foreground: TermColor
    public var background: TermColor
    public var attributes: TextAttributes

    /// A style; defaults to the terminal's own colours with no attributes.
    public init(foreground: TermColor = .terminalDefault, background: TermColor = .terminalDefault,
                attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// A colour theme: a style for every role. Loaded from YAML by the UI; drawn by the driver.
public struct Theme: Equatable, Sendable {
    /// The theme's name ("default", "mono", …).
    public var name: String
    /// Styles by role on the page; a role without an entry is drawn as `.text`.
    public var styles: [StyleRole: CellStyle]
    /// Styles by role inside a dialog, where they differ from `styles` (a role without a
    /// background of its own takes the dialog's); a role without an entry looks as on the page.
    public var dialogStyles: [StyleRole: CellStyle]
    /// The whole theme as drawn with fewer colours, where the theme file gives it other colours
    /// there: `.palette256` for 256 colours, `.ansi8` for 8 and 16. See `drawn(at:)`.
    public var variants: [ColorDepth: Theme]

    /// A theme called `name` with the given styles (and dialog styles, if they differ), and the
    /// variants it has for fewer colours.
    public init(name: String, styles: [StyleRole: CellStyle], dialogStyles: [StyleRole: CellStyle] = [:],
                variants: [ColorDepth: Theme] = [:]) {
        self.name = name
        self.styles = styles
        self.dialogStyles = dialogStyles
        self.variants = variants
    }

    /// The theme to draw at `depth`: its 256-colour variant at 256 colours, its 8-colour variant
    /// at 8 and 16 colours (each falls back to the richer one), itself otherwise.
    public func drawn(at depth: ColorDepth) -> Theme {
        switch depth {
        case .direct, .monochrome: return self
        case .palette256: return variants[.palette256] ?? self
        case .ansi16, .ansi8: return variants[.ansi8] ?? variants[.palette256] ?? self
        }
    }

    /// The style of `role` on the page, falling back to the text style.
    public func style(for role: StyleRole) -> CellStyle {
        styles[role] ?? styles[.text] ?? CellStyle()
    }

    /// The style of `role` on `surface`.
    public func style(for role: StyleRole, on surface: Surface) -> CellStyle {
        switch surface {
        case .page: return style(for: role)
        case .dialog: return dialogStyles[role] ?? style(for: role)
        }
    }

    /// A theme without colour: state shown by bold, underline and reverse only (NO_COLOR).
    public static let mono = Theme(name: "mono", styles: [
        .text: CellStyle(),
        .muted: CellStyle(attributes: .dim),
        .header: CellStyle(attributes: .bold),
        .title: CellStyle(attributes: .bold),
        .selection: CellStyle(attributes: .reverse),
        .focusBorder: CellStyle(attributes: .bold),
        .border: CellStyle(),
        .statusBar: CellStyle(attributes: .reverse),
        .keyHint: CellStyle(attributes: [.reverse, .bold]),
        .ok: CellStyle(),
        .warning: CellStyle(attributes: .bold),
        .error: CellStyle(attributes: [.bold, .underline]),
        .maskedSecret: CellStyle(attributes: .dim),
        .readOnlyBadge: CellStyle(attributes: .reverse),
        .diffAdded: CellStyle(attributes: .bold),
        .diffRemoved: CellStyle(attributes: .dim),
        .fieldError: CellStyle(attributes: .underline),
        .input: CellStyle(attributes: .underline),
        .dialog: CellStyle(),
    ])
}
