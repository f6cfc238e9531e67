import FoundationEssentials

/// tmux's paste buffer, loaded with `tmux load-buffer`: under tmux's default `set-clipboard
/// external`, OSC 52 from a program reaches neither tmux's buffers nor the terminal tmux runs in.
/// `-w` also hands the text to that terminal's clipboard (tmux 3.2 and later); an older tmux that
/// does not know the flag gets the plain form. The text goes through standard input, never the
/// command line (`ps` would show it). Blocks the caller.
enum TmuxBuffer {
    /// Loads `text` into the paste buffer of the tmux server `TMUX` names; throws
    /// `ShellCommand.Failure` with tmux's own words when it cannot.
    static func load(_ text: String) throws {
        do {
            _ = try ShellCommand.output("tmux load-buffer -w -", input: Data(text.utf8))
        } catch let failure as ShellCommand.Failure where failure.message.contains("unknown flag") {
            _ = try ShellCommand.output("tmux load-buffer -", input: Data(text.utf8))
        }
    }
}
