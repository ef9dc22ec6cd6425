public import SamarbeidAPI
public import Storage
public import Tenancy

/// Meeting places and their gatherings: `samarbeid.v1.MeetingPlaces` and its tables.
public enum MeetingPlacesModule: DomainModule {
  public static var services: [any SamarbeidService] { [MeetingPlacesService()] }

  public static func addMigrations(to schema: inout StoreSchema) {
    MeetingPlacesSchema.add(to: &schema)
  }
}
