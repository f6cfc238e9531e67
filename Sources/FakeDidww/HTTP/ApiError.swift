/// One JSON:API error object (`title`, `detail`, `code`, `status` as strings, and `source.pointer`
/// for a validation error), with the HTTP status it belongs to.
struct ApiError: Error, Sendable, Equatable {
    var status: Int
    var code: String
    var title: String
    var detail: String
    var pointer: String?

    /// The error object as it appears in the `errors` array.
    var json: JSONValue {
        var members: [String: JSONValue] = [
            "title": .string(title),
            "detail": .string(detail),
            "code": .string(code),
            "status": .string(String(status)),
        ]
        if let pointer {
            members["source"] = .object(["pointer": .string(pointer)])
        }
        return .object(members)
    }

    /// A 422 validation error on an attribute, detail "<field> - <title>".
    static func invalid(_ field: String, _ title: String, pointer: String? = nil) -> ApiError {
        ApiError(status: 422, code: "100", title: title, detail: "\(field) - \(title)",
                 pointer: pointer ?? "/data/attributes/\(field)")
    }

    /// A 422 validation error on an `authentication_method` sub-attribute.
    static func invalidAuthentication(_ field: String, _ title: String) -> ApiError {
        invalid(field, title, pointer: "/data/attributes/authentication_method/attributes/\(field)")
    }

    /// 400, code 105: a parameter or attribute the server does not accept.
    static func paramNotAllowed(_ name: String) -> ApiError {
        ApiError(status: 400, code: "105", title: "Param not allowed", detail: "\(name) is not allowed.")
    }

    /// 400, code 106: a required request member is absent.
    static func paramMissing(_ name: String) -> ApiError {
        ApiError(status: 400, code: "106", title: "Missing Parameter",
                 detail: "The required parameter, \(name), is missing.")
    }

    /// 400, code 102: an unknown filter.
    static func filterNotAllowed(_ name: String) -> ApiError {
        ApiError(status: 400, code: "102", title: "Filter not allowed", detail: "\(name) is not allowed.")
    }

    /// 400, code 107: a known filter with a value it does not take.
    static func invalidFilterValue(_ name: String, _ value: String) -> ApiError {
        ApiError(status: 400, code: "107", title: "Invalid filter value",
                 detail: "\(value) is not a valid value for \(name).")
    }

    /// 400, code 118: a page number or size that is malformed or out of range.
    static func invalidPageValue(_ name: String, _ value: String) -> ApiError {
        ApiError(status: 400, code: "118", title: "Invalid page value",
                 detail: "\(value) is not a valid value for \(name) page parameter.")
    }

    /// 400, code 114: an unknown sort field.
    static func invalidSort(_ field: String) -> ApiError {
        ApiError(status: 400, code: "114", title: "Invalid sort criteria",
                 detail: "\(field) is not a valid sort criteria for voice_out_trunks")
    }

    /// 400, code 112: an unknown include path.
    static func invalidInclude(_ path: String) -> ApiError {
        ApiError(status: 400, code: "112", title: "Invalid field",
                 detail: "\(path) is not a valid includable relationship of voice_out_trunks")
    }

    /// 400, code 104: an unknown sparse-fieldset member.
    static func invalidField(_ field: String, type: String) -> ApiError {
        ApiError(status: 400, code: "104", title: "Invalid field",
                 detail: "\(field) is not a valid field for \(type).")
    }

    /// 400, code 101: a resource type the endpoint does not know.
    static func invalidResource(_ type: String) -> ApiError {
        ApiError(status: 400, code: "101", title: "Invalid resource", detail: "\(type) is not a valid resource.")
    }

    /// 400, code 400: a body that is not a JSON object.
    static func malformedBody(_ detail: String) -> ApiError {
        ApiError(status: 400, code: "400", title: "Bad request", detail: detail)
    }

    /// 400, code 115: relationship linkage that is not `{"data": [{"type": "dids", "id": ...}]}`.
    static func invalidLinkage(_ relationship: String) -> ApiError {
        ApiError(status: 400, code: "115", title: "Invalid links object",
                 detail: "\(relationship) data must be resource identifier objects.")
    }

    /// 404, code 404: an unknown id.
    static func recordNotFound(_ id: String) -> ApiError {
        ApiError(status: 404, code: "404", title: "Record not found",
                 detail: "The record identified by \(id) could not be found.")
    }

    /// 404 for a path the API does not serve.
    static func routeNotFound(_ path: String) -> ApiError {
        ApiError(status: 404, code: "404", title: "Not found", detail: "\(path) is not a known path.")
    }

    /// 405 for a known path with a method it does not take.
    static func methodNotAllowed(_ method: String, _ path: String) -> ApiError {
        ApiError(status: 405, code: "405", title: "Method not allowed", detail: "\(method) is not allowed on \(path).")
    }

    /// 409, code 409: the body's type or id does not match the endpoint.
    static func conflict(_ detail: String) -> ApiError {
        ApiError(status: 409, code: "409", title: "Conflict", detail: detail)
    }

    /// 401 for a missing or wrong `Api-Key`.
    static let unauthorized = ApiError(
        status: 401, code: "401", title: "Unauthorized", detail: "missing or invalid api-key")

    /// 406 when `Accept` names JSON:API only with media-type parameters.
    static let notAcceptable = ApiError(
        status: 406, code: "406", title: "Not acceptable",
        detail: "All requests must use the 'application/vnd.api+json' Accept without media type parameters.")

    /// 415 when a body's `Content-Type` is not the bare JSON:API media type.
    static let unsupportedMediaType = ApiError(
        status: 415, code: "415", title: "Unsupported media type",
        detail: "All requests that create or update must use the 'application/vnd.api+json' Content-Type.")
}
