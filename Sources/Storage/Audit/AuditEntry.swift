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

  static let columns = [
    "sequence", "at", "identity", "rpc", "entity_type", "entity_id", "before", "after",
    "idempotency_key",
  ]

  init(row: StoredRow) throws(StorageError) {
    typealias Audit = StoreTables.Audit
    sequence = try row(Audit.sequence)
    at = try row(Audit.at)
    identity = try row(Audit.identity)
    rpc = try row(Audit.rpc)
    entityType = try row(Audit.entityType)
    entityID = try row(Audit.entityID)
    before = row.values[6] == .null ? nil : try row(Audit.before)
    after = row.values[7] == .null ? nil : try row(Audit.after)
    idempotencyKey = row.values[8] == .null ? nil : try row(Audit.idempotencyKey)
  }

  /// About what the entry weighs in a response.
  public var byteCount: Int {
    64 + at.utf8.count + identity.utf8.count + rpc.utf8.count + entityType.utf8.count
      + entityID.utf8.count + (before?.count ?? 0) + (after?.count ?? 0)
      + (idempotencyKey?.utf8.count ?? 0)
  }
}

extension RecordStore {
  /// Audit entries after `sequence`, oldest first, at most `limit`; only those of
  /// `entityID` when given.
  public func auditEntries(after sequence: Int64, limit: Int, entityID: String? = nil) async throws
    -> [AuditEntry]
  {
    try await read { store in
      var condition = StoreTables.Audit.sequence > sequence
      if let entityID { condition = StoreTables.Audit.entityID == entityID && condition }
      return try store.select(
        AuditEntry.columns, from: StoreTables.auditLog, where: condition, orderBy: ["sequence"],
        limit: limit
      ).map(AuditEntry.init(row:))
    }
  }
}
