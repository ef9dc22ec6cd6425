public import Storage

/// The organisations table of a tenant database.
public enum OrganisationsSchema {
  typealias Columns = OrganisationRecords.Columns

  /// Adds the organisations migrations to a tenant schema.
  public static func add(to schema: inout StoreSchema) {
    let table = OrganisationRecords.table.table
    schema.add(
      "organisations-v1",
      [
        .createRecordTable(
          table,
          columns: [
            ColumnDefinition(Columns.organisasjonsnummer, unique: true),
            ColumnDefinition(Columns.name), ColumnDefinition(Columns.createdAt),
            ColumnDefinition(Columns.updatedAt),
          ]),
        .createIndex("organisations_by_name", on: table, ["name", "id"]),
      ])
    // The kind as a column, for counting organisations by kind without decoding records;
    // filled in from the stored records.
    schema.add(
      "organisations-v2",
      [
        .addColumn(table, ColumnDefinition(Columns.kind, default: 0)),
        .rederiveColumns(of: OrganisationRecords.table),
        .createIndex("organisations_by_kind", on: table, ["kind"]),
      ])
    schema.declare(OrganisationRecords.table)
  }
}
