internal import DomainValues
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension GrantsService {
  public func recordPayment(_ request: RecordPaymentRequest, scope: TenantScope) async throws
    -> Payment
  {
    let applicationID = request.applicationID
    _ = try await GrantTables.applications.existing(applicationID, scope: scope)
    let amount = try Field.amount(request.amountOre, field: "amount_ore")
    let paidOn =
      request.paidOn.isEmpty ? CivilDate.today() : try Field.date(request.paidOn, field: "paid_on")
    let reference = try Field.text(
      request.reference, field: "reference", maximum: 64, required: true)
    let id = scope.newRecordID(kind: GrantTables.payments.kind)
    let now = CivilTime.now()
    return try await scope.mutate(request: request, responseType: Payment.self) { store in
      // The same reference again is the same payment, recorded once.
      if let existing = try GrantTables.payments.first(
        where: GrantTables.Columns.reference == reference, in: store)
      {
        guard existing.applicationID == applicationID, existing.amountOre == amount.ore else {
          throw DomainError.exists(
            "payment reference \(reference) is already recorded for another payment (\(existing.id))"
          )
        }
        return (existing, [])
      }
      let application = try GrantTables.applications.get(applicationID, in: store)
      guard ApplicationRules.holdsGrant(application) else {
        throw GrantRule.payment.violation(

          "application \(applicationID) holds no grant: only granted money is paid")
      }
      // Money is paid under a decision, so never before it. An appeal's final decision
      // replaces the first, under which money may already have been paid: then the bound
      // is the earliest day the first decision can have been made (an appeal is lodged
      // within three weeks of it).
      if let earliest = Self.earliestPayment(application), paidOn < earliest {
        throw GrantRule.payment.violation(
          "paid_on \(paidOn) is before the decision: money is paid under a decision, so on or "
            + "after \(earliest)")
      }
      let granted = Money(ore: application.decision?.amountOre ?? 0)
      let paid = Money(ore: application.paidOre)
      let total = try paid.adding(amount)
      guard total <= granted else {
        throw GrantRule.payment.violation(

          "paying \(amount) would bring the payments to \(total), more than the \(granted) granted "
            + "(already paid \(paid))")
      }
      var payment = Payment()
      payment.id = id
      payment.applicationID = applicationID
      payment.amountOre = amount.ore
      payment.paidOn = paidOn.description
      payment.reference = reference
      payment.recordedAt = now
      try GrantTables.payments.insert(
        payment, id: id, version: 1, inserted: [GrantTables.Columns.year(application.year)],
        in: store)
      let (_, audit) = try GrantTables.applications.change(
        applicationID, expectedVersion: application.version, in: store
      ) { $0.paidOre = total.ore }
      return (payment, [AuditRecord(before: nil, after: payment, id: id)] + audit)
    }
  }

  /// The first day a payment on `application` may be dated: its decision's date. Only an
  /// appeal decided with a new decision replaces that date (with the final one); money
  /// paid under the first decision may then be recorded, so the bound is the earliest day
  /// the first decision can have been made (an appeal is lodged within three weeks of it).
  static func earliestPayment(_ application: Application) -> CivilDate? {
    if let appeal = application.appeal, !appeal.decidedOn.isEmpty, !appeal.upheld {
      return CivilDate(appeal.lodgedOn)?.adding(days: -appealDays)
    }
    return application.decision.flatMap { CivilDate($0.decidedOn) }
  }

  public func listPayments(_ request: ListPaymentsRequest, scope: TenantScope) async throws
    -> ListPaymentsResponse
  {
    let pageRequest = try PageRequest(size: request.pageSize, token: request.pageToken)
    var filter = Condition.all
    if !request.applicationID.isEmpty {
      filter &= GrantTables.Columns.applicationID == request.applicationID
    }
    if request.year != 0 {
      filter &= GrantTables.Columns.year == (try Field.year(request.year))
    }
    let page = try await GrantTables.payments.page(
      filter, orderedBy: GrantTables.Columns.recordedAt, position: { ($0.recordedAt, $0.id) },
      page: pageRequest, scope: scope)
    var response = ListPaymentsResponse()
    response.payments = page.records
    response.nextPageToken = page.nextPageToken
    return response
  }

}
