public import Logging
public import Storage
internal import Synchronization

/// PostgreSQL stores in one database, each a schema with a role of its own (see
/// ``PostgresStore``), over a pool of connections that every store shares.
public final class PostgresEngine: StoreEngine {
  /// The database.
  public let location: PostgresLocation
  let workers: PostgresWorkers
  /// Stores this engine has migrated, with the schema they were migrated to.
  private let migrated = Mutex<Set<String>>([])

  /// Stores in the database at `location`, over `connections` connections (opened when
  /// first needed, again after one is lost).
  public init(location: PostgresLocation, connections: Int, logger: Logger) {
    self.location = location
    workers = PostgresWorkers(location: location, count: max(1, connections), logger: logger)
  }

  public func open(_ name: String, schema: StoreSchema) async throws -> any RecordStore {
    let names = PostgresStoreNames(store: name, database: location.database)
    // A store holds nothing of its own here (the connections are shared), so opening one
    // this engine has migrated to the same schema is free: start-up prepares every store and
    // closes it, and the first call opens it again.
    let declared = schema.declaredTables.map { "\($0.key.name)(\($0.value.sorted()))" }.sorted()
    let key = ([name] + schema.versions + declared).joined(separator: "\n")
    if migrated.withLock({ $0.contains(key) }) {
      return PostgresStore(names: names, workers: workers)
    }
    do {
      try await workers.run(store: names.schema) { session in
        try PostgresSchema.migrate(schema, names: names, session: session)
      }
    } catch let error as StorageError {
      throw StorageError(error.code, "cannot open the store \(name): \(error.message)")
    }
    migrated.withLock { _ = $0.insert(key) }
    return PostgresStore(names: names, workers: workers)
  }

  public func close() async { await workers.close() }

  /// Whether a statement runs within 2 s (`SELECT 1`, on a connection made if needed).
  public func isReachable() async -> Bool {
    let workers = self.workers
    let probe = Task { try await workers.run(store: "") { _ = try $0.query("SELECT 1") } }
    let timedOut = PostgresJobControl()
    let timer = Task {
      try await Task.sleep(for: .seconds(2))
      timedOut.cancel()
      probe.cancel()
    }
    defer { timer.cancel() }
    switch await probe.result {
    case .success: return true
    // Not answered in time: a pool busy with other work is not a database gone, so what the
    // last connection attempt found decides.
    case .failure where timedOut.isCancelled && workers.isConnected: return true
    case .failure: return false
    }
  }

  /// Runs `statement` (DDL such as `CREATE DATABASE`, which no store's role may run) as the
  /// role `location` logs in with: for operators' set-up and the tests' throwaway databases.
  public static func administer(_ statement: String, at location: PostgresLocation, logger: Logger)
    async throws
  {
    let workers = PostgresWorkers(location: location, count: 1, logger: logger)
    defer { Task { await workers.close() } }
    try await workers.run(store: "") { session in _ = try session.query(statement) }
  }
}
