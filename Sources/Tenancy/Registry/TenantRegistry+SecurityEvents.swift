internal import DomainValues
public import SamarbeidAPI
internal import Storage

extension TenantRegistry {
  typealias Events = RegistrySchema.SecurityEvents

  /// Records that `identity`, acting for `callerTenantID`, asked for `recordID` of
  /// `targetTenantID`.
  public func recordForeignAccess(
    identity: Identity, callerTenantID: String, targetTenantID: String, rpc: String,
    recordID: String
  ) async throws {
    let at = CivilTime.now()
    try await store.write { store in
      try store.insert(
        into: Events.table,
        [
          Events.at(at), Events.identity(identity.uri), Events.callerTenantID(callerTenantID),
          Events.targetTenantID(targetTenantID), Events.rpc(rpc), Events.recordID(recordID),
        ])
    }
  }

  /// Security events after `sequence`, oldest first.
  public func securityEvents(after sequence: Int64, limit: Int) async throws -> [SecurityEvent] {
    try await store.read { store in
      try store.select(
        [
          "sequence", "at", "identity", "caller_tenant_id", "target_tenant_id", "rpc",
          "record_id",
        ], from: Events.table, where: Events.sequence > sequence, orderBy: ["sequence"],
        limit: limit
      ).map { row in
        var event = SecurityEvent()
        event.sequence = try row(Events.sequence)
        event.at = try row(Events.at)
        event.identity = try row(Events.identity)
        event.callerTenantID = try row(Events.callerTenantID)
        event.targetTenantID = try row(Events.targetTenantID)
        event.rpc = try row(Events.rpc)
        event.recordID = try row(Events.recordID)
        return event
      }
    }
  }
}
