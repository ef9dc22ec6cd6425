internal import Foundation
internal import GRDB
internal import ProtoWire
internal import SamarbeidAPI
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
    // The kind as a column, for counting organisations by kind without decoding records;
    // filled in from the stored records.
    schema.add("organisations-v2") { db in
      try db.execute(sql: "ALTER TABLE organisations ADD COLUMN kind INTEGER NOT NULL DEFAULT 0")
      for row in try Row.fetchAll(db, sql: "SELECT id, data FROM organisations") {
        let data: Data = row["data"]
        let organisation = try Organisation(serializedBytes: [UInt8](data), limits: .default)
        try db.execute(
          sql: "UPDATE organisations SET kind = ? WHERE id = ?",
          arguments: [organisation.kind.protoValue, row["id"] as String])
      }
      try db.execute(sql: "CREATE INDEX organisations_by_kind ON organisations (kind)")
    }
  }
}
