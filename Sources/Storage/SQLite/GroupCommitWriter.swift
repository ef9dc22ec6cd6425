internal import GRDB
internal import Metrics
internal import Synchronization

/// The one writer of a database: writes queue up while a batch commits, then run together
/// in one transaction (each in its own savepoint, so one failing write does not undo the
/// others) and share one commit, hence one fsync. A write's caller resumes only after the
/// commit is durable; if the commit fails, every write of the batch fails and none is
/// acknowledged.
final class GroupCommitWriter: Sendable {
  /// One queued write: runs inside the batch's transaction, reports after the commit.
  struct Pending: Sendable {
    let run: @Sendable (Database) throws -> any Sendable
    let complete: @Sendable (Result<any Sendable, any Error>) -> Void
  }

  private struct State {
    var pending: [Pending] = []
    var draining = false
    var closed = false
  }

  private let pool: DatabasePool
  private let state = Mutex(State())
  /// Wakes change-feed readers after each commit.
  let signal = CommitSignal()
  /// Transactions committed and writes they carried, for statistics.
  let commits = Atomic<Int>(0)
  let writes = Atomic<Int>(0)
  /// Writes per transaction at most: bounds the latency a batch adds.
  let maxBatch: Int

  init(pool: DatabasePool, maxBatch: Int = 256) {
    self.pool = pool
    self.maxBatch = maxBatch
  }

  /// Runs `body` in the next batch and returns its result once the batch is durable.
  func write<Value: Sendable>(_ body: @escaping @Sendable (Database) throws -> Value)
    async throws
    -> Value
  {
    let result: any Sendable = try await withCheckedThrowingContinuation { continuation in
      let pending = Pending(run: { try body($0) }, complete: { continuation.resume(with: $0) })
      let startDrain = state.withLock { state -> Bool? in
        guard !state.closed else { return nil }
        state.pending.append(pending)
        if state.draining { return false }
        state.draining = true
        return true
      }
      switch startDrain {
      case nil:
        continuation.resume(throwing: StorageError(.unavailable, "the store is closed"))
      case true?:
        Task.detached { await self.drain() }
      case false?:
        break
      }
    }
    return result as! Value
  }

  /// Group commits (batches) and how long each took, across every store of the process.
  static let commitSeconds = Metrics.Timer(label: "samarbeid_group_commit_seconds")
  /// Writes per batch.
  static let batchWrites = Recorder(label: "samarbeid_group_commit_writes")

  /// Commits batches until nothing is queued.
  private func drain() async {
    while true {
      let batch = state.withLock { state -> [Pending] in
        let count = min(state.pending.count, maxBatch)
        let batch = Array(state.pending.prefix(count))
        state.pending.removeFirst(count)
        if batch.isEmpty { state.draining = false }
        return batch
      }
      guard !batch.isEmpty else { return }
      await commit(batch)
    }
  }

  private func commit(_ batch: [Pending]) async {
    let started = ContinuousClock.now
    defer {
      Self.commitSeconds.record(duration: ContinuousClock.now - started)
      Self.batchWrites.record(batch.count)
    }
    let outcomes: [Result<any Sendable, any Error>]
    do {
      outcomes = try await pool.writeWithoutTransaction { db in
        var outcomes: [Result<any Sendable, any Error>] = []
        outcomes.reserveCapacity(batch.count)
        try db.inTransaction(.immediate) {
          for write in batch {
            var outcome: Result<any Sendable, any Error> = .failure(
              StorageError(.unavailable, "not run"))
            do {
              try db.inSavepoint {
                outcome = .success(try write.run(db))
                return .commit
              }
            } catch {
              outcome = .failure(error)
            }
            outcomes.append(outcome)
          }
          return .commit
        }
        return outcomes
      }
    } catch {
      let failure = StorageError(
        .unavailable, "the write could not be made durable: \(Self.describe(error))")
      for write in batch { write.complete(.failure(failure)) }
      return
    }
    commits.add(1, ordering: .relaxed)
    writes.add(batch.count, ordering: .relaxed)
    signal.committed()
    for (write, outcome) in zip(batch, outcomes) { write.complete(outcome) }
  }

  /// Refuses writes from now on and returns once the queued ones have committed.
  func close() async {
    state.withLock { $0.closed = true }
    while state.withLock({ $0.draining }) {
      try? await Task.sleep(for: .milliseconds(1))
    }
  }

  /// A database error without SQL or paths.
  static func describe(_ error: any Error) -> String {
    if let error = error as? DatabaseError { return "SQLite error \(error.resultCode.rawValue)" }
    return "\(type(of: error))"
  }
}
