public import Storage
internal import Synchronization

/// One store per tenant, `tenants/<tenant id>` of the engine, opened on first use (off the
/// event loops: opening migrates) and kept open. Start-up prepares every tenant's store
/// without keeping it open (``prepare(_:now:)``).
public final class TenantStores: Sendable {
  let engine: any StoreEngine
  let schema: StoreSchema
  private let stores = Mutex<[String: Task<any RecordStore, any Error>]>([:])

  /// Whether the engine can reach its data now (see ``StoreEngine/isReachable()``).
  public func isReachable() async -> Bool { await engine.isReachable() }

  /// Tenant stores of `engine`, each migrated to `schema`.
  public init(engine: any StoreEngine, schema: StoreSchema) {
    self.engine = engine
    self.schema = schema
  }

  /// Tenant stores open (or opening) now.
  public var openCount: Int { stores.withLock { $0.count } }

  /// The store of `tenantID`.
  public func store(for tenantID: String) async throws -> any RecordStore {
    let (engine, schema) = (self.engine, self.schema)
    let opening = stores.withLock { stores in
      if let known = stores[tenantID] { return known }
      let task = Task.detached { try await engine.open("tenants/\(tenantID)", schema: schema) }
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

  /// Opens `tenantID`'s store to migrate it and forget idempotency keys past their retention,
  /// then closes it again unless it is in use: start-up prepares every municipality without
  /// holding every store's files open (five descriptors a store on SQLite), so a store stays
  /// open only once its municipality calls. For start-up, before any call is served: it
  /// does not guard against a call opening the same store meanwhile.
  public func prepare(_ tenantID: String, now: String) async throws {
    if stores.withLock({ $0[tenantID] }) != nil {
      _ = try await store(for: tenantID).pruneIdempotencyKeys(now: now)
      return
    }
    let store = try await engine.open("tenants/\(tenantID)", schema: schema)
    do {
      _ = try await store.pruneIdempotencyKeys(now: now)
    } catch {
      await store.close()
      throw error
    }
    await store.close()
  }

  /// Stops every open store taking writes and closes its files once queued writes commit.
  public func close() async {
    let tasks = stores.withLock { Array($0.values) }
    for task in tasks { await (try? await task.value)?.close() }
  }

  /// The engine the stores come from.
  public var storeEngine: any StoreEngine { engine }
}
