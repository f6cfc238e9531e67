import CNcursesw
import FoundationEssentials
import Glibc
import ScreenKit

/// The terminal driver on a real terminal, through ncurses: draws `Grid`s cell by cell (only
/// what changed), reads `Key`s, and handles terminal signals.
///
/// Threading: create, draw, read keys, change theme and stop on one thread (the UI loop);
/// `wake()` is safe from any thread. Only one screen may be active per process, because curses
/// and signal handlers are process-wide. After `nextKey` returns nil, check `pendingSignal`:
/// SIGHUP, SIGTERM and SIGINT are reported there, never acted on by the driver.
/// `@unchecked Sendable` because the curses pointers and the frame are confined to that thread,
/// which the compiler cannot see; other threads only call `wake()`, one write to a pipe. Not an
/// actor: curses is not thread-safe and must stay on the one thread that blocks in `poll` for
/// keys, while an actor's work can move between the cooperative pool's threads.
public final class CursesScreen: TerminalDriver, @unchecked Sendable {
    /// The colour depth in use, chosen from the colour mode, `NO_COLOR`, `COLORTERM` and terminfo.
    public private(set) var colorDepth: ColorDepth = .monochrome
    /// The theme the application asked for (drawn as the mono theme in monochrome).
    public private(set) var theme: Theme
    /// A terminating signal received and not yet taken; the strongest one wins.
    public private(set) var pendingSignal: TerminalSignal?
    /// How many cells the last `draw` wrote to curses (0 when nothing changed).
    public internal(set) var lastDrawCellCount = 0
    /// True between a successful start and `stop()`.
    public private(set) var isActive = false

    let colorMode: ColorMode
    let environment: [String: String]
    let inputDescriptor: Int32
    let outputDescriptor: Int32
    let suspendProcess: () -> Void
    let wakePipe: SelfPipe
    let relay: SignalRelay
    var screen: OpaquePointer?
    var inputFile: UnsafeMutablePointer<FILE>?
    var outputFile: UnsafeMutablePointer<FILE>?
    var palette: RolePalette
    var defaultColors = false
    var previousFrame: Grid?
    var cursorShown: Bool?
    var assembler = KeyAssembler()
    /// True between a reported press of the first button and its release (see `mouseKey`).
    var buttonDown = false
    var currentSize: (rows: Int, columns: Int) = (0, 0)
    var resizePending = false

