public import DomainValues
internal import Organisations
internal import SamarbeidAPI
public import Storage

/// The grant scheme's figures for national oversight, computed from one municipality's
/// records for one year in the store `store` reads: amounts, counts and shares only.
public enum GrantFigures {
  public static func year(_ year: Int32, in store: any StoreReader) throws -> [IndicatorFigure] {
    typealias Columns = GrantTables.Columns
    let allocation = try GrantTables.allocations.find(Budget.allocationID(year: year), in: store)
    let amount = Money(ore: allocation?.amountOre ?? 0)
    let administration = Money(ore: allocation?.administrationShareOre ?? 0)
    let applications = try GrantTables.applications.records(
      where: Columns.year == year, in: store)
    let received = applications.filter { !$0.submittedAt.isEmpty }
    let decided = applications.filter { $0.decision != nil }
    func outcomes(_ outcome: DecisionOutcome) -> Int64 {
      Int64(decided.count { $0.decision?.outcome == outcome })
    }
    let holding = applications.filter(ApplicationRules.holdsGrant)
    let granted = try holding.reduce(Money(ore: 0)) {
      try $0.adding(Money(ore: $1.decision?.amountOre ?? 0))
    }
    let operating = try holding.filter { $0.part == .operating }.reduce(Money(ore: 0)) {
      try $0.adding(Money(ore: $1.decision?.amountOre ?? 0))
    }
    let planned = Double(try Budget.policy(year: year, in: store).splitOperatingPermille) / 1000
    let operatingShare = granted.ore > 0 ? Double(operating.ore) / Double(granted.ore) : nil
    let paid = try applications.reduce(Money(ore: 0)) { try $0.adding(Money(ore: $1.paidOre)) }
    let days = decided.compactMap { application -> Double? in
      guard let submitted = CivilDate(String(application.submittedAt.prefix(10))),
        let decidedOn = CivilDate(application.decision?.decidedOn ?? "")
      else { return nil }
      return Double(decidedOn.dayNumber - submitted.dayNumber)
    }.sorted()
    let funded = Set(holding.map(\.organisationID))
    let immigrant = try funded.count {
      try OrganisationRecords.find($0, in: store)?.kind == .immigrantOrganisation
    }
    let today = "\(CivilDate.today())"
    let due = holding.compactMap { application -> (Application, String)? in
      guard let reportDue = application.decision?.reportDue, !reportDue.isEmpty, reportDue <= today
      else { return nil }
      return (application, reportDue)
    }
    let onTime = due.count { application, reportDue in
      guard let report = application.report, !report.submittedAt.isEmpty else { return false }
      return String(report.submittedAt.prefix(10)) <= reportDue
    }
    let ids = Set(applications.map(\.id))
    let claims = try GrantTables.claims.records(in: store).count { ids.contains($0.applicationID) }
    return [
      IndicatorFigure("grants.allocation", .amount(amount)),
      IndicatorFigure(
        "grants.administration-share", .moneyShare(administration, of: amount, over: 0)),
      IndicatorFigure("grants.granted", .amount(granted)),
      IndicatorFigure("grants.paid", .amount(paid)),
      IndicatorFigure(
        "grants.granted-share",
        .moneyShare(granted, of: (try? amount.subtracting(administration)) ?? amount, over: 0)),
      IndicatorFigure(
        "grants.operating-share",
        .moneyShare(operating, of: granted, over: Int64(holding.count))),
      IndicatorFigure("grants.operating-share-planned", .ratio(planned)),
      IndicatorFigure("grants.operating-share-gap", .ratio(operatingShare.map { $0 - planned })),
      IndicatorFigure("grants.applications", .count(Int64(received.count))),
      IndicatorFigure(
        "grants.applications-granted", .proportion(outcomes(.granted), of: Int64(decided.count))),
      IndicatorFigure(
        "grants.applications-partly-granted",
        .proportion(outcomes(.partlyGranted), of: Int64(decided.count))),
      IndicatorFigure(
        "grants.applications-refused", .proportion(outcomes(.refused), of: Int64(decided.count))),
      IndicatorFigure(
        "grants.applications-rejected", .proportion(outcomes(.rejected), of: Int64(decided.count))
      ),
      IndicatorFigure(
        "grants.days-to-decision-median",
        .statistic(days.isEmpty ? nil : Quantile.of(days, 0.5), records: Int64(days.count))),
      IndicatorFigure(
        "grants.days-to-decision-p90",
        .statistic(days.isEmpty ? nil : Quantile.of(days, 0.9), records: Int64(days.count))),
      IndicatorFigure("grants.organisations-funded", .count(Int64(funded.count))),
      IndicatorFigure(
        "grants.immigrant-organisations-funded",
        .proportion(Int64(immigrant), of: Int64(funded.count))),
      IndicatorFigure("grants.reports-on-time", .proportion(Int64(onTime), of: Int64(due.count))),
      IndicatorFigure("grants.repayment-claims", .count(Int64(claims))),
      IndicatorFigure(
        "completeness.reports",
        .proportion(
          Int64(due.count { !($0.0.report?.submittedAt ?? "").isEmpty }), of: Int64(due.count))),
    ]
  }

}
