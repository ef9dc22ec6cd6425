public import DomainValues
internal import Organisations
internal import SamarbeidAPI
public import Storage

/// Meeting places' figures for national oversight, from one municipality's records for one
/// year in the store `store` reads (the same computation as its own summary).
public enum MeetingPlaceFigures {
  public static func year(_ year: Int32, in store: any StoreReader) throws -> [IndicatorFigure] {
    // One reading of the year's records for the figures and their completeness.
    let summariser = try MeetingPlacesService.summariser(year: year, placeID: "", in: store)
    let totals = summariser.summary
    let counted = summariser.gatherings.count {
      $0.state == .completed && $0.attendance?.immigrantBackground != nil
    }
    let roles = totals.placesByRole.map { count in
      IndicatorFigure(
        "meeting-places.role-\(count.role.shortName)", .count(Int64(count.meetingPlaces)))
    }
    let held = Int64(totals.totals?.gatheringsHeld ?? 0)
    return roles + [
      IndicatorFigure("meeting-places.gatherings-per-1000", .perThousandInhabitants(held)),
      IndicatorFigure(
        "meeting-places.attendance-per-1000",
        .perThousandInhabitants(totals.totals?.attendance ?? 0)),
      IndicatorFigure(
        "meeting-places.co-hosted-by-immigrant-organisation",
        .proportion(Int64(totals.totals?.coHostedByImmigrantOrganisation ?? 0), of: held)),
      IndicatorFigure(
        "completeness.immigrant-background-counted", .proportion(Int64(counted), of: held)),
    ]
  }
}
