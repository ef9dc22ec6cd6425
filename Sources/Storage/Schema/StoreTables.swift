internal import DomainValues

/// The tables every store keeps for itself: the append-only audit log (which is also the
/// change feed) and the idempotency records.
package enum StoreTables {
  package static let auditLog = Table("audit_log")
  package static let idempotency = Table("idempotency")

  enum Audit {
    static let sequence = Column<Int64>("sequence")
    static let at = Column<String>("at")
    static let identity = Column<String>("identity")
    static let rpc = Column<String>("rpc")
    static let entityType = Column<String>("entity_type")
    static let entityID = Column<String>("entity_id")
    static let before = Column<[UInt8]>("before")
    static let after = Column<[UInt8]>("after")
    static let idempotencyKey = Column<String>("idempotency_key")
  }

  package enum Idempotency {
    package static let key = Column<String>("key")
    package static let rpc = Column<String>("rpc")
    package static let identity = Column<String>("identity")
    package static let requestDigest = Column<[UInt8]>("request_digest")
    package static let response = Column<[UInt8]>("response")
    package static let at = Column<String>("at")
    package static let expiresAt = Column<String>("expires_at")
  }

  /// How long an idempotency key is remembered, in days.
  static let idempotencyRetentionDays = 30

  static var migrations: [StoreSchema.Migration] {
    [
      StoreSchema.Migration(
        identifier: "store-v1",
        changes: [
          .createTable(
            auditLog,
            columns: [
              .sequence(Audit.sequence), ColumnDefinition(Audit.at),
              ColumnDefinition(Audit.identity), ColumnDefinition(Audit.rpc),
              ColumnDefinition(Audit.entityType), ColumnDefinition(Audit.entityID),
              ColumnDefinition(Audit.before, nullable: true),
              ColumnDefinition(Audit.after, nullable: true),
              ColumnDefinition(Audit.idempotencyKey, nullable: true),
            ], primaryKey: []),
          .createIndex("audit_log_entity", on: auditLog, ["entity_id", "sequence"]),
          .createTable(
            idempotency,
            columns: [
              ColumnDefinition(Idempotency.key), ColumnDefinition(Idempotency.rpc),
              ColumnDefinition(Idempotency.identity), ColumnDefinition(Idempotency.requestDigest),
              ColumnDefinition(Idempotency.response), ColumnDefinition(Idempotency.at),
            ], primaryKey: ["key"]),
        ]),
      // Idempotency keys expire: a retry is expected within hours, not years.
      StoreSchema.Migration(
        identifier: "store-v2",
        changes: [
          .addColumn(idempotency, ColumnDefinition(Idempotency.expiresAt, default: "")),
          .migrateData { store in
            for row in try store.select(["key", "at"], from: idempotency) {
              try store.update(
                idempotency, set: [Idempotency.expiresAt(expiry(after: try row(Idempotency.at)))],
                where: Idempotency.key == (try row(Idempotency.key)))
            }
          },
          .createIndex("idempotency_expiry", on: idempotency, ["expires_at"]),
        ]),
    ]
  }

  /// When a key used at `at` (RFC 3339, UTC) is forgotten.
  static func expiry(after at: String) -> String {
    guard let day = CivilTime.shift(String(at.prefix(10)), days: idempotencyRetentionDays) else {
      return at
    }
    return day + at.dropFirst(10)
  }
}
