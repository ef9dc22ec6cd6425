import Dispatch
import Synchronization

/// A gate tasks wait at until it opens, or at most a bound (no test waits forever).
final class Gate: Sendable {
  private struct State {
    var isOpen = false
    var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    var nextWaiter = 0
  }

  private let state = Mutex(State())

  /// Opens the gate: every waiter goes on, and later ones do not wait.
  func open() {
    let waiters = state.withLock { state in
      state.isOpen = true
      defer { state.waiters.removeAll() }
      return Array(state.waiters.values)
    }
    for waiter in waiters { waiter.resume() }
  }

  /// Waits until the gate opens, or `seconds` pass.
  func wait(atMost seconds: Double) async {
    await withCheckedContinuation { continuation in
      let id = state.withLock { state -> Int? in
        guard !state.isOpen else { return nil }
        state.nextWaiter += 1
        state.waiters[state.nextWaiter] = continuation
        return state.nextWaiter
      }
      guard let id else {
        continuation.resume()
        return
      }
      DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
        state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
      }
    }
  }
}
