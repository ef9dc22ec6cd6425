internal import DomainValues
internal import GRDB
public import SamarbeidAPI
internal import Storage

extension TenantRegistry {
  /// Records that `identity`, acting for `callerTenantID`, asked for `recordID` of
  /// `targetTenantID`.
  public func recordForeignAccess(
    identity: Identity, callerTenantID: String, targetTenantID: String, rpc: String,
    recordID: String
  ) async throws {
    let at = CivilTime.now()
    try await store.write { db in
      try db.execute(
        sql: """
          INSERT INTO security_events (at, identity, caller_tenant_id, target_tenant_id, rpc, record_id)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [at, identity.uri, callerTenantID, targetTenantID, rpc, recordID])
    }
  }

  /// Security events after `sequence`, oldest first.
  public func securityEvents(after sequence: Int64, limit: Int) async throws -> [SecurityEvent] {
    try await store.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM security_events WHERE sequence > ? ORDER BY sequence LIMIT ?",
        arguments: [sequence, limit]
      ).map { row in
        var event = SecurityEvent()
        event.sequence = row["sequence"]
        event.at = row["at"]
        event.identity = row["identity"]
        event.callerTenantID = row["caller_tenant_id"]
        event.targetTenantID = row["target_tenant_id"]
        event.rpc = row["rpc"]
        event.recordID = row["record_id"]
        return event
      }
    }
  }
}
