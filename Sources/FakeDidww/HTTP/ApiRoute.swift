/// Which endpoint a request addresses; everything lives under `/v3`.
enum ApiRoute: Equatable, Sendable {
    case listTrunks
    case showTrunk(id: String)
    case createTrunk
    case updateTrunk(id: String)
    case deleteTrunk(id: String)
    case regenerateCredentials
    /// `GET /v3/dids`: the account's DIDs (for picking a trunk's `dids` and `emergency_dids`).
    case listDids
    case methodNotAllowed
    case notFound

    /// Resolves a method and a decoded path such as `/v3/voice_out_trunks/<id>`.
    init(method: String, path: String) {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard segments.first == "v3" else {
            self = .notFound
            return
        }
        switch (segments.dropFirst().first, segments.count) {
        case ("voice_out_trunks", 2):
            switch method {
            case "GET": self = .listTrunks
            case "POST": self = .createTrunk
            default: self = .methodNotAllowed
            }
        case ("voice_out_trunks", 3):
            let id = segments[2]
            switch method {
            case "GET": self = .showTrunk(id: id)
            case "PATCH", "PUT": self = .updateTrunk(id: id)
            case "DELETE": self = .deleteTrunk(id: id)
            default: self = .methodNotAllowed
            }
        case ("dids", 2):
            self = method == "GET" ? .listDids : .methodNotAllowed
        case ("voice_out_trunk_regenerate_credentials", 2):
            self = method == "POST" ? .regenerateCredentials : .methodNotAllowed
        default:
            self = .notFound
        }
    }

    /// The query parameter families this endpoint accepts (`filter`, `page`, `sort`, ...).
    var acceptedQueryParameters: Set<String> {
        switch self {
        case .listTrunks: ["filter", "page", "sort", "include", "fields"]
        case .showTrunk, .createTrunk, .updateTrunk: ["include", "fields"]
        case .listDids: ["filter", "page", "fields"]
        case .deleteTrunk, .regenerateCredentials, .methodNotAllowed, .notFound: []
        }
    }
}
