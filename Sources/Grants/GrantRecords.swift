public import SamarbeidAPI
public import Storage
public import Tenancy

/// What other modules may read of the grant scheme, inside their own transactions: a
/// meeting place names the granted applications that fund it.
public enum GrantRecords {
  /// The application `id` of the caller's tenant.
  /// - Throws: NOT_FOUND otherwise, another tenant's application included (recorded as such).
  public static func existingApplication(_ id: String, scope: TenantScope) async throws
    -> Application
  {
    try await GrantTables.applications.existing(id, scope: scope)
  }

  /// The application `id` in the tenant store `store` reads.
  public static func application(_ id: String, in store: any StoreReader) throws -> Application? {
    try GrantTables.applications.find(id, in: store)
  }

  /// Whether `application` holds a grant now: decided (or appealed, or final) with money
  /// granted.
  public static func holdsGrant(_ application: Application) -> Bool {
    ApplicationRules.holdsGrant(application)
  }
}
