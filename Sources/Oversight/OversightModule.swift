public import SamarbeidAPI
public import Storage
public import Tenancy

/// National oversight: `samarbeid.v1.Oversight`. It keeps no tables of its own; it reads
/// each municipality's figures.
public enum OversightModule: DomainModule {
  public static var services: [any SamarbeidService] { [OversightService()] }

  public static func addMigrations(to schema: inout StoreSchema) {}
}
