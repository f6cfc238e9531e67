/// The JSON:API media type and its header rules: 406 when `Accept` names it only with parameters,
/// 415 when `Content-Type` carries parameters.
enum JSONAPIMediaType {
    /// `application/vnd.api+json`.
    static let name = "application/vnd.api+json"

    /// False when `Accept` names JSON:API only with media-type parameters (→ 406).
    static func acceptIsSatisfiable(_ accept: String?) -> Bool {
        guard let accept else { return true }
        let ranges = accept.split(separator: ",").map(parse)
        let jsonAPIRanges = ranges.filter { $0.type == name }
        guard !jsonAPIRanges.isEmpty else { return true }
        return jsonAPIRanges.contains { !$0.hasParameters }
    }

    /// True when a body's `Content-Type` is exactly the JSON:API type without parameters.
    static func isBareJSONAPI(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let parsed = parse(Substring(contentType))
        return parsed.type == name && !parsed.hasParameters
    }

    /// True when a `Content-Type` names JSON:API with parameters (→ 415 even without a body).
    static func hasParameters(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let parsed = parse(Substring(contentType))
        return parsed.type == name && parsed.hasParameters
    }

    private static func parse(_ range: Substring) -> (type: String, hasParameters: Bool) {
        let parts = range.split(separator: ";", omittingEmptySubsequences: false)
        let type = (parts.first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let parameters = parts.dropFirst().filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return (type, !parameters.isEmpty)
    }
}
