public import SamarbeidAPI
public import Storage
public import Tenancy

/// Equal-partner dialogue records: `samarbeid.v1.Dialogues` and its tables.
public enum DialoguesModule: DomainModule {
  public static var services: [any SamarbeidService] { [DialoguesService()] }

  public static func addMigrations(to schema: inout StoreSchema) {
    DialoguesSchema.add(to: &schema)
  }
}
