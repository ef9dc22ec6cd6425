internal import SamarbeidAPI
internal import Storage
public import Tenancy

/// Start-up repair of the national operating-grant holds: a hold is taken before the
/// decision commits in the municipality's database, so a crash between the two can leave a
/// hold without a grant. Such holds are released.
public enum OperatingGrantHolds {
  /// Releases holds whose application does not hold an operating grant; returns how many.
  public static func reconcile(registry: TenantRegistry, stores: TenantStores) async throws -> Int {
    var released = 0
    for tenant in registry.all {
      let holds = try await registry.operatingGrantHolds(tenantID: tenant.id)
      guard !holds.isEmpty else { continue }
      let store = try await stores.store(for: tenant.id)
      for hold in holds {
        let application = try await store.read { db in
          try GrantTables.applications.find(hold.applicationID, db: db)
        }
        let holdsGrant =
          application.map { $0.part == .operating && ApplicationRules.holdsGrant($0) } ?? false
        if !holdsGrant {
          try await registry.releaseOperatingGrant(
            organisasjonsnummer: hold.organisasjonsnummer, year: hold.year, tenantID: tenant.id,
            applicationID: hold.applicationID)
          released += 1
        }
      }
    }
    return released
  }
}
