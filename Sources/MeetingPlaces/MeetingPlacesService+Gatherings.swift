internal import DomainValues
internal import Organisations
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension MeetingPlacesService {
  public func planGathering(_ request: PlanGatheringRequest, scope: TenantScope) async throws
    -> Gathering
  {
    var gathering = try DomainError.within("gathering") { () throws(DomainError) in
      try GatheringRules.planned(request.gathering)
    }
    let placeID = gathering.meetingPlaceID
    _ = try await MeetingPlaceTables.places.existing(placeID, scope: scope)
    try await OrganisationRecords.requireExisting(
      GatheringRules.organisationIDs(presence: gathering.organisations), scope: scope)
    gathering.id = scope.newRecordID(kind: MeetingPlaceTables.gatherings.kind)
    gathering.createdAt = CivilTime.now()
    gathering.updatedAt = gathering.createdAt
    let day = try GatheringRules.startsAt(gathering.startsAt).date
    let mode = gathering.mode
    return try await scope.create(
      gathering, id: gathering.id, in: MeetingPlaceTables.gatherings, request: request
    ) { store in
      let place = try MeetingPlaceTables.places.get(placeID, in: store)
      guard place.status != .closed else {
        throw MeetingPlaceRule.placeClosed.violation(
          "meeting place \(placeID) is closed (\(place.closedReason)): it takes no new gatherings")
      }
      if place.address?.online == true && mode != .online {
        throw MeetingPlaceRule.gatheringMode.violation(
          "meeting place \(placeID) is online only: its gatherings are GATHERING_MODE_ONLINE, not \(mode)"
        )
      }
      let starts = CivilDate(place.startsOn)
      let ends = CivilDate(place.endsOn)
      guard starts.map({ day >= $0 }) ?? true, ends.map({ day <= $0 }) ?? true else {
        throw MeetingPlaceRule.gatheringInPeriod.violation(
          "the gathering on \(day) is outside meeting place \(placeID)'s period, \(place.startsOn) to \(place.endsOn.isEmpty ? "open end" : place.endsOn)"
        )
      }
    }
  }

  public func completeGathering(_ request: CompleteGatheringRequest, scope: TenantScope)
    async throws -> Gathering
  {
    _ = try await MeetingPlaceTables.gatherings.existing(request.id, scope: scope)
    let attendance = try GatheringRules.attendance(request.attendance)
    try GatheringRules.presence(request.organisations)
    guard !request.noOrganisationsPresent || request.organisations.isEmpty else {
      throw DomainError.invalid(
        "organisations",
        "organisations must be empty when no_organisations_present is true, not \(request.organisations.count) organisations"
      )
    }
    let notes = try Field.text(request.outcomeNotes, field: "outcome_notes", maximum: 10_000)
    let followUps = try GatheringRules.followUps(request.followUps)
    try await OrganisationRecords.requireExisting(
      GatheringRules.organisationIDs(presence: request.organisations, followUps: followUps),
      scope: scope)
    let now = LocalDateTime.now()
    return try await scope.change(
      request.id, in: MeetingPlaceTables.gatherings, expectedVersion: request.expectedVersion,
      request: request
    ) { gathering, _ in
      try Self.checkPlanned(gathering, to: "completed")
      guard let starts = LocalDateTime(gathering.startsAt), starts <= now else {
        throw MeetingPlaceRule.gatheringStarted.violation(
          "gathering \(gathering.id) starts at \(gathering.startsAt), after now (\(now) in Norway): complete it once it has been held"
        )
      }
      gathering.state = .completed
      gathering.attendance = attendance
      if !request.organisations.isEmpty || request.noOrganisationsPresent {
        gathering.organisations = request.organisations
      }
      gathering.outcomeNotes = notes
      gathering.followUps = followUps
      gathering.completedAt = CivilTime.now()
    }
  }

  public func cancelGathering(_ request: CancelGatheringRequest, scope: TenantScope) async throws
    -> Gathering
  {
    _ = try await MeetingPlaceTables.gatherings.existing(request.id, scope: scope)
    let reason = try Field.text(request.reason, field: "reason", maximum: 1000, required: true)
    return try await scope.change(
      request.id, in: MeetingPlaceTables.gatherings, expectedVersion: request.expectedVersion,
      request: request
    ) { gathering, _ in
      try Self.checkPlanned(gathering, to: "cancelled")
      gathering.state = .cancelled
      gathering.cancelledReason = reason
    }
  }

  public func getGathering(_ request: GetGatheringRequest, scope: TenantScope) async throws
    -> Gathering
  {
    try await MeetingPlaceTables.gatherings.existing(request.id, scope: scope)
  }

  public func listGatherings(_ request: ListGatheringsRequest, scope: TenantScope) async throws
    -> ListGatheringsResponse
  {
    var filter = Condition.all
    let period = try Field.range(
      from: request.fromDate, to: request.toDate, fields: ("from_date", "to_date"))
    if !request.meetingPlaceID.isEmpty {
      _ = try await MeetingPlaceTables.places.existing(request.meetingPlaceID, scope: scope)
      filter &= Columns.meetingPlaceID == request.meetingPlaceID
    }
    if request.state != .unspecified {
      filter &= Columns.state == (try Field.choice(request.state, field: "state")).protoValue
    }
    if let from = period.from { filter &= Columns.day >= "\(from)" }
    if let to = period.to { filter &= Columns.day <= "\(to)" }
    if !request.organisationID.isEmpty {
      filter &= Columns.organisations.holds(request.organisationID)
    }
    let page = try await MeetingPlaceTables.gatherings.page(
      filter, orderedBy: Columns.startsAt, position: { ($0.startsAt, $0.id) },
      page: PageRequest(size: request.pageSize, token: request.pageToken), scope: scope)
    return ListGatheringsResponse(items: page.records, nextPageToken: page.nextPageToken)
  }

  /// `gathering` is still planned, so it may be `completed` or `cancelled` once.
  static func checkPlanned(_ gathering: Gathering, to next: String) throws(DomainError) {
    guard gathering.state == .planned else {
      throw MeetingPlaceRule.gatheringState.violation(
        "gathering \(gathering.id) is \(gathering.state); only a planned gathering can be \(next)")
    }
  }

}
