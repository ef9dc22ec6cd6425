internal import Dialogues
internal import DomainValues
internal import Foundation
internal import Grants
public import Logging
internal import MeetingPlaces
internal import Organisations
internal import Oversight
public import RPC
internal import SamarbeidAPI
public import StandardServices
public import Storage
public import Tenancy

/// Samarbeid's services wired together over a data directory: the registry
/// (`registry.sqlite`), one database per tenant (`tenants/<id>.sqlite`), the tenancy
/// interceptor and every service. The server executable and the tests start the same thing.
public final class SamarbeidApplication: Sendable {
  /// The tenant registry.
  public let registry: TenantRegistry
  /// The tenant databases.
  public let stores: TenantStores
  /// Who may call what.
  public let interceptor: TenancyInterceptor
  /// Health, by service.
  public let health: HealthService
  /// Every service, to register with the server.
  public let services: [any RPCService]
  /// Which identities may call each service, as the services declare it.
  public let policy: AccessPolicy
  /// Paths of the calls that mostly wait for news (change feeds): they take no running slot
  /// and end at once, UNAVAILABLE, when the server shuts down (put them in the server's
  /// `RPCServerConfiguration.longLivedMethods`). Health watches end through
  /// `HealthService.shutDown()`, after telling their clients NOT_SERVING.
  public let longLivedMethods: Set<String>

  /// The domain modules, in migration order. Adding a module is one line here.
  public static let modules: [any DomainModule.Type] = [
    OrganisationsModule.self,
    GrantsModule.self,
    MeetingPlacesModule.self,
    DialoguesModule.self,
    OversightModule.self,
  ]

  /// The schema of every tenant database: the store's tables, then each module's.
  public static var tenantSchema: StoreSchema { tenantSchema(modules: modules) }

  /// The schema of every tenant database with `modules`.
  public static func tenantSchema(modules: [any DomainModule.Type]) -> StoreSchema {
    var schema = StoreSchema()
    for module in modules { module.addMigrations(to: &schema) }
    return schema
  }

  /// Opens (creating) the SQLite stores in `dataDirectory`: see ``init(store:tenantsFile:limits:quotas:modules:logger:)``.
  public convenience init(
    dataDirectory: String, tenantsFile: String?, limits: TenantLimits = TenantLimits(),
    quotas: [String: Int] = [:], modules: [any DomainModule.Type] = SamarbeidApplication.modules,
    logger: Logger
  ) async throws {
    try await self.init(
      store: .sqlite(directory: dataDirectory), tenantsFile: tenantsFile, limits: limits,
      quotas: quotas, modules: modules, logger: logger)
  }

