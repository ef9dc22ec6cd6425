public import DomainValues

/// What the grant scheme's figures for one municipality and year are made of: amounts, and
/// counts split into cells that do not overlap (disclosure control reasons over the cells).
/// Read from the records by ``GrantFigures``; random ones drive the disclosure tests.
public struct GrantYearCounts: Sendable, Equatable {
  public var allocation = Money(ore: 0)
  public var administration = Money(ore: 0)
  public var granted = Money(ore: 0)
  public var operating = Money(ore: 0)
  public var paid = Money(ore: 0)
  /// The operating grants' share of the planned split, 0...1.
  public var plannedOperatingShare = 0.0
  /// Decisions by outcome.
  public var grantedInFull: Int64 = 0
  public var partlyGranted: Int64 = 0
  public var refused: Int64 = 0
  public var rejected: Int64 = 0
  /// Applications submitted and not decided.
  public var undecided: Int64 = 0
  /// Whether every decided application was submitted (the workflow's rule): the applications
  /// received are then the decisions and `undecided`; otherwise `received` counts apart.
  public var received: Int64? = nil
  /// Applications granted in full or in part that hold their grant: all of them, as the
  /// workflow goes (a separate cell should the two ever differ).
  public var held: Int64 = 0
  /// Days from submission to each decision, sorted (as many as the decisions, or fewer when
  /// a date could not be read).
  public var daysToDecision: [Double] = []
  /// Distinct organisations holding a grant, immigrant organisations and others.
  public var immigrantOrganisationsFunded: Int64 = 0
  public var otherOrganisationsFunded: Int64 = 0
  /// Reports due by today on grants held: received on time, received late, not received.
  public var reportsOnTime: Int64 = 0
  public var reportsLate: Int64 = 0
  public var reportsMissing: Int64 = 0
  public var repaymentClaims: Int64 = 0
  /// Whether the year has any grant records (an allocation or an application): without, its
  /// figures are no data rather than 0.
  public var recorded = true

  public init() {}

  /// The figures, and the cells their counts are sums of.
  public var figures: YearFigures {
    var cells = CountCells()
    let full = cells.cell("grants.decided.granted", grantedInFull)
    let partly = cells.cell("grants.decided.partly-granted", partlyGranted)
    let refused = cells.cell("grants.decided.refused", refused)
    let rejected = cells.cell("grants.decided.rejected", rejected)
    let decided = full + partly + refused + rejected
    let undecided = cells.cell("grants.received.undecided", undecided)
    let received = self.received.map { cells.cell("grants.received", $0) } ?? decided + undecided
    // Every decision that grants money holds it (a decided application only moves on to an
    // appeal and its final decision): the grants held are the full and partial grants.
    var held = full + partly
    if self.held != held.value {
      held = cells.cell("grants.held", self.held)
      cells.require(held, atMost: full + partly)
    }
    var dated = decided
    if daysToDecision.count != decided.value {
      dated = cells.cell("grants.decided.dated", Int64(daysToDecision.count))
      cells.require(dated, atMost: decided)
    }
    let immigrant = cells.cell("grants.funded.immigrant", immigrantOrganisationsFunded)
    let funded = immigrant + cells.cell("grants.funded.other", otherOrganisationsFunded)
    cells.require(funded, atMost: held)
    let onTime = cells.cell("grants.reports.on-time", reportsOnTime)
    let delivered = onTime + cells.cell("grants.reports.late", reportsLate)
    let due = delivered + cells.cell("grants.reports.missing", reportsMissing)
    cells.require(due, atMost: held)
    let claims = cells.cell("grants.repayment-claims", repaymentClaims)
    let available = (try? allocation.subtracting(administration)) ?? allocation
    let operatingShare =
      granted.ore > 0 ? Double(operating.ore) / Double(granted.ore) : nil
    let days = daysToDecision
    return YearFigures(
      [
        IndicatorFigure("grants.allocation", .amount(allocation)),
        IndicatorFigure(
          "grants.administration-share", .moneyShare(administration, of: allocation, over: nil)),
        IndicatorFigure("grants.granted", .amount(granted)),
        IndicatorFigure("grants.paid", .amount(paid)),
        IndicatorFigure("grants.granted-share", .moneyShare(granted, of: available, over: nil)),
        IndicatorFigure("grants.operating-share", .moneyShare(operating, of: granted, over: held)),
        IndicatorFigure("grants.operating-share-planned", .ratio(plannedOperatingShare)),
        IndicatorFigure(
          "grants.operating-share-gap", .ratio(operatingShare.map { $0 - plannedOperatingShare })),
        IndicatorFigure("grants.applications", .count(received)),
        IndicatorFigure("grants.applications-granted", .proportion(full, of: decided)),
        IndicatorFigure("grants.applications-partly-granted", .proportion(partly, of: decided)),
        IndicatorFigure("grants.applications-refused", .proportion(refused, of: decided)),
        IndicatorFigure("grants.applications-rejected", .proportion(rejected, of: decided)),
        IndicatorFigure(
          "grants.days-to-decision-median",
          .statistic(days.isEmpty ? nil : Quantile.of(days, 0.5), records: dated)),
        IndicatorFigure(
          "grants.days-to-decision-p90",
          .statistic(days.isEmpty ? nil : Quantile.of(days, 0.9), records: dated)),
        IndicatorFigure("grants.organisations-funded", .count(funded)),
        IndicatorFigure(
          "grants.immigrant-organisations-funded", .proportion(immigrant, of: funded)),
        IndicatorFigure("grants.reports-on-time", .proportion(onTime, of: due)),
        IndicatorFigure("grants.repayment-claims", .count(claims)),
        IndicatorFigure("completeness.reports", .proportion(delivered, of: due)),
      ], cells: cells, recorded: recorded)
  }
}
