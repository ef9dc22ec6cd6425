public import Logging
internal import SamarbeidAPI
internal import Storage
public import Tenancy

/// Start-up repair of the national operating-grant holds: a hold is taken before the
/// decision commits in the municipality's database, so a crash between the two can leave a
/// hold without a grant. Such holds are released.
public enum OperatingGrantHolds {
  /// Releases holds whose application does not hold an operating grant; returns how many.
  /// A hold whose application cannot be read is kept and logged: start-up never depends on
  /// a stored record being readable.
  public static func reconcile(registry: TenantRegistry, stores: TenantStores, logger: Logger)
    async -> Int
  {
    var released = 0
    for tenant in registry.all {
      do {
        let holds = try await registry.operatingGrantHolds(tenantID: tenant.id)
        guard !holds.isEmpty else { continue }
        let store = try await stores.store(for: tenant.id)
        for hold in holds {
          do {
            let application = try await store.read { store in
              try GrantTables.applications.find(hold.applicationID, in: store)
            }
            let holdsGrant =
              application.map { $0.part == .operating && ApplicationRules.holdsGrant($0) }
              ?? false
            if !holdsGrant {
              try await registry.releaseOperatingGrant(
                organisasjonsnummer: hold.organisasjonsnummer, year: hold.year,
                tenantID: tenant.id, applicationID: hold.applicationID)
              released += 1
            }
          } catch {
            logger.error(
              "An operating-grant hold could not be checked; kept",
              metadata: [
                "tenant.id": "\(tenant.id)", "application.id": "\(hold.applicationID)",
                "error": "\(error)",
              ])
          }
        }
      } catch {
        logger.error(
          "A tenant's operating-grant holds could not be checked",
          metadata: ["tenant.id": "\(tenant.id)", "error": "\(error)"])
      }
    }
    return released
  }
}
