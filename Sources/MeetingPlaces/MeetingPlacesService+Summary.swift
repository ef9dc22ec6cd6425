internal import DomainValues
internal import Organisations
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension MeetingPlacesService {
  public func summariseMeetingPlaces(_ request: SummariseMeetingPlacesRequest, scope: TenantScope)
    async throws -> MeetingPlacesSummary
  {
    let year = try Field.year(request.year)
    let placeID = request.meetingPlaceID
    if !placeID.isEmpty {
      _ = try await MeetingPlaceTables.places.existing(placeID, scope: scope)
    }
    // One read transaction: the places, the year's gatherings and the organisations they
    // name are one consistent state.
    return try await scope.read { store in
      try Self.summariser(year: year, placeID: placeID, in: store).summary
    }
  }

  /// The summary's records for `year` (of place `placeID`, or every place when empty) as
  /// `store` reads them.
  static func summariser(year: Int32, placeID: String, in store: any StoreReader) throws
    -> MeetingPlacesSummariser
  {
    var places = Columns.startsOn <= "\(year)-12-31" && Columns.endsOn >= "\(year)-01-01"
    var gatherings = Columns.year == year
    if !placeID.isEmpty {
      places &= .compare("id", .equal, .text(placeID))
      gatherings &= Columns.meetingPlaceID == placeID
    }
    // A place closed before it opened never ran (its last day before its first).
    let placeRecords = try MeetingPlaceTables.places.records(where: places, in: store)
      .filter { $0.endsOn.isEmpty || $0.endsOn >= $0.startsOn }
    let gatheringRecords = try MeetingPlaceTables.gatherings.records(
      where: gatherings, orderBy: ["starts_at", "id"], in: store)
    let coHosts = Set(
      gatheringRecords.flatMap { $0.organisations.filter { $0.role == .coHosting } }
        .map(\.organisationID))
    let immigrant = try coHosts.filter {
      try OrganisationRecords.find($0, in: store)?.kind == .immigrantOrganisation
    }
    return MeetingPlacesSummariser(
      year: year, places: placeRecords, gatherings: gatheringRecords,
      immigrantOrganisations: immigrant)
  }
}
