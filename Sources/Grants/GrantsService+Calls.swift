internal import GRDB
internal import RPC
internal import SamarbeidAPI
internal import Storage
internal import Tenancy

extension GrantsService {
  static func registerCalls(with router: inout RPCRouter) {
    router.registerTenantUnary(GrantsMethods.createCall) { (request: CreateCallRequest, scope) in
      var call = try CallRules.validated(request.call)
      call.id = scope.newRecordID(kind: GrantTables.callKind)
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
        return (created, [Audit.record(before: nil, after: created, id: created.id)])
      }
    }
    router.registerTenantUnary(GrantsMethods.openCall) { (request: CallTransitionRequest, scope) in
      try await transition(request, scope: scope, from: .draft, to: .open, verb: "open")
    }
    router.registerTenantUnary(GrantsMethods.closeCall) { (request: CallTransitionRequest, scope) in
      try await transition(request, scope: scope, from: .open, to: .closed, verb: "close")
    }
    router.registerTenantUnary(GrantsMethods.getCall) { (request: GetCallRequest, scope) in
      try await existingCall(request.id, scope: scope)
    }
    router.registerTenantUnary(GrantsMethods.listCalls) { (request: ListCallsRequest, scope) in
      let limit = try PageLimit.check(
        request.pageSize, field: "page_size", maximum: 500, fallback: 100)
      let after = try PageToken.decode(request.pageToken)
      var conditions: [String] = []
      var arguments: [String] = []
      if request.year != 0 {
        conditions.append("year = ?")
        arguments.append(String(try GrantRules.year(request.year)))
      }
      if request.state != .unspecified {
        conditions.append("state = ?")
        arguments.append(String(request.state.protoValue))
      }
      if let after {
        conditions.append("(created_at, id) > (?, ?)")
        arguments += [after.key, after.id]
      }
      let whereClause = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
      let (rows, arguments2) = (whereClause, arguments)
      let page = try await scope.read { db in
        try GrantTables.calls.fetch(
          where: rows, arguments: arguments2, order: "created_at, id", limit: limit + 1, db: db)
      }
      var response = ListCallsResponse()
      response.calls = Array(page.prefix(limit))
      if page.count > limit, let last = response.calls.last {
        response.nextPageToken = PageToken.encode(key: last.createdAt, id: last.id)
      }
      return response
    }
  }

  /// The call `id` of the caller's tenant, or NOT_FOUND (another tenant's call included).
  static func existingCall(_ id: String, scope: TenantScope) async throws -> Call {
    guard let call = try await scope.read({ db in try GrantTables.calls.find(id, db: db) }) else {
      throw await scope.notFound(id, kind: GrantTables.callKind, what: "call")
    }
    return call
  }

  private static func transition(
    _ request: CallTransitionRequest, scope: TenantScope, from: CallState, to: CallState,
    verb: String
  ) async throws -> Call {
    let id = request.id
    _ = try await existingCall(id, scope: scope)
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
      return (after, [Audit.record(before: before, after: after, id: id)])
    }
  }
}

/// What a call must satisfy.
enum CallRules {
  static func validated(_ call: Call?) throws(RPCError) -> Call {
    guard var call else { throw GrantRules.invalid("call is required") }
    call.year = try GrantRules.year(call.year)
    call.title = try GrantRules.text(call.title, field: "title", maximum: 200, required: true)
    switch call.part {
    case .operating:
      guard call.purposes.isEmpty else {
        throw GrantRules.invalid(
          "an operating-grant call has no purposes (purposes A, B, C are for activity grants)")
      }
    case .activity:
      guard !call.purposes.isEmpty else {
        throw GrantRules.invalid("an activity-grant call names at least one purpose: A, B or C")
      }
      for purpose in call.purposes {
        switch purpose {
        case .a, .b, .c: continue
        case .unspecified, .unrecognized:
          throw GrantRules.invalid("purposes must be A (1), B (2) or C (3)")
        }
      }
      guard Set(call.purposes.map(\.protoValue)).count == call.purposes.count else {
        throw GrantRules.invalid("purposes must not repeat")
      }
    case .unspecified, .unrecognized:
      throw GrantRules.invalid("part must be GRANT_PART_OPERATING (1) or GRANT_PART_ACTIVITY (2)")
    }
    call.opensOn = try GrantRules.date(call.opensOn, field: "opens_on")
    if !call.closesOn.isEmpty {
      call.closesOn = try GrantRules.date(call.closesOn, field: "closes_on")
      guard call.closesOn >= call.opensOn else {
        throw GrantRules.invalid("closes_on must not be before opens_on")
      }
    }
    return call
  }

  static func name(_ state: CallState) -> String {
    switch state {
    case .draft: "draft"
    case .open: "open"
    case .closed: "closed"
    case .unspecified, .unrecognized: "unknown"
    }
  }

  /// Why `call` takes no application `on` a day; nil when it does.
  static func closedReason(_ call: Call, on day: String) -> String? {
    guard call.state == .open else { return "call \(call.id) is \(name(call.state)), not open" }
    guard day >= call.opensOn else { return "call \(call.id) opens on \(call.opensOn)" }
    if !call.closesOn.isEmpty, day > call.closesOn {
      return "call \(call.id) closed on \(call.closesOn)"
    }
    return nil
  }
}
