internal import DomainValues
internal import Grants
internal import Organisations
public import SamarbeidAPI
internal import Storage
public import Tenancy

/// `samarbeid.v1.MeetingPlaces`: a municipality's meeting places and the gatherings held at
/// them, in its own tenant database. Gatherings and summaries are in the extensions.
public struct MeetingPlacesService: MeetingPlacesAPI {
  public typealias Scope = TenantScope
  typealias Columns = MeetingPlaceTables.Columns

  /// The service.
  public init() {}

  public func createMeetingPlace(_ request: CreateMeetingPlaceRequest, scope: TenantScope)
    async throws -> MeetingPlace
  {
    let numbers = scope.tenant.numbers.map(\.kommunenummer)
    var place = try DomainError.within("meeting_place") { () throws(DomainError) in
      try MeetingPlaceRules.validated(
        request.meetingPlace, municipalityNumbers: numbers, statuses: [.planned, .active])
    }
    try await Self.checkReferences(of: place, scope: scope)
    place.id = scope.newRecordID(kind: MeetingPlaceTables.places.kind)
    place.closedReason = ""
    place.createdAt = CivilTime.now()
    place.updatedAt = place.createdAt
    let funding = place.fundingApplicationIDs
    return try await scope.create(
      place, id: place.id, in: MeetingPlaceTables.places, request: request
    ) { store in
      try Self.checkFunding(funding, in: store)
    }
  }

  public func getMeetingPlace(_ request: GetMeetingPlaceRequest, scope: TenantScope) async throws
    -> MeetingPlace
  {
    try await MeetingPlaceTables.places.existing(request.id, scope: scope)
  }

  public func listMeetingPlaces(_ request: ListMeetingPlacesRequest, scope: TenantScope)
    async throws -> ListMeetingPlacesResponse
  {
    var filter = Condition.all
    if request.role != .unspecified {
      filter &= Columns.roles.holds("\(try Field.choice(request.role, field: "role").protoValue)")
    }
    if request.kind != .unspecified {
      filter &= Columns.kind == (try Field.choice(request.kind, field: "kind")).protoValue
    }
    if request.audience != .unspecified {
      filter &=
        Columns.audience == (try Field.choice(request.audience, field: "audience")).protoValue
    }
    if request.status != .unspecified {
      filter &= Columns.status == (try Field.choice(request.status, field: "status")).protoValue
    }
    if !request.organisationID.isEmpty {
      filter &= Columns.organisations.holds(request.organisationID)
    }
    let active = try Field.range(
      from: request.activeFrom, to: request.activeTo, fields: ("active_from", "active_to"))
    if let from = active.from { filter &= Columns.endsOn >= "\(from)" }
    if let to = active.to { filter &= Columns.startsOn <= "\(to)" }
    let page = try await MeetingPlaceTables.places.page(
      filter, orderedBy: Columns.name, position: { ($0.name, $0.id) },
      page: PageRequest(size: request.pageSize, token: request.pageToken), scope: scope)
    return ListMeetingPlacesResponse(items: page.records, nextPageToken: page.nextPageToken)
  }

  public func updateMeetingPlace(_ request: UpdateMeetingPlaceRequest, scope: TenantScope)
    async throws -> MeetingPlace
  {
    let id = request.meetingPlace?.id ?? ""
    guard !id.isEmpty else {
      throw DomainError.invalid("meeting_place.id", "meeting_place.id is required")
    }
    // Existence first: another tenant's identifier is NOT_FOUND whatever the request holds.
    let current = try await MeetingPlaceTables.places.existing(id, scope: scope)
    try Self.checkOpen(current)
    let numbers = scope.tenant.numbers.map(\.kommunenummer)
    // Which status it may move to is a rule of the stored place (checked in the transaction).
    let changes = try DomainError.within("meeting_place") { () throws(DomainError) in
      try MeetingPlaceRules.validated(
        request.meetingPlace, municipalityNumbers: numbers, statuses: [.planned, .active, .paused])
    }
    try await Self.checkReferences(of: changes, scope: scope)
    return try await scope.change(
      id, in: MeetingPlaceTables.places, expectedVersion: request.expectedVersion,
      request: request
    ) { place, store in
      try Self.checkOpen(place)
      let allowed = MeetingPlaceRules.updatableStatuses(from: place.status)
      guard allowed.contains(changes.status) else {
        throw MeetingPlaceRule.placeState.violation(
          "meeting place \(id) is \(place.status): it may become \(allowed.map(\.description).joined(separator: " or ")), not \(changes.status)"
        )
      }
      try Self.checkFunding(changes.fundingApplicationIDs, in: store)
      try Self.checkGatherings(of: id, within: changes, in: store)
      var after = changes
      after.id = id
      after.version = place.version
      after.createdAt = place.createdAt
      after.closedReason = ""
      place = after
    }
  }

