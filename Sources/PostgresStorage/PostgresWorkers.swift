internal import Dispatch
internal import Foundation
internal import Logging
internal import Storage
internal import Synchronization

/// The server's connections to PostgreSQL, each owned by a thread of its own that runs one
/// transaction at a time: a transaction's body is synchronous (the storage interface) and
/// waits for each statement on this thread, never on the shared task pool.
///
/// Jobs wait in one queue per store, taken in turn, and one store runs on at most half the
/// connections: a municipality whose statements are stuck (a table locked by someone else)
/// cannot take the connections the others need. A job whose call has ended before a
/// connection was free is not started; one whose call ends while it runs has its statement
/// cancelled (``PostgresSession``). A lost database is reconnected with backoff, and while
/// it cannot be reached jobs fail at once instead of each waiting to connect.
final class PostgresWorkers: Sendable {
  /// One transaction to run on a connection (or to fail when none can be had).
  typealias Job = @Sendable (Result<PostgresSession, StorageError>) -> Void

  private struct Entry {
    let store: String
    let control: PostgresJobControl
    let job: Job
  }

  private struct State {
    /// Waiting jobs by store, each queue with the index of its first job.
    var queues: [String: (jobs: [Entry], head: Int)] = [:]
    /// Stores with waiting jobs, in the order they are served.
    var turn: [String] = []
    var running: [String: Int] = [:]
    var closed = false
    /// Connections given up on: when the next attempt may be made, and the wait after it.
    var retryAt: ContinuousClock.Instant?
    var backoff: Duration = .zero
  }

  private let state = Mutex(State())
  private let condition = NSCondition()
  private let finished = DispatchSemaphore(value: 0)
  let location: PostgresLocation
  let count: Int
  /// The most connections one store's jobs run on at once.
  let perStore: Int
  private let connected = Atomic<Bool>(true)

  /// `count` threads, each connecting to `location` when it first has work.
  init(location: PostgresLocation, count: Int, logger: Logger) {
    self.location = location
    self.count = count
    perStore = max(1, count / 2)
    for index in 0..<count {
      let thread = Thread { [self] in work(logger: logger) }
      thread.name = "samarbeid.postgres.\(index)"
      thread.start()
    }
  }

  /// Whether the last attempt to connect succeeded (health: NOT_SERVING while it did not).
  var isConnected: Bool { connected.load(ordering: .relaxed) }

  /// Runs `job` for `store` on the next connection its turn and share allow; when the
  /// calling task is cancelled (its call's deadline), the job is not started or its
  /// statement is cancelled.
  func run<Value: Sendable>(
    store: String, _ job: @escaping @Sendable (PostgresSession) throws -> Value
  ) async throws -> Value {
    let control = PostgresJobControl()
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        let entry = Entry(store: store, control: control) { session in
          continuation.resume(with: Result { try job(session.get()) })
        }
        let accepted = state.withLock { state -> Bool in
          // A call already ended (cancelled before this ran) is not queued at all.
          guard !state.closed, !control.isCancelled else { return false }
          if state.queues[store] == nil {
            state.queues[store] = ([], 0)
            state.turn.append(store)
          }
          state.queues[store]!.jobs.append(entry)
          return true
        }
        if accepted {
          wake()
        } else {
          continuation.resume(
            throwing: StorageError(
              .unavailable,
              control.isCancelled ? "the call ended before its turn" : "the store is closed"))
        }
      }
    } onCancel: {
      // A job still waiting is taken out and failed now: its call has ended, and it must not
      // wait for a turn that may be long in coming.
      control.cancel()
      let removed = state.withLock { state -> Entry? in
        guard var queue = state.queues[store],
          let index = queue.jobs[queue.head...].firstIndex(where: { $0.control === control })
        else { return nil }
        let entry = queue.jobs.remove(at: index)
        if queue.head == queue.jobs.count {
          state.queues[store] = nil
          state.turn.removeAll { $0 == store }
        } else {
          state.queues[store] = queue
        }
        return entry
      }
      removed?.job(.failure(StorageError(.unavailable, "the call ended before its turn")))
      wake()
    }
  }

  /// Takes no more work, lets queued work finish, then closes the connections.
  func close() async {
    state.withLock { $0.closed = true }
    wake(all: true)
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      DispatchQueue.global().async { [self] in
        for _ in 0..<count { finished.wait() }
        continuation.resume()
      }
    }
  }

  private func wake(all: Bool = false) {
    condition.lock()
    if all { condition.broadcast() } else { condition.signal() }
    condition.unlock()
  }

  /// The next job: the first of the next store in turn below its share; nil once closed
  /// and drained.
  private func next() -> Entry? {
    condition.lock()
    defer { condition.unlock() }
    while true {
      let (entry, done) = state.withLock { state -> (Entry?, Bool) in
        for (position, store) in state.turn.enumerated()
        where state.running[store, default: 0] < perStore {
          var queue = state.queues[store]!
          let entry = queue.jobs[queue.head]
          queue.head += 1
          state.turn.remove(at: position)
          if queue.head == queue.jobs.count {
            state.queues[store] = nil
          } else {
            // A store that is never idle: what was taken is let go now and then.
            if queue.head > 64 && queue.head * 2 > queue.jobs.count {
              queue.jobs.removeFirst(queue.head)
              queue.head = 0
            }
            state.queues[store] = queue
            state.turn.append(store)  // its next job waits for the others' turns
          }
          state.running[store, default: 0] += 1
          return (entry, false)
        }
        return (nil, state.closed && state.turn.isEmpty)
      }
      if let entry { return entry }
      if done { return nil }
      // Woken by a new job, a finished one or a cancelled call; the timeout is a safety net.
      _ = condition.wait(until: Date().addingTimeInterval(0.5))
    }
  }

  private func finish(_ store: String) {
    state.withLock { state in
      state.running[store, default: 1] -= 1
      if state.running[store] == 0 { state.running[store] = nil }
    }
    wake()
  }

  private func work(logger: Logger) {
    var session: PostgresSession?
    while let entry = next() {
      defer { finish(entry.store) }
      guard !entry.control.isCancelled else {
        entry.job(.failure(StorageError(.unavailable, "the call ended before its turn")))
        continue
      }
      if !(session?.isOpen ?? false) {
        session = nil
        do {
          session = try connect(logger: logger, for: entry.control)
        } catch {
          entry.job(.failure(error))
          continue
        }
      }
      session!.job = entry.control
      entry.job(.success(session!))
      session?.job = nil
    }
    session?.close()
    finished.signal()
  }

  /// A new connection, unless the last attempt failed so recently that this one should wait
  /// (100 ms, doubling to 5 s): then the job fails at once.
  private func connect(logger: Logger, for job: PostgresJobControl) throws(StorageError)
    -> PostgresSession
  {
    let now = ContinuousClock.now
    let wait = state.withLock { state -> Bool in
      guard let retryAt = state.retryAt, now < retryAt else { return false }
      return true
    }
    guard !wait else { throw StorageError(.unavailable, "the database cannot be reached") }
    do {
      let session = try PostgresSession.connect(to: location, logger: logger, for: job)
      state.withLock { state in
        state.retryAt = nil
        state.backoff = .zero
      }
      connected.store(true, ordering: .relaxed)
      return session
    } catch {
      // A call that ended while connecting says nothing of the database.
      guard !job.isCancelled else { throw error }
      state.withLock { state in
        state.backoff = min(.seconds(5), max(.milliseconds(100), state.backoff * 2))
        state.retryAt = ContinuousClock.now + state.backoff
      }
      connected.store(false, ordering: .relaxed)
      throw error
    }
  }
}
