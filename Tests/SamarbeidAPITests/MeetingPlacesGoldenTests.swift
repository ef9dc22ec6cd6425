import Foundation
import ProtoWire
import SamarbeidAPI
import Testing

/// The samarbeid.v1.MeetingPlaces messages against Python protobuf's bytes (every field set),
/// and the enums' names against proto/'s.
@Suite("samarbeid.v1 meeting-places golden bytes") struct MeetingPlacesGoldenTests {
  static func check<Message: ProtoMessage & Equatable>(_ name: String, _ message: Message) throws {
    try SamarbeidAPIGoldenTests.check(name, message)
  }

  static var place: MeetingPlace {
    var place = MeetingPlace()
    place.id = "mpl-t-a-1"
    place.name = "Språkkafé Grünerløkka"
    place.kind = .physicalVenue
    place.municipalRoles = [.initiator, .facilitator]
    var address = Address()
    address.streetAddress = "Thorvald Meyers gate 1"
    address.postalCode = "0555"
    address.postalTown = "Oslo"
    address.kommunenummer = "0301"
    address.url = "https://example.no"
    place.address = address
    place.audience = .both
    place.languages = ["no", "ar", "so"]
    place.services = [.interpretation, .freeOfCharge]
    place.coHosts = [CoHost(organisationID: "org-1", role: .operator)]
    place.fundingApplicationIDs = ["app-1", "app-2"]
    place.startsOn = "2026-01-01"
    place.endsOn = "2026-12-31"
    place.status = .closed
    place.closedReason = "moved"
    var schedule = OpeningSchedule()
    schedule.frequency = .weekly
    schedule.description = "Tuesdays 17-20"
    place.schedule = schedule
    place.version = 4
    place.createdAt = "2026-01-01T10:00:00Z"
    place.updatedAt = "2026-02-01T10:00:00Z"
    return place
  }

  static var attendance: Attendance {
    var attendance = Attendance()
    attendance.total = AttendanceCount(40, .headcount)
    attendance.immigrantBackground = AttendanceCount(25, .estimate)
    attendance.women = AttendanceCount(0, .registrations)
    attendance.under18 = AttendanceCount(5, .headcount)
    attendance.firstTime = AttendanceCount(7, .estimate)
    return attendance
  }

  static let presence = [
    OrganisationPresence(organisationID: "org-1", role: .coHosting),
    OrganisationPresence(organisationID: "org-2", role: .attending),
  ]

  static var followUps: [FollowUpAction] {
    var action = FollowUpAction()
    action.description = "Book the hall"
    action.ownerParty = .municipality
    action.owner = "Bydel Grünerløkka"
    action.dueOn = "2026-03-01"
    action.status = .dropped
    action.statusReason = "not needed"
    return [action]
  }

  static var gathering: Gathering {
    var gathering = Gathering()
    gathering.id = "gat-t-a-1"
    gathering.meetingPlaceID = "mpl-t-a-1"
    gathering.startsAt = "2026-02-03T17:00"
    gathering.mode = .hybrid
    gathering.title = "Kafé"
    gathering.state = .completed
    gathering.attendance = attendance
    gathering.organisations = presence
    gathering.outcomeNotes = "Good"
    gathering.followUps = followUps
    gathering.cancelledReason = "x"
    gathering.completedAt = "2026-02-03T20:00:00Z"
    gathering.version = 2
    gathering.createdAt = "a"
    gathering.updatedAt = "b"
    return gathering
  }

  static var totals: GatheringTotals {
    var totals = GatheringTotals()
    totals.gatheringsHeld = 3
    totals.gatheringsPlanned = 2
    totals.gatheringsCancelled = 1
    totals.attendance = 120
    totals.immigrantBackground = 60
    totals.women = 50
    totals.under18 = 10
    totals.firstTime = 9
    totals.immigrantBackgroundPermille = 500
    totals.womenPermille = 416
    totals.under18Permille = 83
    totals.firstTimePermille = 75
    totals.organisationsInvolved = 4
    totals.coHostedByImmigrantOrganisation = 2
    totals.coHostedByImmigrantOrganisationPermille = 666
    totals.gatheringsCountingImmigrantBackground = 3
    totals.gatheringsCountingWomen = 2
    totals.gatheringsCountingUnder18 = 1
    totals.gatheringsCountingFirstTime = 70000
    return totals
  }

