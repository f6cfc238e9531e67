import Foundation
import ScreenKit
import TrunkModel

/// Something that happened: a key, a clock tick, or the answer to an effect.
public enum AppEvent: Sendable {
    case key(Key)
    case tick(Date)
    case pageLoaded(TrunkPage, number: Int, generation: Int)
    case pageFailed(String, generation: Int)
    case trunkLoaded(Trunk)
    case trunkFailed(String)
    case patchSucceeded(Trunk)
    case patchFailed(message: String, fieldErrors: [APIError])
    /// The runner tried `.setTheme`: nil problem means it is drawn now.
    case themeApplied(String, problem: String?)
}

/// Work the reducer asks for; performed by the runner, whose answers come back as events.
public enum Effect: Equatable, Sendable {
    case loadPage(number: Int, size: Int, generation: Int)
    case loadTrunk(id: String)
    case patch(id: String, body: Data)
    case redraw
    /// Put this text on the terminal's clipboard (OSC 52).
    case copyToClipboard(String)
    /// Load theme NAME (or a path) and draw with it.
    case setTheme(String)
    case suspend
    case quit
}

/// A line in the status bar: what just happened.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case info, success, warning, error }
    public var text: String
    public var kind: Kind

    /// A message of `kind`.
    public init(_ text: String, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// The panes the focus can be in.
public enum Pane: Equatable, Sendable { case list, detail, form }
