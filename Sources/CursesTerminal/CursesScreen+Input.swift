import CNcursesw
import Glibc
import ScreenKit

extension CursesScreen {
    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key, polling the terminal, the
    /// wake pipe and the signal pipe together. Returns nil on timeout, on `wake()`, and when a
    /// terminating signal arrived (then `pendingSignal` is set). SIGWINCH, and SIGCONT after a
    /// suspension (Ctrl-Z), come back as `.resize` with `size` already updated. Loop thread only.
    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        let deadline = timeoutMilliseconds < 0 ? nil : Self.now() + timeoutMilliseconds
        while isActive {
            switch handleSignals() {
            case .key(let key): return key
            case .finish: return nil
            case .nothing: break
            }
            if resizePending {
                resizePending = false
                return .resize
            }
            if let key = readKey() { return key }
            let remaining = deadline.map { max(0, $0 - Self.now()) } ?? -1
            var descriptors = [
                pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakePipe.readDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: relay.readDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, 3, Int32(clamping: remaining))
            if ready < 0 && errno == EINTR { continue }
            if ready == 0, terminalSizeDiffers() {
                // A SIGWINCH can be overtaken by a later resize (tmux resizing in quick steps):
                // the idle tick notices the size curses has is not the terminal's and repaints.
                updateSize()
                invalidate()
                return .resize
            }
            if ready <= 0 { return nil }
            if descriptors[2].revents != 0 { continue }
            if descriptors[1].revents != 0 {
                _ = wakePipe.drain()
                return nil
            }
            if inputClosed(descriptors[0].revents) {
                record(.hangup)
                return nil
            }
        }
        return nil
    }

    /// What the signals received since the last look mean for the loop.
    enum SignalOutcome {
        case key(Key)
        case finish
        case nothing
    }

    /// Drains the signal pipe: records terminating signals, suspends on SIGTSTP, resumes on
    /// SIGCONT, resizes on SIGWINCH.
    func handleSignals() -> SignalOutcome {
        var signals = relay.drain()
        var resized = false
        var finishing = false
        var index = 0
        while index < signals.count {
            switch signals[index] {
            case SIGWINCH:
                resized = true
            case SIGHUP:
                record(.hangup)
                finishing = true
            case SIGTERM:
                record(.terminate)
                finishing = true
            case SIGINT:
                record(.interrupt)
                finishing = true
            case SIGTSTP:
                suspendAndResume()
                signals += relay.drain().filter { $0 != SIGCONT }
                resized = true
            case SIGCONT:
                resume()
                resized = true
            default:
                break
            }
            index += 1
        }
        if resized {
            // The terminal may have scrolled or reflowed what it showed (tmux keeps the bottom
            // rows when a window shrinks), so curses' idea of the screen is wrong: clear and
            // repaint everything on the next draw, not only the cells that differ.
            updateSize()
            invalidate()
        }
        if finishing {
            resizePending = resizePending || resized
            return .finish
        }
        return resized ? .key(.resize) : .nothing
    }

    /// Leaves curses, stops the process with the default SIGTSTP action, and comes back when
    /// continued.
    private func suspendAndResume() {
        sendControl(Self.pasteModeOff)
        endwin()
        TerminalRescue.setCursesActive(false)
        relay.useDefault(for: SIGTSTP)
        suspendProcess()
        relay.reinstall(SIGTSTP)
        resume()
    }

    /// Re-enters curses after a suspension or a stop: tty modes back, bracketed paste on, and
    /// the whole screen repainted by the next update.
    private func resume() {
        TerminalRescue.setCursesActive(true)
        reset_prog_mode()
        sendControl(Self.pasteModeOn)
        cursorShown = nil
        clearok(trunks_curscr(), true)
        doupdate()
    }

    /// The next key curses has (or the assembler kept), without waiting for new input. A mouse
    /// event we do not use (a button's release) is passed over, so that input behind it in curses'
    /// buffer is read now rather than after the next poll.
    private func readKey() -> Key? {
        while true {
            let key = assembler.nextKey { timeout in self.readRaw(timeoutMilliseconds: timeout) }
            if case .unknown(let code) = key, code == trunks_key_mouse() {
                if let mouse = mouseKey() { return mouse }
                continue
            }
            if key == .resize {
                updateSize()
                invalidate()
            }
            return key
        }
    }

    private func readRaw(timeoutMilliseconds: Int) -> RawInput? {
        let window = trunks_stdscr()
        wtimeout(window, Int32(timeoutMilliseconds))
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        if timeoutMilliseconds != 0 { wtimeout(window, 0) }
        switch result {
        case OK: return .character(UInt32(value))
        case KEY_CODE_YES: return .keyCode(Int32(bitPattern: UInt32(value)))
        default: return nil
        }
    }

    /// True when poll flagged the input (`revents`) but nothing can be read: end of file or a
    /// hang-up. Bytes still waiting are read first.
    private func inputClosed(_ revents: Int16) -> Bool {
        guard revents != 0 else { return false }
        var available: Int32 = 0
        guard ioctl(inputDescriptor, UInt(FIONREAD), &available) == 0 else {
            return revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        }
        return available == 0
    }

    private static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1000 + time.tv_nsec / 1_000_000
    }
}
