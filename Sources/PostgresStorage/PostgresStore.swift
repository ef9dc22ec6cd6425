internal import Metrics
public import Storage
internal import Synchronization

/// A store in PostgreSQL: a schema owned by a role of its own. Every transaction switches to
/// that role, so a statement can reach no other store's tables, whatever it names; writes
/// take the store's advisory lock (serial per store, across every server sharing the
/// database), reads see one snapshot; a write returns once its commit is on the server's
/// disk (`synchronous_commit = on`).
public final class PostgresStore: RecordStore {
  let names: PostgresStoreNames
  let workers: PostgresWorkers
  let signal = CommitSignal()
  let commits = Atomic<Int>(0)
  private let closed = Atomic<Bool>(false)
  /// This server's writes to the store, one at a time before they take a connection.
  private let writeGate = AsyncGate()

  /// Commit latency of PostgreSQL stores, across the process.
  static let commitSeconds = Metrics.Timer(label: "samarbeid_postgres_commit_seconds")

  init(names: PostgresStoreNames, workers: PostgresWorkers) {
    self.names = names
    self.workers = workers
  }

  public func read<Value: Sendable>(
    _ body: @escaping @Sendable (any StoreReader) throws -> Value
  ) async throws -> Value {
    try checkOpen()
    let names = self.names
    return try await workers.run(store: names.schema) { session in
      try Self.transaction(names, session, write: false) { try body($0) }
    }
  }

  public func write<Value: Sendable>(
    _ body: @escaping @Sendable (any StoreWriter) throws -> Value
  ) async throws -> Value {
    try checkOpen()
    let names = self.names
    try await writeGate.acquire()
    defer { writeGate.release() }
    let started = ContinuousClock.now
    let value = try await workers.run(store: names.schema) { session in
      try Self.transaction(names, session, write: true) { try body($0) }
    }
    Self.commitSeconds.record(duration: ContinuousClock.now - started)
    commits.add(1, ordering: .relaxed)
    signal.committed()
    return value
  }

  /// Runs `body` in one transaction as the store's role: a write takes the store's lock
  /// first and commits; a read sees one snapshot.
  static func transaction<Value>(
    _ names: PostgresStoreNames, _ session: PostgresSession, write: Bool,
    _ body: (PostgresTransaction) throws -> Value
  ) throws -> Value {
    var setUp = "SELECT set_config('role', $1, true), set_config('search_path', $2, true)"
    var binds: [StoreValue] = [.text(names.role), .text(PostgresStoreNames.quoted(names.schema))]
    if write {
      setUp += ", pg_advisory_xact_lock($3)::TEXT"
      binds.append(.integer(names.writeLock))
    }
    // BEGIN and the set-up in one round trip.
    let begin: [(sql: String, binds: [StoreValue])] = [
      (
        write
          ? "BEGIN ISOLATION LEVEL READ COMMITTED"
          : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", []
      ),
      (setUp, binds),
    ]
    do {
      try Self.begin(session, begin)
      session.transactionBegan()
      let value = try body(PostgresTransaction(session: session))
      try Self.commit(session)
      return value
    } catch {
      _ = try? session.query("ROLLBACK")
      throw error
    }
  }

  /// Sends `statements` (BEGIN and the set-up). When the server had ended the connection (a
  /// restart) before this transaction began, nothing of it ran: it begins again, once, on a
  /// new connection.
  static func begin(_ session: PostgresSession, _ statements: [(sql: String, binds: [StoreValue])])
    throws(StorageError)
  {
    do {
      _ = try session.pipeline(statements)
    } catch {
      guard session.isClosed, session.job?.isCancelled != true else { throw error }
      try session.reopen()
      _ = try session.pipeline(statements)
    }
  }

  /// Commits, unless a statement of the transaction failed: PostgreSQL has aborted it then
  /// (even when the body caught the error and went on), and COMMIT would roll it back without
  /// saying so. Such a write fails instead of being acknowledged.
  static func commit(_ session: PostgresSession) throws {
    guard !session.statementFailed else {
      throw StorageError(
        .unavailable, "a statement of the write failed, so the database did not commit it")
    }
    _ = try session.query("COMMIT")
  }

  private func checkOpen() throws(StorageError) {
    guard !closed.load(ordering: .relaxed) else {
      throw StorageError(.unavailable, "the store is closed")
    }
  }

  public var commitGeneration: UInt64 { signal.generation }

  public func waitForCommit(after generation: UInt64) async {
    _ = await signal.wait(after: generation)
  }

  public func appliedMigrations() async throws -> [String] {
    let names = self.names
    return try await workers.run(store: names.schema) { session in
      try PostgresSchema.appliedMigrations(names, session)
    }
  }

  public var commitStatistics: (commits: Int, writes: Int) {
    let commits = commits.load(ordering: .relaxed)
    return (commits, commits)
  }

  /// Takes no more work; the connections belong to the engine, which closes them.
  public func close() async {
    closed.store(true, ordering: .relaxed)
  }
}
