internal import Foundation
internal import GRDB
internal import GRDBSQLite
public import Logging
internal import Synchronization

/// The SQLite engine's store: one database file in WAL mode with `synchronous=FULL`. Reads
/// run concurrently on a pool of readers, writes go through one group-commit writer, and a
/// write returns only once it is durable. Migrations run when the store opens.
public final class SQLiteStore: RecordStore {
  /// Reader connections at most (reads beyond them wait for one).
  static let maxReaders = 4
  /// SQLite's page cache per reader connection, KiB: recently read pages; the operating
  /// system caches the file as well.
  package static let readerPageCacheKiB = 512
  /// The writer's page cache, KiB: the pages of the tables and indexes writes touch.
  package static let writerPageCacheKiB = 2048
  /// The write-ahead log is cut back to this after a checkpoint (SQLite keeps it at its
  /// largest otherwise, per tenant).
  package static let walSizeLimitBytes = 4 << 20

  /// The memory SQLite holds now across every store of the process (page and statement
  /// caches, mostly), bytes: what the server's memory grows by as caches fill, up to their
  /// bounds.
  public static var memoryInUse: Int { Int(sqlite3_memory_used()) }

  /// `PRAGMA name` as the writer's connection has it and as a reader's, as text: what the
  /// tests check each connection was set to.
  package func pragma(_ name: String) async throws -> (writer: String, reader: String) {
    let sql = "PRAGMA \(name)"
    let writer = try await self.writer.write { db in try Self.text(db, sql) }
    let reader = try await pool.read { db in try Self.text(db, sql) }
    return (writer, reader)
  }

  private static func text(_ db: Database, _ sql: String) throws -> String {
    switch try DatabaseValue.fetchOne(db, sql: sql)?.storage {
    case .int64(let value): "\(value)"
    case .string(let value): value
    case .double(let value): "\(value)"
    case .blob, .null, nil: ""
    }
  }

  /// The file.
  public let path: String
  let pool: DatabasePool
  let writer: GroupCommitWriter

  /// Opens (creating if needed) the database at `path` and migrates it to `schema`.
  /// - Parameter maxBatch: writes per transaction at most (1 turns group commit off).
  /// - Throws: ``StorageError`` (unavailable) when the file cannot be opened or migrated, or
  ///   when a declared table or column has no migration.
  public init(path: String, schema: StoreSchema, logger: Logger, maxBatch: Int = 256)
    throws(StorageError)
  {
    var configuration = Configuration()
    // Every commit is fsync'd (synchronous=FULL, set on the writer below): an acknowledged
    // write survives power loss, not just a crash of the process.
    // A store's memory is bounded: (writer + readers) page caches and statement caches, so
    // that the server's grows with the number of tenants open, never with their data.
    configuration.maximumReaderCount = Self.maxReaders
    configuration.busyMode = .timeout(10)
    configuration.label = "samarbeid.store"
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA cache_size = -\(Self.readerPageCacheKiB)")
    }
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
      // GRDB sets synchronous=NORMAL on the writer when it turns WAL on, after
      // prepareDatabase: a commit would then not reach the disk before its OK. Put it back.
      try pool.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA synchronous = FULL")
        try db.execute(sql: "PRAGMA cache_size = -\(Self.writerPageCacheKiB)")
        try db.execute(sql: "PRAGMA journal_size_limit = \(Self.walSizeLimitBytes)")
      }
      try SQLiteSchema.migrate(schema, pool)
    } catch let error as StorageError {
      throw StorageError(error.code, "cannot open the store \(path): \(error.message)")
    } catch {
      throw StorageError(
        .unavailable, "cannot open the store \(path): \(GroupCommitWriter.describe(error))")
    }
    self.path = path
    self.writer = GroupCommitWriter(pool: pool, maxBatch: max(1, maxBatch))
    logger.debug("Store opened", metadata: ["store.path": "\(path)"])
  }

  public func read<Value: Sendable>(
    _ body: @escaping @Sendable (any StoreReader) throws -> Value
  ) async throws -> Value {
    do {
      return try await pool.read { db in try body(SQLiteTransaction(db: db)) }
    } catch let error as DatabaseError {
      throw StorageError(
        .unavailable, "the store could not be read: \(GroupCommitWriter.describe(error))")
    }
  }

  public func write<Value: Sendable>(
    _ body: @escaping @Sendable (any StoreWriter) throws -> Value
  ) async throws -> Value {
    try await writer.write { db in try body(SQLiteTransaction(db: db)) }
  }

  public func appliedMigrations() async throws -> [String] {
    try await pool.read { db in
      try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
    }
  }

  public var commitStatistics: (commits: Int, writes: Int) {
    (writer.commits.load(ordering: .relaxed), writer.writes.load(ordering: .relaxed))
  }

  public var commitGeneration: UInt64 { writer.signal.generation }

  public func waitForCommit(after generation: UInt64) async {
    _ = await writer.signal.wait(after: generation)
  }

  public func close() async {
    await writer.close()
    // Reads still running keep their connection; the files close when the last ends.
    try? pool.close()
  }
}

/// SQLite stores as files under one directory: `<directory>/<name>.sqlite`.
public struct SQLiteEngine: StoreEngine {
  /// Where the files are.
  public let directory: String
  let logger: Logger

  /// Stores under `directory`.
  public init(directory: String, logger: Logger) {
    self.directory = directory
    self.logger = logger
  }

  public func open(_ name: String, schema: StoreSchema) async throws -> any RecordStore {
    let path = "\(directory)/\(name).sqlite"
    let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    if !folder.isEmpty {
      do {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw StorageError(.unavailable, "cannot create the directory \(folder): \(error)")
      }
    }
    return try SQLiteStore(path: path, schema: schema, logger: logger)
  }
}
