internal import GRDB

/// Renders a ``StoreSchema`` as SQLite migrations and checks the declared tables.
enum SQLiteSchema {
  static func migrate(_ schema: StoreSchema, _ writer: any DatabaseWriter) throws {
    var migrator = DatabaseMigrator()
    for migration in schema.migrations {
      migrator.registerMigration(migration.identifier) { db in
        for change in migration.changes { try apply(change, db) }
      }
    }
    try migrator.migrate(writer)
    try writer.read { db in try check(schema.declaredTables, db) }
  }

  static func apply(_ change: SchemaChange, _ db: Database) throws {
    switch change {
    case .createTable(let table, let columns, let primaryKey):
      var parts = columns.map(definition)
      if !primaryKey.isEmpty { parts.append("PRIMARY KEY (\(primaryKey.joined(separator: ", ")))") }
      try db.execute(sql: "CREATE TABLE \(table.name) (\(parts.joined(separator: ", ")))")
    case .addColumn(let table, var column):
      if column.defaultValue == nil && !column.nullable { column.defaultValue = column.type.zero }
      try db.execute(sql: "ALTER TABLE \(table.name) ADD COLUMN \(definition(column))")
    case .createIndex(let name, let table, let columns, let unique):
      try db.execute(
        sql:
          "CREATE \(unique ? "UNIQUE " : "")INDEX \(name) ON \(table.name) (\(columns.joined(separator: ", ")))"
      )
    case .migrateData(let body):
      try body(SQLiteTransaction(db: db))
    }
  }

  static func definition(_ column: ColumnDefinition) -> String {
    if column.isSequence { return "\(column.name) INTEGER PRIMARY KEY AUTOINCREMENT" }
    var text = "\(column.name) \(type(column.type))"
    if !column.nullable { text += " NOT NULL" }
    if column.unique { text += " UNIQUE" }
    if let value = column.defaultValue { text += " DEFAULT \(literal(value))" }
    return text
  }

  static func type(_ type: ColumnType) -> String {
    switch type {
    case .text: "TEXT"
    case .integer: "INTEGER"
    case .bytes: "BLOB"
    }
  }

  static func literal(_ value: StoreValue) -> String {
    switch value {
    case .null: "NULL"
    case .integer(let integer): "\(integer)"
    case .text(let text): "'\(text.replacingOccurrences(of: "'", with: "''"))'"
    case .bytes(let bytes): "X'\(bytes.map { String($0, radix: 16).leftPadded }.joined())'"
    }
  }

  /// Refuses a store whose migrations do not create a declared table or column.
  static func check(_ declared: [Table: [String]], _ db: Database) throws {
    for (table, columns) in declared.sorted(by: { $0.key.name < $1.key.name }) {
      let present = Set(
        try Row.fetchAll(db, sql: "PRAGMA table_info(\(table.name))").map { $0["name"] as String })
      let missing = columns.filter { !present.contains($0) }
      guard missing.isEmpty else {
        throw StorageError(
          .unavailable,
          present.isEmpty
            ? "no migration creates table \(table.name), which the code declares"
            : "no migration adds column(s) \(missing.joined(separator: ", ")) of table \(table.name)"
        )
      }
    }
  }
}

extension String {
  fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(
      separator: replacement)
  }
}
