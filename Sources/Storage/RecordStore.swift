/// One store of records (a tenant's, the registry's): consistent reads, writes that are
/// durable before they return, the audit log and idempotency. Domain code sees only this
/// interface; ``SQLiteStore`` implements it, and another engine plugs in beside it.
public protocol RecordStore: Sendable {
  /// Reads a consistent snapshot, concurrently with writes.
  func read<Value: Sendable>(_ body: @escaping @Sendable (any StoreReader) throws -> Value)
    async throws -> Value

  /// Runs `body` in one transaction and returns once it is durable: the reads that checked
  /// a rule and the writes it allowed commit together. If `body` throws, none of its
  /// writes remain.
  func write<Value: Sendable>(_ body: @escaping @Sendable (any StoreWriter) throws -> Value)
    async throws -> Value

  /// How many commits have happened: a change-feed reader notes it before reading, then
  /// waits for a later one.
  var commitGeneration: UInt64 { get }

  /// Returns once a commit after `generation` has happened (or the task is cancelled).
  func waitForCommit(after generation: UInt64) async

  /// The schema version: the identifiers of the migrations applied.
  func appliedMigrations() async throws -> [String]

  /// Transactions committed so far and the writes they carried.
  var commitStatistics: (commits: Int, writes: Int) { get }

  /// Takes no more writes, lets queued ones commit, then closes the database's files.
  func close() async
}

/// Opens the stores of a deployment by name (`registry`, `tenants/<id>`): SQLite files in
/// a directory, or schemas in a PostgreSQL database.
public protocol StoreEngine: Sendable {
  /// The store `name`, created if needed and migrated to `schema`.
  /// - Throws: ``StorageError`` unavailable when it cannot be opened or migrated.
  func open(_ name: String, schema: StoreSchema) async throws -> any RecordStore

  /// Releases what the engine holds beyond its stores (connections), once they are closed.
  func close() async

  /// Whether the engine can reach its data now (a database server answers); files on this
  /// machine always can.
  func isReachable() async -> Bool
}

extension StoreEngine {
  public func close() async {}
  public func isReachable() async -> Bool { true }
}
