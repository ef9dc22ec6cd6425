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
    if let statement = SchemaSQL.statement(change, dialect: .sqlite) {
      try db.execute(sql: statement)
    } else if case .migrateData(let body) = change {
      try body(SQLiteTransaction(db: db))
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
