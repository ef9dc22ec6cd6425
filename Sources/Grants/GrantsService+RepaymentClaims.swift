internal import DomainValues
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
      throw DomainError.invalid(
        "reason", "reason must be UNUSED_FUNDS, MISUSE, MISSING_REPORT or WRONG_INFORMATION")
    }
    let amount = try Field.amount(request.amountOre, field: "amount_ore")
    let note = try Field.text(request.note, field: "note", maximum: 5000)
    let id = scope.newRecordID(kind: GrantTables.claims.kind)
    var claim = RepaymentClaim()
    claim.id = id
    claim.applicationID = applicationID
    claim.reason = request.reason
    claim.amountOre = amount.ore
    claim.state = .open
    claim.note = note
    claim.createdAt = CivilTime.now()
    claim.updatedAt = claim.createdAt
    return try await scope.create(claim, id: id, in: GrantTables.claims, request: request) {
      store in
      let application = try GrantTables.applications.get(applicationID, in: store)
      let owed =
        GrantTables.Columns.state == RepaymentClaimState.open.protoValue
        || GrantTables.Columns.state == RepaymentClaimState.paid.protoValue
      let claimed = Money(
        ore: try GrantTables.claims.sum(
          GrantTables.Columns.amountOre,
          where: GrantTables.Columns.applicationID == applicationID && owed, in: store))
      let paid = Money(ore: application.paidOre)
      guard paid > .zero, try claimed.adding(amount) <= paid else {
        throw GrantRule.repaymentClaim.violation(

          "a repayment claim is at most what was paid: \(paid) paid, \(claimed) already claimed, "
            + "\(amount) asked")
      }
    }
  }

  public func setRepaymentClaimState(_ request: SetRepaymentClaimStateRequest, scope: TenantScope)
    async throws -> RepaymentClaim
  {
    let id = request.id
    _ = try await GrantTables.claims.existing(id, scope: scope)
    switch request.state {
    case .paid, .waived, .cancelled: break
    default: throw DomainError.invalid("state", "state must be PAID, WAIVED or CANCELLED")
    }
    let note = try Field.text(request.note, field: "note", maximum: 5000)
    return try await scope.change(
      id, in: GrantTables.claims, expectedVersion: request.expectedVersion, request: request
    ) { claim, _ in
      guard claim.state == .open else {
        throw GrantRule.repaymentClaim.violation(

          "repayment claim \(id) is no longer open: only open claims change state")
      }
      claim.state = request.state
      if !note.isEmpty { claim.note = note }
    }
  }

  public func listRepaymentClaims(_ request: ListRepaymentClaimsRequest, scope: TenantScope)
    async throws -> ListRepaymentClaimsResponse
  {
    let pageRequest = try PageRequest(size: request.pageSize, token: request.pageToken)
    var filter = Condition.all
    if !request.applicationID.isEmpty {
      filter &= GrantTables.Columns.applicationID == request.applicationID
    }
    if request.state != .unspecified {
      filter &= GrantTables.Columns.state == request.state.protoValue
    }
    let page = try await GrantTables.claims.page(
      filter, orderedBy: GrantTables.Columns.createdAt, position: { ($0.createdAt, $0.id) },
      page: pageRequest, scope: scope)
    var response = ListRepaymentClaimsResponse()
    response.claims = page.records
    response.nextPageToken = page.nextPageToken
    return response
  }

}
