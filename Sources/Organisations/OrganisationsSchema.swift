internal import GRDB
public import Storage

/// The organisations table of a tenant database.
public enum OrganisationsSchema {
  /// Adds the organisations migrations to a tenant schema.
  public static func add(to schema: inout StoreSchema) {
    schema.add("organisations-v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE organisations (
            id TEXT PRIMARY KEY,
            organisasjonsnummer TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            data BLOB NOT NULL,
            version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
          );
          CREATE INDEX organisations_by_name ON organisations (name, id);
          """)
    }
  }
}
