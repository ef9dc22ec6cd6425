public import DomainValues

/// What meeting places' figures for one municipality and year are made of, in cells that do
/// not overlap. Read from the records by ``MeetingPlaceFigures``; random ones drive the
/// disclosure tests.
public struct MeetingPlaceYearCounts: Sendable, Equatable {
  /// Meeting places active in the year by the municipality's role, as
  /// (`MunicipalRole.shortName`, places).
  public var placesByRole: [(role: String, places: Int64)] = []
  /// Gatherings held (completed, attendance recorded).
  public var gatheringsHeld: Int64 = 0
  /// Of those, co-hosted by an immigrant organisation.
  public var coHostedByImmigrantOrganisation: Int64 = 0
  /// Of those, with people of immigrant background counted.
  public var immigrantBackgroundCounted: Int64 = 0
  /// Attendance at the gatherings held.
  public var attendance: Int64 = 0
  /// Whether the year has any meeting-place records (a place active, a gathering): without,
  /// its figures are no data rather than 0.
  public var recorded = true

  public init() {}

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.placesByRole.elementsEqual(rhs.placesByRole) { $0 == $1 }
      && lhs.gatheringsHeld == rhs.gatheringsHeld
      && lhs.coHostedByImmigrantOrganisation == rhs.coHostedByImmigrantOrganisation
      && lhs.immigrantBackgroundCounted == rhs.immigrantBackgroundCounted
      && lhs.attendance == rhs.attendance && lhs.recorded == rhs.recorded
  }

  /// The figures, and the cells their counts are sums of.
  public var figures: YearFigures {
    var cells = CountCells()
    let roles = placesByRole.map { role, places in
      IndicatorFigure(
        "meeting-places.role-\(role)",
        .count(cells.cell("meeting-places.places.\(role)", places)))
    }
    let coHosted = cells.cell("meeting-places.held.co-hosted", coHostedByImmigrantOrganisation)
    let heldByHost =
      coHosted
      + cells.cell(
        "meeting-places.held.not-co-hosted", gatheringsHeld - coHostedByImmigrantOrganisation)
    let counted = cells.cell("meeting-places.held.counted", immigrantBackgroundCounted)
    let heldByCount =
      counted
      + cells.cell("meeting-places.held.not-counted", gatheringsHeld - immigrantBackgroundCounted)
    cells.require(heldByHost, equals: heldByCount)
    let attendance = cells.cell("meeting-places.attendance", attendance)
    return YearFigures(
      roles + [
        IndicatorFigure("meeting-places.gatherings-per-1000", .perThousandInhabitants(heldByHost)),
        IndicatorFigure("meeting-places.attendance-per-1000", .perThousandInhabitants(attendance)),
        IndicatorFigure(
          "meeting-places.co-hosted-by-immigrant-organisation",
          .proportion(coHosted, of: heldByHost)),
        IndicatorFigure(
          "completeness.immigrant-background-counted", .proportion(counted, of: heldByCount)),
      ], cells: cells, recorded: recorded)
  }
}
