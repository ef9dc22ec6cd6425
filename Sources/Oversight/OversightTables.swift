internal import SamarbeidAPI
internal import Storage

/// What oversight keeps in each municipality's store: its population per year, as IMDi
/// supplies it.
enum OversightTables {
  static let year = Column<Int32>("year")

  static let populations = RecordTable<Population>(
    "populations", noun: "population", columns: [RecordColumn(year) { $0.year }])

  /// The record id of `year`'s population.
  static func populationID(_ year: Int32) -> String { "population-\(year)" }

  static func addMigrations(to schema: inout StoreSchema) {
    schema.add(
      "oversight-v1",
      [.createRecordTable(populations.table, columns: [ColumnDefinition(year)])])
    schema.declare(populations)
  }
}
