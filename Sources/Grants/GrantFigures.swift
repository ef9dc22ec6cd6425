public import DomainValues
internal import Organisations
internal import SamarbeidAPI
public import Storage

/// The grant scheme's figures for national oversight, computed from one municipality's
/// records for one year in the store `store` reads: amounts, counts and shares only.
public enum GrantFigures {
  public static func year(_ year: Int32, in store: any StoreReader) throws -> YearFigures {
    try counts(year, in: store).figures
  }

  /// What the year's figures are made of, read from the records.
  public static func counts(_ year: Int32, in store: any StoreReader) throws -> GrantYearCounts {
    typealias Columns = GrantTables.Columns
    var counts = GrantYearCounts()
    let allocation = try GrantTables.allocations.find(Budget.allocationID(year: year), in: store)
    counts.allocation = Money(ore: allocation?.amountOre ?? 0)
    counts.administration = Money(ore: allocation?.administrationShareOre ?? 0)
    let applications = try GrantTables.applications.records(
      where: Columns.year == year, in: store)
    counts.recorded = allocation != nil || !applications.isEmpty
    let decided = applications.filter { $0.decision != nil }
    func outcomes(_ outcome: DecisionOutcome) -> Int64 {
      Int64(decided.count { $0.decision?.outcome == outcome })
    }
    counts.grantedInFull = outcomes(.granted)
    counts.partlyGranted = outcomes(.partlyGranted)
    counts.refused = outcomes(.refused)
    counts.rejected = outcomes(.rejected)
    counts.undecided = Int64(applications.count { !$0.submittedAt.isEmpty && $0.decision == nil })
    if decided.contains(where: { $0.submittedAt.isEmpty }) {
      counts.received = Int64(applications.count { !$0.submittedAt.isEmpty })
    }
    let holding = applications.filter(ApplicationRules.holdsGrant)
    counts.held = Int64(holding.count)
    counts.granted = try holding.reduce(Money(ore: 0)) {
      try $0.adding(Money(ore: $1.decision?.amountOre ?? 0))
    }
    counts.operating = try holding.filter { $0.part == .operating }.reduce(Money(ore: 0)) {
      try $0.adding(Money(ore: $1.decision?.amountOre ?? 0))
    }
    counts.plannedOperatingShare =
      Double(try Budget.policy(year: year, in: store).splitOperatingPermille) / 1000
    counts.paid = try applications.reduce(Money(ore: 0)) { try $0.adding(Money(ore: $1.paidOre)) }
    counts.daysToDecision = decided.compactMap { application -> Double? in
      // The day it was submitted in Norway, as the decision's day is.
      guard
        let submitted = CivilTime.date(ofTimestamp: application.submittedAt).flatMap(
          CivilDate.init),
        let decidedOn = CivilDate(application.decision?.decidedOn ?? "")
      else { return nil }
      return Double(decidedOn.dayNumber - submitted.dayNumber)
    }.sorted()
    let funded = Set(holding.map(\.organisationID))
    let immigrant = try funded.count {
      try OrganisationRecords.find($0, in: store)?.kind == .immigrantOrganisation
    }
    counts.immigrantOrganisationsFunded = Int64(immigrant)
    counts.otherOrganisationsFunded = Int64(funded.count - immigrant)
    let today = "\(CivilDate.today())"
    let due = holding.compactMap { application -> (Application, String)? in
      guard let reportDue = application.decision?.reportDue, !reportDue.isEmpty, reportDue <= today
      else { return nil }
      return (application, reportDue)
    }
    for (application, reportDue) in due {
      guard let report = application.report, !report.submittedAt.isEmpty else {
        counts.reportsMissing += 1
        continue
      }
      let received =
        CivilTime.date(ofTimestamp: report.submittedAt)
        ?? String(report.submittedAt.prefix(10))
      if received <= reportDue {
        counts.reportsOnTime += 1
      } else {
        counts.reportsLate += 1
      }
    }
    let ids = Set(applications.map(\.id))
    counts.repaymentClaims = Int64(
      try GrantTables.claims.records(in: store).count { ids.contains($0.applicationID) })
    return counts
  }
}
