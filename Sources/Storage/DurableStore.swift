public import GRDB
public import Logging
internal import Synchronization

/// One SQLite database file in WAL mode with `synchronous=FULL`: reads run concurrently on a
/// pool of readers, writes go through one group-commit writer, and a write returns only
/// once it is durable. Schema migrations run when the store opens.
public final class DurableStore: Sendable {
  /// The file.
  public let path: String
  let pool: DatabasePool
  let writer: GroupCommitWriter

  /// Opens (creating if needed) the database at `path` and migrates it to `schema`.
  /// - Parameter maxBatch: writes per transaction at most (1 turns group commit off).
  /// - Throws: ``StorageError`` (unavailable) when the file cannot be opened or migrated.
  public init(path: String, schema: StoreSchema, logger: Logger, maxBatch: Int = 256)
    throws(StorageError)
  {
    var configuration = Configuration()
    // Every commit is fsync'd (synchronous=FULL, set on the writer below): an acknowledged
    // write survives power loss, not just a crash of the process.
    configuration.maximumReaderCount = 8
    configuration.busyMode = .timeout(10)
    configuration.label = "samarbeid.store"
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
      // GRDB sets synchronous=NORMAL on the writer when it turns WAL on, after
      // prepareDatabase: a commit would then not reach the disk before its OK. Put it back.
      try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
      try schema.migrate(pool)
    } catch {
      throw StorageError(
        .unavailable, "cannot open the store \(path): \(GroupCommitWriter.describe(error))")
    }
    self.path = path
    self.writer = GroupCommitWriter(pool: pool, maxBatch: max(1, maxBatch))
    logger.debug("Store opened", metadata: ["store.path": "\(path)"])
  }

  /// Reads a consistent snapshot, concurrently with writes.
  public func read<Value: Sendable>(_ body: @escaping @Sendable (Database) throws -> Value)
    async throws -> Value
  {
    do {
      return try await pool.read(body)
    } catch let error as DatabaseError {
      throw StorageError(
        .unavailable, "the store could not be read: \(GroupCommitWriter.describe(error))")
    }
  }

  /// Runs `body` in the writer's next batch (a savepoint of one transaction) and returns
  /// once the batch is durable. If `body` throws, only its changes are undone.
  public func write<Value: Sendable>(_ body: @escaping @Sendable (Database) throws -> Value)
    async throws -> Value
  {
    try await writer.write(body)
  }

  /// The schema version: the identifiers of the migrations applied.
  public func appliedMigrations() async throws -> [String] {
    try await pool.read { db in try StoreSchema.appliedIdentifiers(db) }
  }

  /// Transactions committed so far and the writes they carried: their ratio is the group
  /// commit's batch size.
  public var commitStatistics: (commits: Int, writes: Int) {
    (writer.commits.load(ordering: .relaxed), writer.writes.load(ordering: .relaxed))
  }

  /// How many batches have committed: a change-feed reader notes it before reading, then
  /// waits for a later one.
  public var commitGeneration: UInt64 { writer.signal.generation }

  /// Returns once a batch after `generation` has committed (or the task is cancelled).
  public func waitForCommit(after generation: UInt64) async {
    _ = await writer.signal.wait(after: generation)
  }

  /// Stops taking writes; queued writes still commit.
  public func close() {
    writer.close()
  }
}