  /// Opens (creating) the stores at `store`, migrates every one, and registers the tenants
  /// of `tenantsFile` that are missing. Raises the process's soft limit on open files to its
  /// hard limit first (``DescriptorLimit``).
  /// `quotas` are call rates of particular municipalities, by kommunenummer; `modules` the
  /// domain modules served (``modules`` unless a test adds one).
  /// - Throws: ``RPCError`` INVALID_ARGUMENT for a quota of a municipality not registered;
  ///   ``StorageError`` when the stores cannot be opened.
  public init(
    store location: StoreLocation, tenantsFile: String?, limits: TenantLimits = TenantLimits(),
    quotas: [String: Int] = [:], modules: [any DomainModule.Type] = SamarbeidApplication.modules,
    logger: Logger
  ) async throws {
    if let raised = DescriptorLimit.raise() {
      logger.info(
        "Raised the open-file limit to the hard limit",
        metadata: [
          "files.before": .stringConvertible(raised.before),
          "files.after": .stringConvertible(raised.after),
        ])
    }
    let engine = try location.engine(logger: logger)
    let registryStore: any RecordStore
    let recordIDs: RecordIDs
    do {
      registryStore = try await engine.open("registry", schema: TenantRegistry.schema)
      recordIDs = RecordIDs(
        key: try await RecordIDs.key(in: registryStore, legacyFile: location.legacyKeyFile))
    } catch {
      // No store is open: the engine's connections go with the failed start.
      await engine.close()
      throw error
    }
    registry = try await TenantRegistry(
      store: registryStore, recordIDs: recordIDs, logger: logger)
    stores = TenantStores(engine: engine, schema: Self.tenantSchema(modules: modules))
    if let tenantsFile {
      let registered = try await registry.bootstrap(from: TenantsFile(path: tenantsFile))
      if registered > 0 {
        logger.info(
          "Registered tenants from file",
          metadata: ["tenants.count": .stringConvertible(registered)])
      }
    }
    // Every tenant's database is migrated now, not on its first request, and forgets
    // idempotency keys past their retention; it is closed again until its first request.
    // One municipality's database that cannot be opened or read stops only that
    // municipality (its calls fail with the store's error); the others are served.
    let now = CivilTime.now()
    _ = try await registry.store.pruneIdempotencyKeys(now: now)
    for tenant in registry.all {
      do {
        try await stores.prepare(tenant.id, now: now)
      } catch {
        logger.error(
          "A tenant's database could not be prepared; its calls will fail",
          metadata: ["tenant.id": "\(tenant.id)", "error": "\(error)"])
      }
    }
    let released = await OperatingGrantHolds.reconcile(
      registry: registry, stores: stores, logger: logger)
    if released > 0 {
      logger.warning(
        "Released operating-grant holds without a decision",
        metadata: ["holds.count": .stringConvertible(released)])
    }
    let limits = try Self.resolve(limits, quotas: quotas, registry: registry)
    let samarbeid: [any SamarbeidService] =
      [
        TenantRegistryService(registry: registry, stores: stores), AuditLogService(),
        ChangesService(),
      ]
      + modules.flatMap { $0.services }
    policy = AccessPolicy(
      services: samarbeid,
      others: [
        HealthService.check.service: .open, TestService.name: .anyCertificate,
        // The API's shape is public (proto/), so any TLS client may ask for it: grpcurl can
        // then call Health without a client certificate.
        ReflectionService.v1.service: .open, ReflectionService.v1alpha.service: .open,
      ])
    longLivedMethods = modules.reduce(into: Set([ChangesMethods.watchChanges.path])) {
      $0.formUnion($1.longLivedMethods)
    }
    interceptor = TenancyInterceptor(
      policy: policy, registry: registry, stores: stores, limits: limits,
      longLivedMethods: longLivedMethods, logger: logger)
    health = HealthService()
    services =
      [health, TestService(), ReflectionService(services: Array(policy.services))] + samarbeid
    for service in policy.services where service != HealthService.check.service {
      health.setStatus(.serving, for: service)
    }
  }

  /// Puts `limits` in force, with `quotas` (call rates by kommunenummer) for particular
  /// municipalities; returns them as applied (quotas by tenant id).
  /// - Throws: ``RPCError`` INVALID_ARGUMENT when a quota names no registered municipality.
  @discardableResult
  public func applyLimits(_ limits: TenantLimits, quotas: [String: Int]) throws -> TenantLimits {
    let resolved = try Self.resolve(limits, quotas: quotas, registry: registry)
    interceptor.updateLimits(resolved)
    return resolved
  }

  static func resolve(_ limits: TenantLimits, quotas: [String: Int], registry: TenantRegistry)
    throws -> TenantLimits
  {
    var limits = limits
    for (number, rate) in quotas {
      guard let tenant = registry.tenant(number: number, on: CivilTime.today()) else {
        throw RPCError(
          code: .invalidArgument,
          message: "a quota names kommune \(number), which is not registered today")
      }
      limits.callsPerSecondByTenant[tenant.id] = rate
    }
    return limits
  }

  /// Stops the databases taking writes, lets queued ones commit, and closes their files.
  /// Checks every `interval` that the store can be reached (a database server that went
  /// away): while it cannot, Health says NOT_SERVING for every service and `changed` is told
  /// (the server's /readyz then answers 503); when it can again, SERVING. Cancel the task at
  /// shutdown, before Health's own shutdown.
  public func watchStore(
    every interval: Duration = .seconds(1), logger: Logger,
    _ changed: @escaping @Sendable (Bool) -> Void
  ) -> Task<Void, Never> {
    let (stores, health) = (self.stores, self.health)
    let services = [""] + policy.services.filter { $0 != HealthService.check.service }
    return Task {
      var reachable = true
      while !Task.isCancelled {
        try? await Task.sleep(for: interval)
        let now = await stores.isReachable()
        guard now != reachable, !Task.isCancelled else { continue }
        reachable = now
        for service in services { health.setStatus(now ? .serving : .notServing, for: service) }
        if now {
          logger.info("The store is reachable again: serving")
        } else {
          logger.error("The store cannot be reached: NOT_SERVING until it can")
        }
        changed(now)
      }
    }
  }

  public func close() async {
    await stores.close()
    await registry.store.close()
    await stores.storeEngine.close()
  }
}
