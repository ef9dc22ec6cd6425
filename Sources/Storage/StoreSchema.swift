public import GRDB

/// A store's tables as numbered migrations, applied in order when the store opens. Every
/// schema starts with the tables the store itself needs (the audit log and idempotency
/// records); its owner adds its own after them. A migration, once released, never changes:
/// a new version adds a migration.
public struct StoreSchema: Sendable {
  var migrator = DatabaseMigrator()
  /// The migration identifiers, in order.
  public private(set) var versions: [String] = []

  /// A schema with the store's own tables.
  public init() {
    add("store-v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE audit_log (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            identity TEXT NOT NULL,
            rpc TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            before BLOB,
            after BLOB,
            idempotency_key TEXT
          );
          CREATE INDEX audit_log_entity ON audit_log (entity_id, sequence);
          CREATE TABLE idempotency (
            key TEXT PRIMARY KEY,
            rpc TEXT NOT NULL,
            identity TEXT NOT NULL,
            request_digest BLOB NOT NULL,
            response BLOB NOT NULL,
            at TEXT NOT NULL
          ) WITHOUT ROWID;
          """)
    }
    // Idempotency keys expire: a retry is expected within hours, not years.
    add("store-v2") { db in
      try db.execute(
        sql: """
          ALTER TABLE idempotency ADD COLUMN expires_at TEXT NOT NULL DEFAULT '';
          UPDATE idempotency SET expires_at = strftime('%Y-%m-%dT%H:%M:%SZ', at, '+30 days');
          CREATE INDEX idempotency_expiry ON idempotency (expires_at);
          """)
    }
  }

  /// Adds migration `identifier` after the ones already added.
  public mutating func add(
    _ identifier: String, _ migrate: @escaping @Sendable (Database) throws -> Void
  ) {
    migrator.registerMigration(identifier, migrate: migrate)
    versions.append(identifier)
  }

  /// The schema up to and including `identifier` (to build an older database in tests).
  public func upTo(_ identifier: String) -> StoreSchema {
    var older = StoreSchema(empty: ())
    for version in versions {
      older.versions.append(version)
      if version == identifier { break }
    }
    older.migrator = migrator
    older.target = identifier
    return older
  }

  var target: String?

  private init(empty: Void) {}

  func migrate(_ writer: any DatabaseWriter) throws {
    if let target {
      try migrator.migrate(writer, upTo: target)
    } else {
      try migrator.migrate(writer)
    }
  }

  static func appliedIdentifiers(_ db: Database) throws -> [String] {
    try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
  }
}
