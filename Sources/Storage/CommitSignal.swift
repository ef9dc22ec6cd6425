internal import Synchronization

/// Wakes readers that follow a store's changes (change feeds) after each commit; every
/// engine's store keeps one.
public final class CommitSignal: Sendable {
  private struct State {
    var generation: UInt64 = 0
    var waiters: [UInt64: CheckedContinuation<UInt64, Never>] = [:]
    var nextWaiter: UInt64 = 0
  }

  private let state = Mutex(State())

  /// A signal before any commit.
  public init() {}

  /// Commits so far.
  public var generation: UInt64 { state.withLock { $0.generation } }

  /// A batch committed: wake every waiter.
  public func committed() {
    let (waiters, generation) = state.withLock { state in
      state.generation += 1
      defer { state.waiters.removeAll() }
      return (Array(state.waiters.values), state.generation)
    }
    for waiter in waiters { waiter.resume(returning: generation) }
  }

  /// Returns once a commit after `generation` has happened, or at once when the task is
  /// cancelled; returns the generation seen.
  public func wait(after generation: UInt64) async -> UInt64 {
    let id = state.withLock { state -> UInt64 in
      state.nextWaiter += 1
      return state.nextWaiter
    }
    return await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        let now = state.withLock { state -> UInt64? in
          if state.generation > generation || Task.isCancelled { return state.generation }
          state.waiters[id] = continuation
          return nil
        }
        if let now { continuation.resume(returning: now) }
      }
    } onCancel: {
      let waiter = state.withLock { $0.waiters.removeValue(forKey: id) }
      waiter?.resume(returning: generation)
    }
  }
}
