import DomainValues
import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient

/// Meeting places and gatherings as one-line calls.
extension GrantsFixture {
  /// A place in Oslo that started 60 days ago, open-ended, the municipality its initiator.
  func meetingPlaceFields(_ change: (inout MeetingPlace) -> Void = { _ in }) -> MeetingPlace {
    var place = MeetingPlace()
    place.name = "Språkkafé"
    place.kind = .physicalVenue
    place.municipalRoles = [.initiator]
    var address = Address()
    address.streetAddress = "Storgata 1"
    address.postalCode = "0155"
    address.postalTown = "Oslo"
    address.kommunenummer = "0301"
    place.address = address
    place.audience = .both
    place.languages = ["no", "ar"]
    place.startsOn = day(-60)
    place.status = .active
    change(&place)
    return place
  }

  func createPlace(
    _ client: GRPCClient? = nil, key: String? = nil,
    _ change: (inout MeetingPlace) -> Void = { _ in }
  ) async throws(RPCError) -> MeetingPlace {
    try await (client ?? oslo).call(
      MeetingPlacesMethods.createMeetingPlace,
      CreateMeetingPlaceRequest(meetingPlace: meetingPlaceFields(change)), key: key)
  }

  func updatePlace(_ place: MeetingPlace, _ change: (inout MeetingPlace) -> Void)
    async throws(RPCError) -> MeetingPlace
  {
    var request = UpdateMeetingPlaceRequest()
    var changed = place
    change(&changed)
    request.meetingPlace = changed
    request.expectedVersion = place.version
    return try await oslo.call(MeetingPlacesMethods.updateMeetingPlace, request)
  }

  func closePlace(_ place: MeetingPlace, reason: String = "Moved to the library")
    async throws(RPCError) -> MeetingPlace
  {
    var request = CloseMeetingPlaceRequest()
    request.id = place.id
    request.expectedVersion = place.version
    request.reason = reason
    return try await oslo.call(MeetingPlacesMethods.closeMeetingPlace, request)
  }

  /// A gathering at `place` starting `days` from today at 18:00.
  func plan(
    _ place: MeetingPlace, days: Int = -1, time: String = "18:00", client: GRPCClient? = nil,
    _ change: (inout Gathering) -> Void = { _ in }
  ) async throws(RPCError) -> Gathering {
    var gathering = Gathering()
    gathering.meetingPlaceID = place.id
    gathering.startsAt = "\(day(days))T\(time)"
    gathering.mode = .inPerson
    gathering.title = "Kafékveld"
    change(&gathering)
    return try await (client ?? oslo).call(
      MeetingPlacesMethods.planGathering, PlanGatheringRequest(gathering: gathering))
  }

  /// Attendance of `total` counted, with the other counts given.
  static func attendance(
    _ total: Int32, immigrant: Int32? = nil, women: Int32? = nil, under18: Int32? = nil,
    firstTime: Int32? = nil
  ) -> Attendance {
    var attendance = Attendance()
    attendance.total = AttendanceCount(total, .headcount)
    attendance.immigrantBackground = immigrant.map { AttendanceCount($0, .estimate) }
    attendance.women = women.map { AttendanceCount($0, .headcount) }
    attendance.under18 = under18.map { AttendanceCount($0, .headcount) }
    attendance.firstTime = firstTime.map { AttendanceCount($0, .registrations) }
    return attendance
  }

  func complete(
    _ gathering: Gathering, _ attendance: Attendance?,
    organisations: [OrganisationPresence] = [], followUps: [FollowUpAction] = []
  ) async throws(RPCError) -> Gathering {
    var request = CompleteGatheringRequest()
    request.id = gathering.id
    request.expectedVersion = gathering.version
    request.attendance = attendance
    request.organisations = organisations
    request.outcomeNotes = "Good evening"
    request.followUps = followUps
    return try await oslo.call(MeetingPlacesMethods.completeGathering, request)
  }

  func cancel(_ gathering: Gathering, reason: String = "Storm") async throws(RPCError)
    -> Gathering
  {
    var request = CancelGatheringRequest()
    request.id = gathering.id
    request.expectedVersion = gathering.version
    request.reason = reason
    return try await oslo.call(MeetingPlacesMethods.cancelGathering, request)
  }

  /// An activity application of Oslo decided `outcome` (granted: 100 000 kr).
  func decidedApplication(index: Int, outcome: DecisionOutcome = .granted) async throws
    -> Application
  {
    let call = try await call(oslo, part: .activity, purposes: [.a])
    let organisation = try await organisation(
      oslo, kommune: "0301", index: index, kind: .voluntaryOrganisation)
    let application = try await application(
      oslo, call: call, organisation: organisation, amount: 10_000_000, purpose: .a)
    let ready = try await ready(oslo, application)
    return try await decide(
      oslo, ready, outcome: outcome, amount: outcome == .granted ? 10_000_000 : 0,
      reason: outcome == .granted ? "" : "Nei")
  }
}
