internal import DomainValues
internal import GRDB
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension GrantsService {
  public func createRepaymentClaim(_ request: CreateRepaymentClaimRequest, scope: TenantScope)
    async throws -> RepaymentClaim
  {
    let applicationID = request.applicationID
    _ = try await GrantTables.applications.existing(applicationID, scope: scope)
    switch request.reason {
    case .unusedFunds, .misuse, .missingReport, .wrongInformation: break
    case .unspecified, .unrecognized:
      throw GrantRules.invalid(
        "reason must be UNUSED_FUNDS, MISUSE, MISSING_REPORT or WRONG_INFORMATION")
    }
    let amount = try GrantRules.amount(request.amountOre, field: "amount_ore")
    let note = try GrantRules.text(request.note, field: "note", maximum: 5000)
    let id = scope.newRecordID(kind: GrantTables.claims.kind)
    let now = CivilTime.now()
    return try await scope.mutate(request: request, responseType: RepaymentClaim.self) { db in
      let application = try GrantTables.applications.get(applicationID, db: db)
      let claimed = Money(
        ore: try Int64.fetchOne(
          db,
          sql:
            "SELECT COALESCE(SUM(amount_ore), 0) FROM repayment_claims WHERE application_id = ? AND state IN (?, ?)",
          arguments: [
            applicationID, RepaymentClaimState.open.protoValue,
            RepaymentClaimState.paid.protoValue,
          ]) ?? 0)
      let paid = Money(ore: application.paidOre)
      guard paid > .zero, try claimed.adding(amount) <= paid else {
        throw GrantRules.violation(
          "a repayment claim is at most what was paid: \(paid) paid, \(claimed) already claimed, "
            + "\(amount) asked")
      }
      var claim = RepaymentClaim()
      claim.id = id
      claim.applicationID = applicationID
      claim.reason = request.reason
      claim.amountOre = amount.ore
      claim.state = .open
      claim.note = note
      claim.version = 1
      claim.createdAt = now
      claim.updatedAt = now
      try GrantTables.claims.insert(
        claim, id: id, version: 1,
        columns: [
          "application_id": applicationID, "state": claim.state.protoValue,
          "amount_ore": amount.ore,
          "created_at": now,
        ], db: db)
      return (claim, [AuditRecord(before: nil, after: claim, id: id)])
    }
  }

  public func setRepaymentClaimState(_ request: SetRepaymentClaimStateRequest, scope: TenantScope)
    async throws -> RepaymentClaim
  {
    let id = request.id
    _ = try await GrantTables.claims.existing(id, scope: scope)
    switch request.state {
    case .paid, .waived, .cancelled: break
    default: throw GrantRules.invalid("state must be PAID, WAIVED or CANCELLED")
    }
    let note = try GrantRules.text(request.note, field: "note", maximum: 5000)
    let expected = request.expectedVersion
    let now = CivilTime.now()
    return try await scope.mutate(request: request, responseType: RepaymentClaim.self) { db in
      let before = try GrantTables.claims.get(id, db: db)
      guard before.state == .open else {
        throw GrantRules.violation(
          "repayment claim \(id) is no longer open: only open claims change state")
      }
      var after = before
      after.state = request.state
      if !note.isEmpty { after.note = note }
      after.version = before.version + 1
      after.updatedAt = now
      try GrantTables.claims.update(
        after, id: id, expectedVersion: expected, version: after.version,
        columns: ["state": after.state.protoValue],
        db: db)
      return (after, [AuditRecord(before: before, after: after, id: id)])
    }
  }

  public func listRepaymentClaims(_ request: ListRepaymentClaimsRequest, scope: TenantScope)
    async throws -> ListRepaymentClaimsResponse
  {
    let limit = try PageLimit.check(
      request.pageSize, field: "page_size", maximum: 500, fallback: 100)
    var filter = RecordFilter()
    if !request.applicationID.isEmpty { filter.add("application_id = ?", request.applicationID) }
    if request.state != .unspecified { filter.add("state = ?", request.state.protoValue) }
    let page = try await GrantTables.claims.page(
      filter, orderedBy: "created_at", position: { ($0.createdAt, $0.id) },
      token: request.pageToken, limit: limit, scope: scope)
    var response = ListRepaymentClaimsResponse()
    response.claims = page.records
    response.nextPageToken = page.nextPageToken
    return response
  }

}
