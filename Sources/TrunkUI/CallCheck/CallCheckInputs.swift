import FoundationEssentials
import TrunkModel

/// What the user knows about a call, as typed into the call check (`C`): kept for the session, so
/// the same call can be checked on another trunk. Pure: the typed text gives the `CallCheck.Call`
/// and, field by field, why a value is not usable yet.
public struct CallCheckInputs: Equatable, Sendable {
    /// The source address of the SIP request.
    public var sourceIP = TextInput()
    /// A SIP username, or a Twilio account SID (`AC` and 32 hexadecimal digits).
    public var user = TextInput()
    /// The caller ID the call is sent with.
    public var cli = TextInput()
    /// The number as dialled, tech prefix included.
    public var number = TextInput()
    /// The source address of the media (RTP).
    public var mediaIP = TextInput()
    /// True for an emergency call.
    public var emergency = false

    /// Nothing known yet.
    public init() {}

    /// The text field of `field`; nil for the fields that are switched, not typed.
    public func input(_ field: CallCheckField) -> TextInput? {
        switch field {
        case .sourceIP: sourceIP
        case .user: user
        case .cli: cli
        case .number: number
        case .mediaIP: mediaIP
        case .scope, .emergency: nil
        }
    }

    /// Replaces the text field of `field` (nothing for a switched field).
    public mutating func set(_ field: CallCheckField, _ input: TextInput) {
        switch field {
        case .sourceIP: sourceIP = input
        case .user: user = input
        case .cli: cli = input
        case .number: number = input
        case .mediaIP: mediaIP = input
        case .scope, .emergency: break
        }
    }

    /// True when `text` has the form of a Twilio account SID: `AC` and 32 hexadecimal digits.
    public static func isTwilioAccountSid(_ text: String) -> Bool {
        let characters = Array(text.utf8)
        guard characters.count == 34, characters[0] == UInt8(ascii: "A"), characters[1] == UInt8(ascii: "C") else { return false }
        return characters.dropFirst(2).allSatisfy { (48...57).contains($0) || (97...102).contains($0) || (65...70).contains($0) }
    }

    /// True when the user field holds a Twilio account SID rather than a SIP username.
    public var userIsTwilioSid: Bool { Self.isTwilioAccountSid(trimmed(user)) }

    /// The call as typed: empty fields are not known; a field with a problem is left out (its
    /// problem is shown at the field instead of a rule's guess).
    public var call: CallCheck.Call {
        func value(_ field: CallCheckField) -> String? {
            guard let input = input(field), problem(field) == nil else { return nil }
            let text = trimmed(input)
            return text.isEmpty ? nil : text
        }
        let user = value(.user)
        let sid = userIsTwilioSid
        return CallCheck.Call(number: trimmed(number), sourceIP: value(.sourceIP), username: sid ? nil : user,
                              twilioAccountSid: sid ? user : nil, cli: value(.cli), mediaIP: value(.mediaIP), emergency: emergency)
    }

    /// Why the value of `field` cannot be used as typed; nil when it can (or is empty).
    public func problem(_ field: CallCheckField) -> String? {
        guard let input = input(field) else { return nil }
        let text = trimmed(input)
        guard !text.isEmpty else { return nil }
        switch field {
        case .sourceIP, .mediaIP:
            guard let address = IPNetwork(text) else { return "not an IP address" }
            return address.isSingleAddress ? nil : "one address, not a subnet"
        case .cli:
            let allowed = "0123456789+ -().".unicodeScalars
            if text.unicodeScalars.contains(where: { !allowed.contains($0) }) { return "digits only (+, spaces allowed)" }
            return text.contains(where: \.isNumber) ? nil : "no digits"
        case .number:
            return text.contains(where: \.isNumber) ? nil : "no digits"
        default:
            return nil
        }
    }

    /// True when nothing is typed and the call is not marked as an emergency.
    public var isEmpty: Bool {
        CallCheckField.allCases.allSatisfy { input($0).map { trimmed($0).isEmpty } ?? true } && !emergency
    }

    /// True once the number is typed: a check without it is not recorded for the summary.
    public var hasNumber: Bool { !trimmed(number).isEmpty }

    private func trimmed(_ input: TextInput) -> String {
        input.text.trimmingWhitespace()
    }
}

/// The rows of the call check, top to bottom: the trunk (or all loaded trunks), then what is
/// known about the call.
public enum CallCheckField: Int, CaseIterable, Sendable {
    case scope, sourceIP, user, cli, number, mediaIP, emergency

    /// The label in front of the value.
    var label: String {
        switch self {
        case .scope: "Trunk"
        case .sourceIP: "Source IP"
        case .user: "User / SID"
        case .cli: "CLI"
        case .number: "Number"
        case .mediaIP: "Media IP"
        case .emergency: "Emergency"
        }
    }

    /// True for the rows switched with Space instead of typed.
    var isSwitch: Bool { self == .scope || self == .emergency }
}
