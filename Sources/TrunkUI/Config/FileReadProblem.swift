import FoundationEssentials

/// Why a configuration or theme file could not be read, in a few plain words.
enum FileReadProblem {
    /// `error`, thrown while reading a file as UTF-8 text, in words: "permission denied",
    /// "no such file", "not UTF-8 text", or the error as it describes itself.
    static func words(for error: any Error) -> String {
        if let error = error as? CocoaError {
            switch error.code {
            case .fileReadNoSuchFile, .fileNoSuchFile: return "no such file"
            case .fileReadNoPermission: return "permission denied"
            case .fileReadInapplicableStringEncoding, .fileReadCorruptFile: return "not UTF-8 text"
            default: break
            }
        }
        return "\(error)"
    }
}
