public import SamarbeidAPI
public import Storage
public import Tenancy

/// National oversight: `samarbeid.v1.Oversight`. It reads each municipality's figures, and
/// keeps only the population IMDi supplies in each municipality's store.
public enum OversightModule: DomainModule {
  public static var services: [any SamarbeidService] { [OversightService()] }

  public static func addMigrations(to schema: inout StoreSchema) {
    OversightTables.addMigrations(to: &schema)
  }
}
