public import DomainValues
internal import Organisations
internal import SamarbeidAPI
public import Storage

/// Meeting places' figures for national oversight, from one municipality's records for one
/// year in the store `store` reads (the same computation as its own summary).
public enum MeetingPlaceFigures {
  public static func year(_ year: Int32, in store: any StoreReader) throws -> YearFigures {
    try counts(year, in: store).figures
  }

  /// What the year's figures are made of, read from the records.
  public static func counts(_ year: Int32, in store: any StoreReader) throws
    -> MeetingPlaceYearCounts
  {
    // One reading of the year's records for the figures and their completeness.
    let summariser = try MeetingPlacesService.summariser(year: year, placeID: "", in: store)
    let totals = summariser.summary
    var counts = MeetingPlaceYearCounts()
    counts.placesByRole = totals.placesByRole.map { ($0.role.shortName, Int64($0.meetingPlaces)) }
    counts.gatheringsHeld = Int64(totals.totals?.gatheringsHeld ?? 0)
    counts.coHostedByImmigrantOrganisation = Int64(
      totals.totals?.coHostedByImmigrantOrganisation ?? 0)
    counts.immigrantBackgroundCounted = Int64(
      summariser.gatherings.count {
        $0.state == .completed && $0.attendance?.immigrantBackground != nil
      })
    counts.attendance = totals.totals?.attendance ?? 0
    counts.recorded =
      !summariser.gatherings.isEmpty || counts.placesByRole.contains { $0.places > 0 }
    return counts
  }
}
