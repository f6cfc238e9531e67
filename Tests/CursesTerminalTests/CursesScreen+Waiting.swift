import CursesTerminal
import Foundation
import ScreenKit

extension CursesScreen {
    /// `nextKey(timeoutMilliseconds:)` on a thread of its own: curses waits there, and the test's
    /// task suspends instead of holding a thread of Swift's cooperative pool.
    func key(within milliseconds: Int) async -> Key? {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: self.nextKey(timeoutMilliseconds: milliseconds)) }
            thread.name = "curses-tests.next-key"
            thread.start()
        }
    }
}
