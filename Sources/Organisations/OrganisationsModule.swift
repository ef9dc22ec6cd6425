public import SamarbeidAPI
public import Storage
public import Tenancy

/// The organisations a municipality works with: `samarbeid.v1.Organisations` and its table.
public enum OrganisationsModule: DomainModule {
  public static var services: [any SamarbeidService] { [OrganisationsService()] }

  public static func addMigrations(to schema: inout StoreSchema) {
    OrganisationsSchema.add(to: &schema)
  }
}
