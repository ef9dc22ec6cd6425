internal import RPC
public import SamarbeidAPI
internal import Storage

/// `samarbeid.v1.AuditLog`: a municipality reads its own tenant's audit log.
public struct AuditLogService: AuditLogAPI {
  public typealias Scope = TenantScope

  /// The service.
  public init() {}

  public func listAuditEvents(_ request: ListAuditEventsRequest, scope: TenantScope) async throws
    -> ListAuditEventsResponse
  {
    let limit = try PageLimit.check(request.limit, field: "limit", maximum: 1000, fallback: 100)
    let fetched = try await scope.store.auditEntries(
      after: request.afterSequence, limit: limit + 1,
      entityID: request.entityID.isEmpty ? nil : request.entityID)
    let fitting = min(limit, PageBudget.count(fitting: fetched.lazy.map(\.byteCount)))
    let entries = fetched.prefix(fitting)
    var response = ListAuditEventsResponse()
    if fetched.count > fitting { response.nextAfterSequence = entries.last?.sequence ?? 0 }
    response.events = entries.map { entry in
      var event = AuditEvent()
      event.sequence = entry.sequence
      event.at = entry.at
      event.identity = entry.identity
      event.rpc = entry.rpc
      event.entityType = entry.entityType
      event.entityID = entry.entityID
      event.before = entry.before ?? []
      event.after = entry.after ?? []
      event.idempotencyKey = entry.idempotencyKey ?? ""
      return event
    }
    return response
  }

}
