/// An outbound SIP trunk (`voice_out_trunks`, API 2026-04-16) as the server returned it.
///
/// Every attribute is optional: a field the server left out or sent as null is nil, so a newer
/// or older server never breaks decoding. The UI shows nil as "—" (or what null means). A field
/// the server sent with a value of the wrong type is nil too, and noted in `unreadable`.
public struct Trunk: Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String?
    public var externalReferenceId: String?
    public var status: TrunkStatus?
    /// Simultaneous calls; nil means unlimited.
    public var capacityLimit: Int?
    public var allowAnyDidAsCli: Bool?
    public var onCliMismatchAction: CliMismatchAction?
    public var defaultDstAction: DestinationAction?
    public var dstPrefixes: [String]?
    public var mediaEncryptionMode: MediaEncryptionMode?
    /// Allowed RTP sources; nil means no restriction.
    public var allowedRtpIps: [String]?
    public var forceSymmetricRtp: Bool?
    public var rtpPing: Bool?
    public var rtpTimeout: Int?
    /// The rolling 24-hour spend limit in USD, as the decimal string the API sends.
    public var thresholdAmount: String?
    public var thresholdReached: Bool?
    public var callbackUrl: String?
    public var emergencyEnableAll: Bool?
    /// ISO-8601 creation time as sent ("2026-04-23T19:52:20.859Z").
    public var createdAt: String?
    public var authenticationMethod: AuthenticationMethod?
    /// Spend in the current 24-hour window (resource `meta.spent_amount`).
    public var spentAmount: String?
    /// DIDs allowed as CLI; nil when the linkage was not included.
    public var dids: [DidRef]?
    /// DIDs allowed to place emergency calls; nil when the linkage was not included.
    public var emergencyDids: [DidRef]?
    /// Fields the server sent with a value that could not be read as the field's type; such a
    /// field's typed property is nil. `value(_:)` reports them as `FieldValue.unreadable`.
    public var unreadable: [FieldKey: UnreadableValue] = [:]

    /// A trunk with only an id; every attribute nil.
    public init(id: String) {
        self.id = id
    }
}

/// A DID linked to a trunk: its id and, when it was included, its number and state.
public struct DidRef: Equatable, Sendable, Hashable {
    public var id: String
    /// E.164 number without "+", when the DID was in `included`.
    public var number: String?
    /// The DID's `blocked` attribute, when it was included.
    public var blocked: Bool?
    /// The DID's `terminated` attribute, when it was included.
    public var terminated: Bool?
    /// The DID's free-text `description`, when it was included and set.
    public var note: String?

    /// A DID reference.
    public init(id: String, number: String? = nil, blocked: Bool? = nil, terminated: Bool? = nil, note: String? = nil) {
        self.id = id
        self.number = number
        self.blocked = blocked
        self.terminated = terminated
        self.note = note
    }
}

/// `authentication_method`: a type and the attributes that belong to it.
public struct AuthenticationMethod: Equatable, Sendable {
    public var type: AuthenticationType
    /// SIP source addresses (credentials_and_ip, ip_only).
    public var allowedSipIps: [String]?
    /// Digits and `#` dialled before every number (credentials_and_ip, ip_only).
    public var techPrefix: String?
    /// Server-generated SIP username (credentials_and_ip, read-only).
    public var username: String?
    /// Server-generated SIP password (credentials_and_ip, read-only, a secret).
    public var password: String?
    /// Twilio account SID (twilio, a secret).
    public var twilioAccountSid: String?

    /// A method of `type` with the given attributes.
    public init(type: AuthenticationType, allowedSipIps: [String]? = nil, techPrefix: String? = nil,
                username: String? = nil, password: String? = nil, twilioAccountSid: String? = nil) {
        self.type = type
        self.allowedSipIps = allowedSipIps
        self.techPrefix = techPrefix
        self.username = username
        self.password = password
        self.twilioAccountSid = twilioAccountSid
    }
}
