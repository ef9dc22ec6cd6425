/// One step of a migration, said without an engine's language: each engine renders it.
public enum SchemaChange: Sendable {
  /// A table of `columns`, keyed by `primaryKey` (empty when a column is a sequence).
  case createTable(Table, columns: [ColumnDefinition], primaryKey: [String])
  /// A column added to a table (existing rows get its default, or its type's zero).
  case addColumn(Table, ColumnDefinition)
  /// An index `name` on `columns`, unique or not.
  case createIndex(String, on: Table, columns: [String], unique: Bool)
  /// A change to the data through the storage interface (fill a new column, number rows).
  case migrateData(@Sendable (any StoreWriter) throws -> Void)

  /// A record table: `id`, the record's bytes, `version`, then `columns`.
  public static func createRecordTable(_ table: Table, columns: [ColumnDefinition]) -> SchemaChange
  {
    .createTable(
      table,
      columns: [
        ColumnDefinition(Column<String>("id")), ColumnDefinition(Column<[UInt8]>("data")),
        ColumnDefinition(Column<Int64>("version")),
      ] + columns, primaryKey: ["id"])
  }

  /// An index `name` on `columns` of `table`.
  public static func createIndex(_ name: String, on table: Table, _ columns: [String])
    -> SchemaChange
  {
    .createIndex(name, on: table, columns: columns, unique: false)
  }

  /// Every record of `table` has its query columns written again from its bytes (after a
  /// column was added to the table's declaration).
  public static func rederiveColumns<Record>(of table: RecordTable<Record>) -> SchemaChange {
    .migrateData { store in try table.rederiveColumns(in: store) }
  }
}
