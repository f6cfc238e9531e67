import Foundation
import Testing

/// Shell completion as bash asks the real binary for it (`trunks ---completion …`): subcommands,
/// options and sort columns in the script, trunk names from the account when a key is set, and
/// nothing at all (no error, no wait past the timeout) when not.
@Suite(.terminalSlot) struct CompletionEndToEndTests {
    static func run(_ arguments: [String], key: String? = FakeProcess.apiKey) async throws -> CommandRun {
        var environment = ["HOME": NSTemporaryDirectory() + "trunks-completion-home-\(getpid())", "LANG": "C.UTF-8"]
        environment["DIDWW_API_KEY"] = key
        return try await CommandRun.run([BuiltProducts.trunks] + arguments, environment: environment)
    }

    /// What bash's completion function asks for the word being typed, the last of `words`.
    static func complete(_ words: [String], argument: String, key: String? = FakeProcess.apiKey) async throws -> CommandRun {
        let command = words.first { ["list", "show", "check", "set", "prefixes", "block", "unblock"].contains($0) } ?? "show"
        return try await run(["---completion", command, "--", argument, String(words.count - 1),
                              String(words.last?.count ?? 0)] + words, key: key)
    }

    @Test func theScriptOffersTheSubcommandsOptionsAndSortColumns() async throws {
        let script = try await Self.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        #expect(script.output.contains("theme info audit check list show"), "the subcommands")
        #expect(script.output.contains("--filter") && script.output.contains("--columns") && script.output.contains("--force-reveal"))
        #expect(script.output.contains("'name'$'\\n''status'$'\\n''auth'"), "the sort columns")
        #expect(script.output.contains("'table'$'\\n''json'$'\\n''jsonl'$'\\n''csv'$'\\n''tsv'"), "the output formats")
    }

    @Test func columnsCompleteAfterThoseTyped() async throws {
        let run = try await Self.complete(["trunks", "--demo", "list", "--columns", "name,st"], argument: "--columns")
        #expect(run.status == 0 && run.error.isEmpty, "\(run.error)")
        #expect(run.output == "name,status\n", "\(run.output)")
    }

    @Test func trunkNamesCompleteFromTheAccountWhenAKeyIsSet() async throws {
        let fake = try await FakeProcess()
        let run = try await Self.complete(["trunks", "--base-url", fake.baseURL, "show", "Ber"], argument: "positional@0")
        #expect(run.status == 0 && run.error.isEmpty, "\(run.error)")
        #expect(run.output == "Berlin Office\n", "\(run.output)")
        let check = try await Self.complete(["trunks", "--base-url", fake.baseURL, "check", "--trunk", "Ber"], argument: "--trunk")
        #expect(check.output == "Berlin Office\n", "trunks check --trunk too: \(check.output)\(check.error)")
    }

    @Test func allMatchingCompletesTheFiltersLastTokenAndTheRunbookCommandsTheirTrunksAndWords() async throws {
        let status = try await Self.complete(["trunks", "--demo", "block", "--all-matching", "status:b"], argument: "--all-matching")
        #expect(status.status == 0 && status.error.isEmpty, "\(status.error)")
        #expect(status.output == "status:blocked\n", "\(status.output)")
        let second = try await Self.complete(["trunks", "--demo", "set", "--all-matching", "status:active re"], argument: "--all-matching")
        #expect(second.output == "status:active reached:true\nstatus:active reached:false\nstatus:active ref:\n", "\(second.output)")
        let fake = try await FakeProcess()
        let name = try await Self.complete(["trunks", "--base-url", fake.baseURL, "unblock", "Ber"], argument: "positional@0")
        #expect(name.output == "Berlin Office\n", "\(name.output)\(name.error)")
        let script = try await Self.run(["--generate-completion-script", "bash"]).output
        #expect(script.contains("'add'$'\\n''remove'$'\\n''replace'"), "prefixes' actions")
        #expect(script.contains("'rtp_timeout='$'\\n''media_encryption_mode='"), "set's fields")
    }

    @Test func withoutAKeyOrAnAnswerNamesCompleteToNothingSilentlyAndSoon() async throws {
        let fake = try await FakeProcess()
        let noKey = try await Self.complete(["trunks", "--base-url", fake.baseURL, "show", "Ber"], argument: "positional@0", key: nil)
        #expect(noKey.status == 0 && noKey.output.isEmpty && noKey.error.isEmpty, "\(noKey.output)\(noKey.error)")

        let silent = try SilentListener()
        let started = ContinuousClock.now
        let run = try await Self.complete(["trunks", "--base-url", "http://127.0.0.1:\(silent.port)/v3", "show", "Ber"],
                                          argument: "positional@0")
        let elapsed = ContinuousClock.now - started
        #expect(run.status == 0 && run.output.isEmpty && run.error.isEmpty, "\(run.output)\(run.error)")
        #expect(elapsed < .seconds(3), "gives up after its short timeout: \(elapsed)")
    }
}

/// A TCP socket on 127.0.0.1 that accepts connections (through the kernel's backlog) and never
/// answers: a server that has stopped responding.
final class SilentListener {
    let descriptor: Int32
    let port: UInt16

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 8) == 0 else { close(descriptor); throw E2EError("cannot listen on 127.0.0.1") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.descriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(descriptor) }
}
