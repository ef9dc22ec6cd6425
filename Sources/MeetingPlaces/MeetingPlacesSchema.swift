internal import Storage

/// The meeting-place tables of a tenant database.
enum MeetingPlacesSchema {
  typealias Columns = MeetingPlaceTables.Columns

  static func add(to schema: inout StoreSchema) {
    let places = MeetingPlaceTables.places.table
    let gatherings = MeetingPlaceTables.gatherings.table
    schema.add(
      "meeting-places-v1",
      [
        .createRecordTable(
          places,
          columns: [
            ColumnDefinition(Columns.name), ColumnDefinition(Columns.kind),
            ColumnDefinition(Columns.audience), ColumnDefinition(Columns.status),
            ColumnDefinition(Columns.roles), ColumnDefinition(Columns.organisations),
            ColumnDefinition(Columns.startsOn), ColumnDefinition(Columns.endsOn),
            ColumnDefinition(Columns.createdAt),
          ]),
        .createIndex("meeting_places_by_name", on: places, ["name", "id"]),
        .createRecordTable(
          gatherings,
          columns: [
            ColumnDefinition(Columns.meetingPlaceID), ColumnDefinition(Columns.state),
            ColumnDefinition(Columns.startsAt), ColumnDefinition(Columns.day),
            ColumnDefinition(Columns.year), ColumnDefinition(Columns.organisations),
            ColumnDefinition(Columns.createdAt),
          ]),
        .createIndex("gatherings_by_time", on: gatherings, ["starts_at", "id"]),
        .createIndex("gatherings_by_place", on: gatherings, ["meeting_place_id", "day"]),
        .createIndex("gatherings_by_year", on: gatherings, ["year"]),
      ])
    schema.declare(MeetingPlaceTables.places)
    schema.declare(MeetingPlaceTables.gatherings)
  }
}
