import Testing
import Foundation
import ScreenKit
import TrunkModel
@testable import TrunkUI

/// Trunks and helpers shared by the UI tests.
enum UIFixtures {
    static func trunk(_ index: Int, name: String, status: TrunkStatus = .active) -> Trunk {
        var trunk = Trunk(id: String(format: "00000000-0000-4000-8000-%012d", index))
        trunk.name = name
        trunk.status = status
        trunk.capacityLimit = index % 2 == 0 ? nil : 10 * index
        trunk.allowAnyDidAsCli = false
        trunk.onCliMismatchAction = .rejectCall
        trunk.defaultDstAction = .rejectAll
        trunk.dstPrefixes = ["44", "49"]
        trunk.mediaEncryptionMode = .disabled
        trunk.allowedRtpIps = ["203.0.113.0/24"]
        trunk.forceSymmetricRtp = false
        trunk.rtpPing = false
        trunk.rtpTimeout = 30
        trunk.thresholdAmount = "3000.0"
        trunk.thresholdReached = false
        trunk.emergencyEnableAll = false
        trunk.createdAt = "2026-04-23T19:52:20.859Z"
        trunk.spentAmount = "12.5"
        trunk.authenticationMethod = AuthenticationMethod(type: .credentialsAndIp, allowedSipIps: ["203.0.113.1/32"],
                                                          username: "dpjgwbbac9", password: "z0hshvbcy7")
        return trunk
    }

    static let trunks: [Trunk] = [
        trunk(1, name: "Berlin Office"),
        trunk(2, name: "東京 outbound"),
        trunk(3, name: "Zürich Ost", status: .blocked),
    ]

    /// A state with the three trunks loaded.
    static func loadedState() -> AppState {
        var state = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_000))
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: trunks, totalRecords: 3), number: 1, generation: 0)
        return state
    }
}

extension AppState {
    /// Replaces the loaded list with `trunks`, as a refresh (`r`) answered by one page would.
    mutating func showOnly(_ trunks: [Trunk]) {
        _ = handle(.key(.char("r")))
        _ = deliverPage(TrunkPage(trunks: trunks, totalRecords: trunks.count), number: 1, generation: listGeneration)
    }

    /// Changes the open form in place, as a test's setup (nothing when no form is open).
    mutating func editForm(_ change: (inout FormState) -> Void) {
        guard var current = form else { return }
        change(&current)
        focus = .form(current)
    }

    /// Feeds keys and returns every effect they produced.
    mutating func press(_ keys: [Key]) -> [Effect] {
        keys.flatMap { handle(.key($0)) }
    }

    /// Types text one character at a time.
    mutating func type(_ text: String) -> [Effect] {
        press(text.map { Key.char($0) })
    }
}
