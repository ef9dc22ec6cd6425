internal import DomainValues
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension GrantsService {
  public func createCall(_ request: CreateCallRequest, scope: TenantScope) async throws -> Call {
    var call = try CallRules.validated(request.call)
    call.id = scope.newRecordID(kind: GrantTables.calls.kind)
    call.state = .draft
    call.createdAt = CivilTime.now()
    return try await scope.create(call, id: call.id, in: GrantTables.calls, request: request)
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
    let pageRequest = try PageRequest(size: request.pageSize, token: request.pageToken)
    var filter = Condition.all
    if request.year != 0 {
      filter &= GrantTables.Columns.year == (try Field.year(request.year))
    }
    if request.state != .unspecified {
      filter &= GrantTables.Columns.state == request.state.protoValue
    }
    let page = try await GrantTables.calls.page(
      filter, orderedBy: GrantTables.Columns.createdAt, position: { ($0.createdAt, $0.id) },
      page: pageRequest, scope: scope)
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
    return try await scope.change(
      id, in: GrantTables.calls, expectedVersion: request.expectedVersion, request: request
    ) { call, _ in
      guard call.state == from else {
        throw GrantRule.callState.violation(

          "call \(id) is \(CallRules.name(call.state)); only \(CallRules.name(from)) calls can be \(verb)ed"
        )
      }
      call.state = to
    }
  }
}
