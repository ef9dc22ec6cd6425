internal import Foundation
internal import GRDB

/// One entry of a store's append-only audit log.
public struct AuditEntry: Sendable, Equatable {
  public var sequence: Int64
  public var at: String
  public var identity: String
  public var rpc: String
  public var entityType: String
  public var entityID: String
  public var before: [UInt8]?
  public var after: [UInt8]?
  public var idempotencyKey: String?

  init(row: Row) {
    sequence = row["sequence"]
    at = row["at"]
    identity = row["identity"]
    rpc = row["rpc"]
    entityType = row["entity_type"]
    entityID = row["entity_id"]
    before = (row["before"] as Data?).map { [UInt8]($0) }
    after = (row["after"] as Data?).map { [UInt8]($0) }
    idempotencyKey = row["idempotency_key"]
  }

  /// About what the entry weighs in a response.
  public var byteCount: Int {
    64 + at.utf8.count + identity.utf8.count + rpc.utf8.count + entityType.utf8.count
      + entityID.utf8.count + (before?.count ?? 0) + (after?.count ?? 0)
      + (idempotencyKey?.utf8.count ?? 0)
  }
}

extension DurableStore {
  /// Audit events after `sequence`, oldest first, at most `limit`; only those of
  /// `entityID` when given.
  public func auditEntries(after sequence: Int64, limit: Int, entityID: String? = nil) async throws
    -> [AuditEntry]
  {
    try await read { db in
      let rows: [Row]
      if let entityID {
        rows = try Row.fetchAll(
          db,
          sql:
            "SELECT * FROM audit_log WHERE entity_id = ? AND sequence > ? ORDER BY sequence LIMIT ?",
          arguments: [entityID, sequence, limit])
      } else {
        rows = try Row.fetchAll(
          db, sql: "SELECT * FROM audit_log WHERE sequence > ? ORDER BY sequence LIMIT ?",
          arguments: [sequence, limit])
      }
      return rows.map(AuditEntry.init(row:))
    }
  }
}
