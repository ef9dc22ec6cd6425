internal import Storage
internal import Synchronization

/// One holder at a time; the others wait in order without holding a thread. A store's writes
/// pass it before taking a connection, so one tenant's burst of writes (which the store's lock
/// makes serial anyway) waits here instead of parking every shared connection on that lock.
/// A waiter whose call ends (its deadline) stops waiting.
final class AsyncGate: Sendable {
  private struct State {
    var held = false
    var next = 0
    var waiters: [(id: Int, continuation: CheckedContinuation<Void, any Error>)] = []
  }

  private let state = Mutex(State())

  /// Returns once the caller holds the gate.
  /// - Throws: ``StorageError`` unavailable when the calling task is cancelled first.
  func acquire() async throws(StorageError) {
    let id = state.withLock { state -> Int in
      state.next += 1
      return state.next
    }
    do {
      try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation {
          (continuation: CheckedContinuation<Void, any Error>) in
          let now = state.withLock { state -> Bool? in
            guard !Task.isCancelled else { return nil }
            guard state.held else {
              state.held = true
              return true
            }
            state.waiters.append((id, continuation))
            return false
          }
          switch now {
          case nil: continuation.resume(throwing: CancellationError())
          case true?: continuation.resume()
          case false?: break
          }
        }
      } onCancel: {
        let waiter = state.withLock { state -> CheckedContinuation<Void, any Error>? in
          guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
          return state.waiters.remove(at: index).continuation
        }
        waiter?.resume(throwing: CancellationError())
      }
    } catch {
      throw StorageError(.unavailable, "the call ended before its turn to write")
    }
  }

  /// Hands the gate to the next waiter, or opens it.
  func release() {
    let next = state.withLock { state -> CheckedContinuation<Void, any Error>? in
      guard !state.waiters.isEmpty else {
        state.held = false
        return nil
      }
      return state.waiters.removeFirst().continuation
    }
    next?.resume()
  }
}