  @Test("meeting places: record, create, get, list, update, close") func places() throws {
    try Self.check("MeetingPlace", Self.place)
    try Self.check("CreateMeetingPlaceRequest", CreateMeetingPlaceRequest(meetingPlace: Self.place))
    try Self.check("GetMeetingPlaceRequest", GetMeetingPlaceRequest(id: "mpl-1"))
    var list = ListMeetingPlacesRequest()
    list.role = .coordinator
    list.kind = .network
    list.audience = .minority
    list.status = .active
    list.organisationID = "org-1"
    list.activeFrom = "2026-01-01"
    list.activeTo = "2026-12-31"
    list.pageSize = 10
    list.pageToken = "t"
    try Self.check("ListMeetingPlacesRequest", list)
    try Self.check(
      "ListMeetingPlacesResponse",
      ListMeetingPlacesResponse(items: [Self.place], nextPageToken: "n"))
    var update = UpdateMeetingPlaceRequest()
    update.meetingPlace = Self.place
    update.expectedVersion = 4
    try Self.check("UpdateMeetingPlaceRequest", update)
    var close = CloseMeetingPlaceRequest()
    close.id = "mpl-1"
    close.expectedVersion = 3
    close.reason = "moved"
    try Self.check("CloseMeetingPlaceRequest", close)
  }

  @Test("gatherings: record, plan, complete, cancel, get, list") func gatherings() throws {
    try Self.check("Gathering", Self.gathering)
    try Self.check("PlanGatheringRequest", PlanGatheringRequest(gathering: Self.gathering))
    var complete = CompleteGatheringRequest()
    complete.id = "gat-1"
    complete.expectedVersion = 1
    complete.attendance = Self.attendance
    complete.organisations = Self.presence
    complete.outcomeNotes = "Good"
    complete.followUps = Self.followUps
    complete.noOrganisationsPresent = true
    try Self.check("CompleteGatheringRequest", complete)
    var cancel = CancelGatheringRequest()
    cancel.id = "gat-1"
    cancel.expectedVersion = 1
    cancel.reason = "storm"
    try Self.check("CancelGatheringRequest", cancel)
    try Self.check("GetGatheringRequest", GetGatheringRequest(id: "gat-1"))
    var list = ListGatheringsRequest()
    list.meetingPlaceID = "mpl-1"
    list.state = .planned
    list.fromDate = "2026-01-01"
    list.toDate = "2026-12-31"
    list.organisationID = "org-1"
    list.pageSize = 5
    list.pageToken = "p"
    try Self.check("ListGatheringsRequest", list)
    try Self.check(
      "ListGatheringsResponse", ListGatheringsResponse(items: [Self.gathering], nextPageToken: "n"))
  }

  @Test("the summary") func summary() throws {
    var request = SummariseMeetingPlacesRequest()
    request.year = 2026
    request.meetingPlaceID = "mpl-1"
    try Self.check("SummariseMeetingPlacesRequest", request)
    var summary = MeetingPlacesSummary()
    summary.year = 2026
    summary.totals = Self.totals
    var initiator = RoleCount()
    initiator.role = .initiator
    initiator.meetingPlaces = 2
    var none = RoleCount()
    none.role = MunicipalRole.none
    summary.placesByRole = [initiator, none]
    var place = MeetingPlaceSummary()
    place.meetingPlaceID = "mpl-1"
    place.name = "Kafé"
    place.totals = Self.totals
    var january = MonthTotals()
    january.month = "2026-01"
    var february = MonthTotals()
    february.month = "2026-02"
    february.gatheringsHeld = 3
    february.attendance = 120
    place.months = [january, february]
    summary.meetingPlaces = [place]
    try Self.check("MeetingPlacesSummary", summary)
  }

  @Test("every enum named as in proto/, numbered from 0") func enumNames() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden/api_enums.txt").path
    var inProto: [String: [String]] = [:]
    for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    where !line.hasPrefix("#") {
      let parts = line.split(separator: " ")
      inProto[String(parts[0])] = parts[1].split(separator: ",").map(String.init)
    }
    let ours: [String: [String]] = [
      "MeetingPlaceKind": MeetingPlaceKind.protoNames, "MunicipalRole": MunicipalRole.protoNames,
      "Audience": Audience.protoNames, "MeetingPlaceService": MeetingPlaceService.protoNames,
      "CoHostRole": CoHostRole.protoNames, "MeetingPlaceStatus": MeetingPlaceStatus.protoNames,
      "ScheduleFrequency": ScheduleFrequency.protoNames, "GatheringMode": GatheringMode.protoNames,
      "GatheringState": GatheringState.protoNames, "CountSource": CountSource.protoNames,
      "PresenceRole": PresenceRole.protoNames, "OwnerParty": OwnerParty.protoNames,
      "ActionStatus": ActionStatus.protoNames,
      "DialogueMeetingType": DialogueMeetingType.protoNames, "Side": Side.protoNames,
      "ParticipationLevel": ParticipationLevel.protoNames, "TopicKind": TopicKind.protoNames,
      "MeetingCadence": MeetingCadence.protoNames, "AgreementStatus": AgreementStatus.protoNames,
      "CouncilRole": CouncilRole.protoNames, "IndicatorUnit": IndicatorUnit.protoNames,
      "IndicatorDirection": IndicatorDirection.protoNames,
    ]
    #expect(ours == inProto)
  }
}
