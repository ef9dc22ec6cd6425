internal import Dispatch
internal import Foundation
internal import Logging
internal import Storage
internal import Synchronization

/// The server's connections to PostgreSQL, each owned by a thread of its own that runs one
/// transaction at a time: a transaction's body is synchronous (the storage interface), and
/// waits for each statement on this thread, never on the shared task pool.
final class PostgresWorkers: Sendable {
  /// One transaction to run on a connection (or to fail when none can be had).
  typealias Job = @Sendable (Result<PostgresSession, StorageError>) -> Void

  private struct Queue {
    var jobs: [Job] = []
    var head = 0
    var closed = false
  }

  private let queue = Mutex(Queue())
  private let available = DispatchSemaphore(value: 0)
  private let finished = DispatchSemaphore(value: 0)
  let location: PostgresLocation
  let count: Int

  /// `count` threads, each connecting to `location` when it first has work.
  init(location: PostgresLocation, count: Int, logger: Logger) {
    self.location = location
    self.count = count
    for index in 0..<count {
      let thread = Thread { [self] in work(index: index, logger: logger) }
      thread.name = "samarbeid.postgres.\(index)"
      thread.start()
    }
  }

  /// Runs `job` on the next free connection.
  func run<Value: Sendable>(
    _ job: @escaping @Sendable (PostgresSession) throws -> Value
  ) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
      let accepted = queue.withLock { queue -> Bool in
        guard !queue.closed else { return false }
        queue.jobs.append { session in
          continuation.resume(with: Result { try job(session.get()) })
        }
        return true
      }
      if accepted {
        available.signal()
      } else {
        continuation.resume(throwing: StorageError(.unavailable, "the store is closed"))
      }
    }
  }

  /// Takes no more work, lets queued work finish, then closes the connections.
  func close() async {
    queue.withLock { $0.closed = true }
    for _ in 0..<count { available.signal() }
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      DispatchQueue.global().async { [self] in
        for _ in 0..<count { finished.wait() }
        continuation.resume()
      }
    }
  }

  private func next() -> Job? {
    available.wait()
    return queue.withLock { queue -> Job? in
      guard queue.head < queue.jobs.count else { return nil }
      defer {
        queue.head += 1
        if queue.head > 1024 && queue.head * 2 > queue.jobs.count {
          queue.jobs.removeFirst(queue.head)
          queue.head = 0
        }
      }
      return queue.jobs[queue.head]
    }
  }

  private func work(index: Int, logger: Logger) {
    var session: PostgresSession?
    while let job = next() {
      if session?.isClosed ?? true {
        session = nil
        do {
          session = try PostgresSession.connect(to: location, id: index, logger: logger)
        } catch {
          logger.error("Cannot connect to PostgreSQL", metadata: ["error": "\(error)"])
          job(.failure(error))
          continue
        }
      }
      job(.success(session!))
    }
    session?.close()
    finished.signal()
  }
}
