internal import Synchronization

/// One holder at a time; the others wait in order without holding a thread. A store's writes
/// pass it before taking a connection, so one tenant's burst of writes (which the store's lock
/// makes serial anyway) waits here instead of parking every shared connection on that lock.
final class AsyncGate: Sendable {
  private struct State {
    var held = false
    var waiters: [CheckedContinuation<Void, Never>] = []
  }

  private let state = Mutex(State())

  /// Returns once the caller holds the gate.
  func acquire() async {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      let now = state.withLock { state -> Bool in
        guard state.held else {
          state.held = true
          return true
        }
        state.waiters.append(continuation)
        return false
      }
      if now { continuation.resume() }
    }
  }

  /// Hands the gate to the next waiter, or opens it.
  func release() {
    let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
      guard !state.waiters.isEmpty else {
        state.held = false
        return nil
      }
      return state.waiters.removeFirst()
    }
    next?.resume()
  }
}
