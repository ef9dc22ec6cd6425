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
    let page = try PageRequest(
      size: request.pageSize, token: request.pageToken, limit: request.limit,
      afterSequence: request.afterSequence)
    let fetched = try await scope.store.auditEntries(
      after: try page.afterSequence, limit: page.size + 1,
      entityID: request.entityID.isEmpty ? nil : request.entityID)
    let fitting = min(page.size, PageBudget.count(fitting: fetched.lazy.map(\.byteCount)))
    let entries = fetched.prefix(fitting)
    var response = ListAuditEventsResponse()
    if fetched.count > fitting, let last = entries.last {
      response.nextAfterSequence = last.sequence
      response.nextPageToken = PageRequest.token(afterSequence: last.sequence)
    }
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
