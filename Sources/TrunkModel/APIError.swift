import FoundationEssentials

/// One element of a JSON:API `errors` array.
public struct APIError: Equatable, Sendable {
    public var title: String
    public var detail: String
    /// Application code ("100" validation, "102" filter not allowed, …), not the HTTP status.
    public var code: String
    /// The HTTP status as a string.
    public var status: String
    /// `source.pointer`, e.g. "/data/attributes/rtp_timeout".
    public var pointer: String?

    /// An error element.
    public init(title: String, detail: String = "", code: String = "", status: String = "", pointer: String? = nil) {
        self.title = title
        self.detail = detail
        self.code = code
        self.status = status
        self.pointer = pointer
    }

    /// The form field `pointer` names, nil when it names none (or there is no pointer).
    public var field: FieldKey? { pointer.flatMap(FieldKey.init(pointer:)) }

    /// The errors of a JSON:API errors document; empty when `data` is not one.
    public static func decodeDocument(_ data: Data) -> [APIError] {
        guard let document = try? TrunkDocuments.parse(data), let items = document["errors"]?.array else { return [] }
        return items.map { item in
            APIError(title: item["title"]?.string ?? "",
                     detail: item["detail"]?.string ?? "",
                     code: item["code"]?.string ?? item["code"]?.int.map(String.init) ?? "",
                     status: item["status"]?.string ?? item["status"]?.int.map(String.init) ?? "",
                     pointer: item["source"]?["pointer"]?.string)
        }
    }

    /// A sentence for people: the detail when it says more, else the title.
    public var message: String {
        detail.isEmpty ? title : detail
    }
}

/// An error the UI can show: a plain message, and any server errors that name form fields.
public protocol UserFacingError: Error {
    /// One or two sentences for the status line; never contains a secret.
    var userMessage: String { get }
    /// Validation errors that point at fields (422), empty otherwise.
    var fieldErrors: [APIError] { get }
    /// True when a change may or may not have been made (no answer after sending, or an
    /// unreadable success): read the resource again before deciding anything.
    var outcomeUnknown: Bool { get }
    /// The HTTP status the server answered with, nil when no answer arrived.
    var httpStatus: Int? { get }
}

extension UserFacingError {
    /// By default an error says the outcome is known.
    public var outcomeUnknown: Bool { false }
    /// By default no status is known.
    public var httpStatus: Int? { nil }
}
