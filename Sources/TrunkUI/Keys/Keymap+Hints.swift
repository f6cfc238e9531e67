import ScreenKit

extension Keymap {
    /// The hint items of `context`'s own bindings, in the map's order: a binding's first key and
    /// its hint ("y quits"); neighbouring bindings with the same hint share one item ("↑↓ choose").
    /// With `allKeys` every key of each binding is named ("↑/k/↓/j choose"), as the help does.
    public func hintItems(in context: KeyContext, allKeys: Bool = false) -> [String] {
        var groups: [(keys: [String], hint: String, dangerous: Bool)] = []
        for binding in bindings(in: context) where !binding.keys.isEmpty {
            let names = (allKeys ? binding.keys : [binding.keys[0]]).map(\.displayName)
            if let last = groups.last, last.hint == binding.hint {
                groups[groups.count - 1].keys += names
                groups[groups.count - 1].dangerous = last.dangerous || binding.dangerous
            } else {
                groups.append((names, binding.hint, binding.dangerous))
            }
        }
        return groups.map { Self.keyNames($0.keys) + " " + $0.hint + (allKeys && $0.dangerous ? " ⚠" : "") }
    }

    /// The hint item of `command` in `context` ("Enter runs"), nil when it has no key there.
    public func hintItem(for command: Command, in context: KeyContext) -> String? {
        guard let binding = bindings.first(where: { $0.context == context && $0.command == command }),
              let key = binding.keys.first else { return nil }
        return key.displayName + " " + binding.hint
    }

    /// Everything a question or prompt's hint says: what typing does, its keys, then what any
    /// other key does ("y quits · any other key goes back").
    public func promptHintItems(in context: KeyContext, allKeys: Bool = false) -> [String] {
        let unbound = context.unboundKeys
        return (unbound.before.map { [$0] } ?? []) + hintItems(in: context, allKeys: allKeys)
            + (unbound.after.map { [$0] } ?? [])
    }

    /// Key names sharing one hint: arrows side by side ("↑↓"), other keys between slashes.
    static func keyNames(_ names: [String]) -> String {
        let arrows: Set<String> = ["↑", "↓", "←", "→"]
        return names.allSatisfy(arrows.contains) ? names.joined() : names.joined(separator: "/")
    }
}
