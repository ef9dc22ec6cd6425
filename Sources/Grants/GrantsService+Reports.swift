internal import DomainValues
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension GrantsService {
  public func submitReport(_ request: SubmitReportRequest, scope: TenantScope) async throws
    -> Application
  {
    _ = try await GrantTables.applications.existing(request.applicationID, scope: scope)
    guard var report = request.report else {
      throw DomainError.invalid("report", "report is required")
    }
    report.useOfFunds = try Field.text(
      report.useOfFunds, field: "use_of_funds", maximum: 10_000, required: true)
    report.goalAchievement = try Field.text(
      report.goalAchievement, field: "goal_achievement", maximum: 10_000, required: true)
    _ = try Field.count(report.activitiesHeld, field: "report.activities_held")
    _ = try Field.count(report.participants, field: "report.participants")
    _ = try Field.amount(report.spentOre, field: "report.spent_ore", allowZero: true)
    let now = CivilTime.now()
    let submitted = report
    return try await scope.change(
      request.applicationID, in: GrantTables.applications, expectedVersion: request.expectedVersion,
      request: request
    ) { application, _ in
      guard ApplicationRules.holdsGrant(application) else {
        throw GrantRule.report.violation(

          "application \(application.id) holds no grant: there is nothing to report on")
      }
      if let state = application.report?.state, state == .submitted || state == .approved {
        throw GrantRule.report.violation(

          "application \(application.id) already has a report that is \(state == .approved ? "approved" : "awaiting review")"
        )
      }
      let decision = application.decision ?? Decision()
      let granted = Money(ore: decision.amountOre)
      guard submitted.spentOre <= decision.amountOre else {
        throw GrantRule.report.violation(

          "spent_ore \(Money(ore: submitted.spentOre)) is more than the \(granted) granted")
      }
      if decision.auditedAccountsRequired, !submitted.auditorStatementAttached {
        throw GrantRule.report.violation(

          "the grant of \(granted) requires audited accounts: attach the auditor's statement")
      }
      var report = submitted
      report.state = .submitted
      report.submittedAt = now
      report.reviewComment = ""
      report.reviewedAt = ""
      application.report = report
    }
  }

  public func reviewReport(_ request: ReviewReportRequest, scope: TenantScope) async throws
    -> Application
  {
    _ = try await GrantTables.applications.existing(request.applicationID, scope: scope)
    let comment = try Field.text(
      request.comment, field: "comment", maximum: 5000, required: !request.approved)
    let now = CivilTime.now()
    return try await scope.change(
      request.applicationID, in: GrantTables.applications, expectedVersion: request.expectedVersion,
      request: request
    ) { application, _ in
      guard application.report?.state == .submitted else {
        throw GrantRule.report.violation(
          "application \(application.id) has no report awaiting review")
      }
      application.report?.state = request.approved ? .approved : .returned
      application.report?.reviewComment = comment
      application.report?.reviewedAt = now
    }
  }

  public func listOverdueReports(_ request: ListOverdueReportsRequest, scope: TenantScope)
    async throws -> ListApplicationsResponse
  {
    let asOf =
      request.asOf.isEmpty
      ? CivilDate.today() : try Field.date(request.asOf, field: "as_of")
    let pageRequest = try PageRequest(size: request.pageSize, token: request.pageToken)
    // Dates are stored as canonical YYYY-MM-DD, so their text order is their date order.
    typealias Columns = GrantTables.Columns
    let overdue =
      Columns.grantedOre > 0 && Columns.reportDue != "" && Columns.reportDue < asOf.description
      && Columns.reportState != ReportState.submitted.protoValue
      && Columns.reportState != ReportState.approved.protoValue
    let page = try await GrantTables.applications.page(
      overdue, orderedBy: Columns.reportDue, position: { ($0.decision?.reportDue ?? "", $0.id) },
      page: pageRequest, scope: scope)
    var response = ListApplicationsResponse()
    response.applications = page.records
    response.nextPageToken = page.nextPageToken
    return response
  }

}
