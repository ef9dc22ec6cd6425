/// A migration step as SQL, in an engine's dialect.
public enum SchemaSQL {
  /// The DDL of `change`; nil for a data migration, which runs through the storage interface.
  public static func statement(_ change: SchemaChange, dialect: SQLDialect) -> String? {
    switch change {
    case .createTable(let table, let columns, let primaryKey):
      var parts = columns.map { definition($0, dialect: dialect) }
      if !primaryKey.isEmpty { parts.append("PRIMARY KEY (\(primaryKey.joined(separator: ", ")))") }
      return "CREATE TABLE \(table.name) (\(parts.joined(separator: ", ")))"
    case .addColumn(let table, var column):
      if column.defaultValue == nil && !column.nullable { column.defaultValue = column.type.zero }
      return "ALTER TABLE \(table.name) ADD COLUMN \(definition(column, dialect: dialect))"
    case .createIndex(let name, let table, let columns, let unique):
      return
        "CREATE \(unique ? "UNIQUE " : "")INDEX \(name) ON \(table.name) (\(columns.joined(separator: ", ")))"
    case .migrateData:
      return nil
    }
  }

  static func definition(_ column: ColumnDefinition, dialect: SQLDialect) -> String {
    if column.isSequence { return "\(column.name) \(dialect.sequenceKey)" }
    var text = "\(column.name) \(dialect.typeName(column.type))"
    if !column.nullable { text += " NOT NULL" }
    if column.unique { text += " UNIQUE" }
    if let value = column.defaultValue { text += " DEFAULT \(literal(value, dialect: dialect))" }
    return text
  }

  static func literal(_ value: StoreValue, dialect: SQLDialect) -> String {
    switch value {
    case .null: "NULL"
    case .integer(let integer): "\(integer)"
    case .text(let text):
      "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''")
        + "'"
    case .bytes(let bytes): dialect.bytesLiteral(bytes)
    }
  }
}
