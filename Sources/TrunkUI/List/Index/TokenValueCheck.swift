import TrunkModel

/// A token's value made once per keystroke into what a trunk's field is compared with: the enum
/// case itself, so that checking every loaded trunk builds no text (`FilterQuery.matches` reads
/// the raw value of each). A token of another kind is checked as `FilterQuery.matches` checks it.
enum TokenValueCheck: Sendable {
    case status(TrunkStatus)
    case authentication(AuthenticationType)
    case encryption(MediaEncryptionMode)
    case cliMismatch(CliMismatchAction)
    case destination(DestinationAction)
    case other(FilterQuery.Token)

    init(_ token: FilterQuery.Token) {
        switch token.filter {
        case "status": self = .status(TrunkStatus(raw: token.value))
        case "authentication_method.type": self = .authentication(AuthenticationType(raw: token.value))
        case "media_encryption_mode": self = .encryption(MediaEncryptionMode(raw: token.value))
        case "on_cli_mismatch_action": self = .cliMismatch(CliMismatchAction(raw: token.value))
        case "default_dst_action": self = .destination(DestinationAction(raw: token.value))
        default: self = .other(token)
        }
    }

    /// True when `trunk` has the value (as `FilterQuery.matches` says).
    func holds(_ trunk: borrowing Trunk) -> Bool {
        switch self {
        case .status(let value): return trunk.status == value
        case .authentication(let value): return trunk.authenticationMethod?.type == value
        case .encryption(let value): return trunk.mediaEncryptionMode == value
        case .cliMismatch(let value): return trunk.onCliMismatchAction == value
        case .destination(let value): return trunk.defaultDstAction == value
        case .other(let token): return FilterQuery.matches(trunk, token)
        }
    }
}
