internal import DomainValues
internal import GRDB
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension GrantsService {
  public func createCall(_ request: CreateCallRequest, scope: TenantScope) async throws -> Call {
    var call = try CallRules.validated(request.call)
    call.id = scope.newRecordID(kind: GrantTables.calls.kind)
    call.state = .draft
    call.version = 1
    call.createdAt = CivilTime.now()
    let created = call
    return try await scope.mutate(request: request, responseType: Call.self) { db in
      try GrantTables.calls.insert(
        created, id: created.id, version: 1,
        columns: [
          "year": created.year, "state": created.state.protoValue,
          "created_at": created.createdAt,
        ], db: db)
      return (created, [AuditRecord(before: nil, after: created, id: created.id)])
    }
  }

  public func openCall(_ request: CallTransitionRequest, scope: TenantScope) async throws -> Call {
    try await Self.transition(request, scope: scope, from: .draft, to: .open, verb: "open")
  }

  public func closeCall(_ request: CallTransitionRequest, scope: TenantScope) async throws -> Call {
    try await Self.transition(request, scope: scope, from: .open, to: .closed, verb: "close")
  }

  public func getCall(_ request: GetCallRequest, scope: TenantScope) async throws -> Call {
    try await GrantTables.calls.existing(request.id, scope: scope)
  }

  public func listCalls(_ request: ListCallsRequest, scope: TenantScope) async throws
    -> ListCallsResponse
  {
    let limit = try PageLimit.check(
      request.pageSize, field: "page_size", maximum: 500, fallback: 100)
    var filter = RecordFilter()
    if request.year != 0 { filter.add("year = ?", try GrantRules.year(request.year)) }
    if request.state != .unspecified { filter.add("state = ?", request.state.protoValue) }
    let page = try await GrantTables.calls.page(
      filter, orderedBy: "created_at", position: { ($0.createdAt, $0.id) },
      token: request.pageToken, limit: limit, scope: scope)
    var response = ListCallsResponse()
    response.calls = page.records
    response.nextPageToken = page.nextPageToken
    return response
  }

  private static func transition(
    _ request: CallTransitionRequest, scope: TenantScope, from: CallState, to: CallState,
    verb: String
  ) async throws -> Call {
    let id = request.id
    _ = try await GrantTables.calls.existing(id, scope: scope)
    let expected = request.expectedVersion
    return try await scope.mutate(request: request, responseType: Call.self) { db in
      let before = try GrantTables.calls.get(id, db: db)
      guard before.state == from else {
        throw GrantRules.violation(
          "call \(id) is \(CallRules.name(before.state)); only \(CallRules.name(from)) calls can be \(verb)ed"
        )
      }
      var after = before
      after.state = to
      after.version = before.version + 1
      try GrantTables.calls.update(
        after, id: id, expectedVersion: expected, version: after.version,
        columns: ["state": to.protoValue], db: db)
      return (after, [AuditRecord(before: before, after: after, id: id)])
    }
  }
}
