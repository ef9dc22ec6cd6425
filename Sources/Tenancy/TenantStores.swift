public import Logging
public import Storage
internal import Synchronization

/// One database per tenant, `<directory>/<tenant id>.sqlite`, opened on first use (off the
/// event loops: opening migrates) and kept open.
public final class TenantStores: Sendable {
  let directory: String
  let schema: StoreSchema
  let logger: Logger
  private let stores = Mutex<[String: Task<DurableStore, any Error>]>([:])

  /// Tenant databases under `directory`, each migrated to `schema`.
  public init(directory: String, schema: StoreSchema, logger: Logger) {
    self.directory = directory
    self.schema = schema
    self.logger = logger
  }

  /// The store of `tenantID`.
  public func store(for tenantID: String) async throws -> DurableStore {
    let path = "\(directory)/\(tenantID).sqlite"
    let (schema, logger) = (self.schema, self.logger)
    let opening = stores.withLock { stores in
      if let known = stores[tenantID] { return known }
      let task = Task.detached { try DurableStore(path: path, schema: schema, logger: logger) }
      stores[tenantID] = task
      return task
    }
    do {
      return try await opening.value
    } catch {
      // Let the next call try again (the disk may have been full).
      stores.withLock { stores in
        if stores[tenantID] == opening { stores[tenantID] = nil }
      }
      throw error
    }
  }

  /// Stops every open store taking writes.
  public func close() async {
    let tasks = stores.withLock { Array($0.values) }
    for task in tasks { (try? await task.value)?.close() }
  }
}