    /// Starts curses on the controlling terminal (standard input and output) with `theme`.
    /// `colorMode` `.auto` honours `NO_COLOR`; the depth comes from `COLORTERM` and terminfo.
    /// Throws when stdin/stdout is not a terminal, another screen is active, or `TERM` is unset,
    /// unknown or names a terminal that cannot move the cursor (`dumb`); nothing is written then.
    public convenience init(theme: Theme, colorMode: ColorMode = .auto) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CursesError.notATerminal
        }
        try self.init(theme: theme, colorMode: colorMode, terminalType: nil,
                      inputDescriptor: STDIN_FILENO, outputDescriptor: STDOUT_FILENO,
                      environment: ProcessInfo.processInfo.environment,
                      suspendProcess: { kill(getpid(), SIGTSTP) })
    }

    /// Starts curses on the given descriptors (duplicated; the originals stay open).
    /// `terminalType` nil means `TERM`. `suspendProcess` stops the process on SIGTSTP.
    init(theme: Theme, colorMode: ColorMode, terminalType: String?, inputDescriptor: Int32,
         outputDescriptor: Int32, environment: [String: String],
         suspendProcess: @escaping () -> Void) throws {
        self.theme = theme
        self.colorMode = colorMode
        self.environment = environment
        self.suspendProcess = suspendProcess
        self.inputDescriptor = inputDescriptor
        self.outputDescriptor = outputDescriptor
        palette = RolePalette(theme: theme, depth: .monochrome, defaultColors: false)
        wakePipe = try SelfPipe()
        relay = try SignalRelay()
        guard TerminalRescue.claim() else { throw CursesError.alreadyActive }
        do {
            try start(terminalType: terminalType)
        } catch {
            relay.uninstall()
            TerminalRescue.release()
            throw error
        }
    }

    deinit {
        stop()
    }

    /// Current size in rows and columns, as curses knows it.
    public var size: (rows: Int, columns: Int) { currentSize }

    /// Ends curses and restores the terminal and the previous signal handlers. Idempotent; also
    /// run by `deinit`. Draws and key reads after it do nothing.
    public func stop() {
        guard isActive else { return }
        isActive = false
        sendControl(Self.pasteModeOff)
        endwin()
        TerminalRescue.setCursesActive(false)
        if let screen { delscreen(screen) }
        screen = nil
        closeFiles()
        relay.uninstall()
        TerminalRescue.disarm()
        TerminalRescue.release()
    }

    /// Switches to `theme` at once: the colour pairs are redefined and the next `draw` repaints
    /// every cell (curses still sends only what looks different).
    public func setTheme(_ theme: Theme) {
        self.theme = theme
        applyPalette()
        previousFrame = nil
    }

    /// Makes a blocked `nextKey` return nil soon. Safe from any thread, never blocks.
    public func wake() {
        wakePipe.send()
    }

    /// Suspends as Ctrl-Z does in a cooked terminal (raw mode delivers Ctrl-Z as a key): sends
    /// SIGTSTP to the process, so the next `nextKey` restores the terminal, stops, and returns
    /// `.resize` once continued. Without job control (no shell to resume it) nothing stops.
    public func suspend() {
        guard isActive else { return }
        kill(getpid(), SIGTSTP)
    }

    /// Returns the pending signal and clears it.
    public func takeSignal() -> TerminalSignal? {
        defer { pendingSignal = nil }
        return pendingSignal
    }

    /// Records `signal` unless a stronger one is already pending.
    func record(_ signal: TerminalSignal) {
        pendingSignal = max(pendingSignal ?? signal, signal)
    }

    private func start(terminalType: String?) throws {
        let type = terminalType ?? environment["TERM"] ?? ""
        guard !type.isEmpty else { throw CursesError.notFullScreen(terminalType: "") }
        switch trunks_probe_terminal(type) {
        case 0: throw CursesError.notFullScreen(terminalType: type)
        case 1: break
        default: throw CursesError.cannotStart(terminalType: type)
        }
        Self.useUTF8Locale()
        var modes = termios()
        let hasModes = tcgetattr(outputDescriptor, &modes) == 0
        relay.install()
        try openFiles()
        screen = newterm(type, outputFile, inputFile)
        guard let screen else {
            closeFiles()
            throw CursesError.cannotStart(terminalType: type)
        }
        set_term(screen)
        isActive = true
        configureInput()
        startColors()
        updateSize()
        TerminalRescue.arm(outputDescriptor: outputDescriptor, modes: hasModes ? modes : nil,
                           reset: Self.resetSequence())
        sendControl(Self.pasteModeOn)
        clearok(trunks_curscr(), true)
    }

    /// Opens curses' streams on duplicates of the descriptors, so closing them keeps ours open.
    private func openFiles() throws {
        let input = dup(inputDescriptor)
        let output = dup(outputDescriptor)
        inputFile = input < 0 ? nil : fdopen(input, "r")
        outputFile = output < 0 ? nil : fdopen(output, "w")
        guard inputFile != nil, outputFile != nil else {
            let failure = CursesError.systemCallFailed(call: "fdopen", errno: errno)
            if inputFile == nil && input >= 0 { close(input) }
            if outputFile == nil && output >= 0 { close(output) }
            closeFiles()
            throw failure
        }
    }

    private func closeFiles() {
        if let inputFile { fclose(inputFile) }
        if let outputFile { fclose(outputFile) }
        inputFile = nil
        outputFile = nil
    }

    private func configureInput() {
        let window = trunks_stdscr()
        raw()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        idlok(window, true)
        set_escdelay(25)
        wtimeout(window, 0)
    }

    private func startColors() {
        var colors = 0
        let allowed = ColorDepth.allowsColor(mode: colorMode, environment: environment)
        if allowed && has_colors() && start_color() == OK {
            defaultColors = use_default_colors() == OK
            colors = Int(trunks_colors())
        }
        colorDepth = ColorDepth.detect(mode: colorMode, terminalColors: colors, environment: environment)
        applyPalette()
    }

    private func applyPalette() {
        palette = RolePalette(theme: theme, depth: colorDepth, defaultColors: defaultColors)
        guard isActive, colorDepth != .monochrome else { return }
        for definition in palette.pairDefinitions {
            init_extended_pair(Int32(definition.pair), definition.foreground, definition.background)
        }
    }

    /// Whether the terminal's size (from the output descriptor) is not the size curses has.
    func terminalSizeDiffers() -> Bool {
        var windowSize = winsize()
        guard ioctl(outputDescriptor, UInt(TIOCGWINSZ), &windowSize) == 0,
              windowSize.ws_row > 0, windowSize.ws_col > 0 else { return false }
        return Int(windowSize.ws_row) != currentSize.rows || Int(windowSize.ws_col) != currentSize.columns
    }

    /// Reads the terminal size from the output descriptor and resizes curses to it.
    func updateSize() {
        var windowSize = winsize()
        if ioctl(outputDescriptor, UInt(TIOCGWINSZ), &windowSize) == 0,
           windowSize.ws_row > 0, windowSize.ws_col > 0 {
            resize_term(Int32(windowSize.ws_row), Int32(windowSize.ws_col))
        }
        let window = trunks_stdscr()
        currentSize = (Int(trunks_getmaxy(window)), Int(trunks_getmaxx(window)))
    }

    /// Turns bracketed paste on: the terminal wraps pasted text in `ESC [200~ … ESC [201~`.
    static let pasteModeOn = "\u{1B}[?2004h"
    /// Turns bracketed paste off.
    static let pasteModeOff = "\u{1B}[?2004l"

    /// Writes a control string straight to the terminal. curses' own output is flushed at the
    /// end of every update, so this lands after everything curses sent before.
    func sendControl(_ string: String) {
        let bytes = Array(string.utf8)
        _ = bytes.withUnsafeBytes { write(outputDescriptor, $0.baseAddress, $0.count) }
    }

    private static func resetSequence() -> [UInt8] {
        let names = ["sgr0", "cnorm", "rmkx", "rmcup"]
        var capabilities = names.map { name in trunks_tigetstr(name).map { String(cString: $0) } }
        capabilities.insert(pasteModeOff, at: 2)
        return TerminalRescue.resetSequence(capabilities: capabilities)
    }

    /// Sets the locale from the environment; when it is not UTF-8 (LANG unset over SSH), uses
    /// C.UTF-8 for characters so that wide characters still work.
    private static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" else {
            return
        }
        setlocale(LC_CTYPE, "C.UTF-8")
    }
}
