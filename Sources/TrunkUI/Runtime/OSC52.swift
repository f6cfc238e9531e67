import FoundationEssentials

/// Builds the OSC 52 "set clipboard" control sequence, which works over SSH because the local
/// terminal, not the remote host, owns the clipboard. Inside tmux the plain sequence is sent
/// (tmux keeps it with `set-clipboard on`) and again wrapped in tmux's DCS passthrough (reaches
/// the outer terminal with `allow-passthrough on`); inside GNU screen it is wrapped in DCS
/// chunks. Pure.
public enum OSC52 {
    /// The most text copied at once (as k9s: terminals cap OSC 52 at about 100 kB of base64).
    public static let maximumBytes = 74_994

    /// The bytes to write to the terminal to put `text` on the clipboard, for `environment`.
    public static func sequence(for text: String, environment: [String: String]) -> String {
        let plain = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        if let tmux = environment["TMUX"], !tmux.isEmpty {
            return plain + tmuxPassthrough(plain)
        }
        if environment["STY"] != nil || (environment["TERM"] ?? "").hasPrefix("screen") {
            return screenPassthrough(plain)
        }
        return plain
    }

    /// tmux's DCS passthrough: every ESC inside is doubled.
    static func tmuxPassthrough(_ sequence: String) -> String {
        "\u{1B}Ptmux;" + sequence.replacing("\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
    }

    /// GNU screen's DCS passthrough, in chunks of at most 768 bytes (screen's buffer).
    static func screenPassthrough(_ sequence: String) -> String {
        let bytes = Array(sequence.utf8)
        return stride(from: 0, to: bytes.count, by: 768).map { start in
            "\u{1B}P" + String(decoding: bytes[start..<min(start + 768, bytes.count)], as: UTF8.self) + "\u{1B}\\"
        }.joined()
    }
}
