import ScreenKit

/// Applies the configuration's key remaps to a key map and reports conflicts naming both
/// bindings. A remap that conflicts is not applied (the default stays), so no key ever means two
/// things: two bindings conflict when their contexts meet (the same context, or one reached from
/// the other through `KeyContext.fallback`, as every pane reaches the global keys) or when one
/// of them acts everywhere (redraw, suspend, the interrupt). A character is not bound where keys
/// are typed into text, since it could no longer be typed there, nor in the list editor when an
/// address or prefix can start with it. Pure.
public enum KeyRemapper {
    /// The key map with `remaps` applied, and one message per problem.
    public static func apply(_ remaps: [TrunksConfig.KeyRemap], to keymap: Keymap, source: String = "config")
        -> (keymap: Keymap, problems: [String]) {
        var result = keymap
        var problems: [String] = []
        for remap in remaps {
            let place = "\(source):\(remap.line)"
            guard let context = context(named: remap.context) else {
                problems.append("\(place): unknown key context \(remap.context) (\(KeyContext.allCases.map { slug($0.rawValue) }.joined(separator: ", ")))")
                continue
            }
            guard let index = result.bindings.firstIndex(where: { $0.context == context && normalized($0.command.rawValue) == normalized(remap.command) }) else {
                let known = result.bindings.filter { $0.context == context }.map(\.command.rawValue)
                problems.append("\(place): no command \(remap.command) in \(slug(context.rawValue)) (\(known.joined(separator: ", ")))")
                continue
            }
            var keys: [Key] = []
            for name in remap.keys {
                if let key = KeyName.parse(name) { keys.append(key) }
                else { problems.append("\(place): unknown key name \(name) (a character, ctrl-x, enter, esc, tab, shift-tab, up, down, left, right, home, end, pgup, pgdn, space, backspace, delete, f1-f12)") }
            }
            guard !keys.isEmpty else { continue }
            let binding = result.bindings[index]
            let typedThere = typedContexts(for: binding)
            if let typed = keys.first(where: { if case .char = $0 { true } else { false } }), let typing = typedThere.first {
                problems.append("\(place): key \(typed.displayName) for \(slug(context.rawValue)) \"\(binding.description)\" would no longer be typed in \(slug(typing.rawValue)); kept \(binding.keys.map(\.displayName).joined(separator: ", "))")
                continue
            }
            if binding.context == .listEditor, let typed = keys.first(where: Self.startsListItem) {
                problems.append("\(place): key \(typed.displayName) for \(slug(context.rawValue)) \"\(binding.description)\" could no longer start an address or prefix typed there; kept \(binding.keys.map(\.displayName).joined(separator: ", "))")
                continue
            }
            let clashes = result.bindings.enumerated().filter { other in
                other.offset != index && other.element.keys.contains(where: keys.contains)
                    && meet(binding, other.element)
                    && !agree(binding.command, other.element.command)
            }
            if let clash = clashes.first?.element {
                let key = keys.first(where: clash.keys.contains)!
                problems.append("\(place): key \(key.displayName) for \(slug(context.rawValue)) \"\(binding.description)\" conflicts with \(slug(clash.context.rawValue)) \"\(clash.description)\" (\(clash.keys.map(\.displayName).joined(separator: ", "))); kept \(binding.keys.map(\.displayName).joined(separator: ", "))")
                continue
            }
            result.bindings[index].keys = keys
        }
        return (result, problems)
    }

    /// True for a character that starts adding an item in the list editor (a digit, a hex letter
    /// but its own `a` and `d`, `.` or `:`): typed there, it starts the item, so it is not bound there.
    private static func startsListItem(_ key: Key) -> Bool {
        if case .char(let character) = key { return ListEditorState.canStartItem(character) }
        return false
    }

    /// Commands that act before any context sees the key, in every pane, question and prompt.
    static let actingEverywhere: Set<Command> = [.redraw, .suspend, .interrupt]

    /// True when one key may mean both commands: they are the same, or one is what the other
    /// does there (the interrupt, pressed at "Quit?", quits).
    private static func agree(_ one: Command, _ other: Command) -> Bool {
        one == other || Set([one, other]) == [.interrupt, .confirmQuit]
    }

    /// True when a key could mean both bindings at once.
    private static func meet(_ one: KeyBinding, _ other: KeyBinding) -> Bool {
        one.context.reaches(other.context) || other.context.reaches(one.context)
            || (one.context == .global && actingEverywhere.contains(one.command))
            || (other.context == .global && actingEverywhere.contains(other.command))
    }

    /// The contexts where keys are typed into text that `binding`'s keys would act in.
    private static func typedContexts(for binding: KeyBinding) -> [KeyContext] {
        if binding.context == .global && actingEverywhere.contains(binding.command) {
            return KeyContext.allCases.filter(\.unboundKeys.typesText)
        }
        return binding.context.unboundKeys.typesText ? [binding.context] : []
    }

    private static func context(named name: String) -> KeyContext? {
        KeyContext.allCases.first { slug($0.rawValue) == slug(name) || normalized("\($0)") == normalized(name) }
    }

    private static func slug(_ text: String) -> String {
        String(text.lowercased().map { $0 == " " ? "_" : $0 })
    }

    private static func normalized(_ text: String) -> String {
        text.lowercased().filter { $0 != "_" && $0 != "-" }
    }
}

/// Key names as the configuration writes them: `e`, `ctrl-s`, `enter`, `pgdn`, `f5`.
public enum KeyName {
    /// The key `name` stands for, or nil.
    public static func parse(_ name: String) -> Key? {
        if name.count == 1, let character = name.first { return .char(character) }
        let lower = name.lowercased()
        if lower.hasPrefix("ctrl-") || lower.hasPrefix("c-"), let letter = lower.split(separator: "-").last, letter.count == 1 {
            return .ctrl(letter.first!)
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) { return .function(number) }
        let named: [String: Key] = [
            "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
            "shift-tab": .backTab, "backtab": .backTab, "up": .up, "down": .down, "left": .left, "right": .right,
            "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
            "space": .char(" "), "backspace": .backspace, "delete": .delete, "del": .delete,
        ]
        return named[lower]
    }
}
