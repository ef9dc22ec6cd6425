internal import Synchronization

/// What a worker knows of the call a job serves: whether it has ended (its deadline passed,
/// or the caller went away), so that a job not started is not started, and a statement
/// running for it is cancelled.
final class PostgresJobControl: Sendable {
  private let cancelled = Atomic<Bool>(false)

  /// The call has ended.
  func cancel() { cancelled.store(true, ordering: .relaxed) }

  /// Whether the call has ended.
  var isCancelled: Bool { cancelled.load(ordering: .relaxed) }
}