  public func closeMeetingPlace(_ request: CloseMeetingPlaceRequest, scope: TenantScope)
    async throws -> MeetingPlace
  {
    _ = try await MeetingPlaceTables.places.existing(request.id, scope: scope)
    let reason = try Field.text(request.reason, field: "reason", maximum: 1000, required: true)
    let today = CivilDate.today()
    return try await scope.change(
      request.id, in: MeetingPlaceTables.places, expectedVersion: request.expectedVersion,
      request: request
    ) { place, store in
      guard place.status != .closed else {
        throw MeetingPlaceRule.placeState.violation(
          "meeting place \(request.id) is already closed (\(place.closedReason))")
      }
      place.status = .closed
      place.closedReason = reason
      // The period ends the day it closed, unless it was to end earlier. Closed before it
      // started, it ends before its first day: it never opened, and no year counts it.
      // Gatherings still planned after that day would fall outside it: they are cancelled
      // or held first.
      let ends = CivilDate(place.endsOn).map { min($0, today) } ?? today
      place.endsOn = "\(ends)"
      try Self.checkGatherings(of: request.id, within: place, in: store)
    }
  }

  /// `place` is not closed: closed places do not change.
  static func checkOpen(_ place: MeetingPlace) throws(DomainError) {
    guard place.status != .closed else {
      throw MeetingPlaceRule.placeState.violation(
        "meeting place \(place.id) is closed (\(place.closedReason)); a closed place does not change"
      )
    }
  }

  /// The co-hosts are the tenant's organisations and the funding its applications (NOT_FOUND
  /// otherwise, another tenant's recorded as such).
  static func checkReferences(of place: MeetingPlace, scope: TenantScope) async throws {
    try await OrganisationRecords.requireExisting(place.coHosts.map(\.organisationID), scope: scope)
    for id in place.fundingApplicationIDs {
      _ = try await GrantRecords.existingApplication(id, scope: scope)
    }
  }

  /// Each funding application holds a grant, read in the change's own transaction.
  static func checkFunding(_ ids: [String], in store: any StoreReader) throws {
    for id in ids {
      guard let application = try GrantRecords.application(id, in: store) else {
        throw DomainError.notFound("application \(id) does not exist")
      }
      guard GrantRecords.holdsGrant(application) else {
        throw MeetingPlaceRule.fundingGranted.violation(
          "application \(id) holds no grant (it is \(GrantRecords.stateName(application.state))): only granted applications fund a meeting place"
        )
      }
    }
  }

  /// No gathering of place `id` that is not cancelled falls outside `place`'s period.
  static func checkGatherings(of id: String, within place: MeetingPlace, in store: any StoreReader)
    throws
  {
    let ends = CivilDate.storedEnd(place.endsOn)
    let outside = try MeetingPlaceTables.gatherings.records(
      where: Columns.meetingPlaceID == id
        && Columns.state != GatheringState.cancelled.protoValue
        && (Columns.day < place.startsOn || Columns.day > ends),
      orderBy: ["starts_at", "id"], limit: 6, in: store)
    guard outside.isEmpty else {
      let named = outside.prefix(5).map {
        "\($0.id) (\($0.state.shortName) on \($0.startsAt.prefix(10)))"
      }
      throw MeetingPlaceRule.gatheringInPeriod.violation(
        "gatherings of meeting place \(id) would fall outside \(place.startsOn) to \(place.endsOn.isEmpty ? "open end" : place.endsOn): "
          + named.joined(separator: ", ") + (outside.count > 5 ? ", ..." : "")
          + "; keep the period around them (a planned one may be cancelled first)")
    }
  }
}
