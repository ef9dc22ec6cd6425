import GRPCTestSupport
import ProtoWire
import RPC
import SamarbeidAPI
import SamarbeidClient
import Testing

/// Gatherings: planned, then completed or cancelled once; every rule alone.
@Suite("Gatherings") struct GatheringTests {
  @Test("planned → completed, planned → cancelled, and nothing after either")
  func transitions() async throws {
    try await GrantsFixture.with { fixture in
      let place = try await fixture.createPlace()
      let planned = try await fixture.plan(place)
      #expect(planned.state == .planned && planned.version == 1 && planned.id.hasPrefix("gat_"))
      let held = try await fixture.complete(planned, GrantsFixture.attendance(30, immigrant: 20))
      #expect(held.state == .completed && held.attendance?.total?.count == 30)
      #expect(!held.completedAt.isEmpty && held.version == 2)
      let again = await refusal {
        _ = try await fixture.complete(held, GrantsFixture.attendance(1))
      }
      #expect(again?.code == .failedPrecondition)
      #expect(again?.message.contains("only a planned gathering can be completed") == true)
      let cancelHeld = await refusal { _ = try await fixture.cancel(held) }
      #expect(cancelHeld?.code == .failedPrecondition)
      let other = try await fixture.plan(place, days: 5)
      let noReason = await refusal { _ = try await fixture.cancel(other, reason: "") }
      #expect(noReason?.code == .invalidArgument)
      let cancelled = try await fixture.cancel(other)
      #expect(cancelled.state == .cancelled && cancelled.cancelledReason == "Storm")
      let completeCancelled = await refusal {
        _ = try await fixture.complete(cancelled, GrantsFixture.attendance(1))
      }
      #expect(completeCancelled?.code == .failedPrecondition)
      let stale = await refusal { _ = try await fixture.cancel(planned) }
      #expect(stale?.code == .aborted || stale?.code == .failedPrecondition)
    }
  }

  @Test("planning: a time in Norway, a mode, a title, inside the place's period, no attendance yet")
  func planning() async throws {
    try await GrantsFixture.with { fixture in
      let place = try await fixture.createPlace { $0.endsOn = fixture.day(30) }
      let cases: [(String, (inout Gathering) -> Void, Status.Code, String)] = [
        (
          "time", { $0.startsAt = "2026-13-01T18:00" }, .invalidArgument,
          "starts_at must be a local time"
        ),
        ("hour", { $0.startsAt = "2026-01-01T24:00" }, .invalidArgument, "YYYY-MM-DDTHH:MM"),
        (
          "no such time", { $0.startsAt = "2026-03-29T02:30" }, .invalidArgument,
          "does not exist in Norway"
        ),
        ("mode", { $0.mode = .unspecified }, .invalidArgument, "mode must be one of"),
        ("title", { $0.title = "" }, .invalidArgument, "title is required"),
        (
          "attendance", { $0.attendance = GrantsFixture.attendance(3) }, .invalidArgument,
          "CompleteGathering"
        ),
        ("no place", { $0.meetingPlaceID = "" }, .invalidArgument, "meeting_place_id is required"),
        ("unknown place", { $0.meetingPlaceID = "mpl-nope" }, .notFound, "mpl-nope"),
        (
          "before", { $0.startsAt = "\(fixture.day(-61))T10:00" }, .failedPrecondition,
          "outside meeting place"
        ),
        (
          "after", { $0.startsAt = "\(fixture.day(31))T10:00" }, .failedPrecondition,
          "outside meeting place"
        ),
        (
          "organisation",
          { $0.organisations = [OrganisationPresence(organisationID: "org-x", role: .attending)] },
          .notFound, "org-x"
        ),
      ]
      for (name, change, code, message) in cases {
        let error = await refusal { _ = try await fixture.plan(place, change) }
        #expect(error?.code == code, "\(name)")
        #expect(error?.message.contains(message) == true, "\(name): \(error?.message ?? "")")
      }
      #expect(try await fixture.gatherings().isEmpty)
      // The first and last days of the period are inside it.
      _ = try await fixture.plan(place, days: -60)
      _ = try await fixture.plan(place, days: 30)
      // Shrinking the period around them is refused; the gatherings stay inside.
      let current = try await fixture.oslo.call(
        MeetingPlacesMethods.getMeetingPlace, GetMeetingPlaceRequest(id: place.id))
      let shrink = await refusal {
        _ = try await fixture.updatePlace(current) { $0.endsOn = fixture.day(29) }
      }
      #expect(shrink?.code == .failedPrecondition)
      #expect(shrink?.message.contains("(planned on \(fixture.day(30)))") == true)
    }
  }

  @Test("an online place takes online gatherings only")
  func online() async throws {
    try await GrantsFixture.with { fixture in
      let place = try await fixture.createPlace {
        $0.kind = .digital
        $0.address = Address.online("https://møte.example.no")
      }
      let inPerson = await refusal { _ = try await fixture.plan(place) }
      #expect(inPerson?.code == .failedPrecondition)
      #expect(inPerson?.message.contains("online only") == true)
      let online = try await fixture.plan(place) { $0.mode = .online }
      #expect(online.mode == .online)
    }
  }

  @Test("completing: counts within bounds and the total, each with a source, not before it starts")
  func completing() async throws {
    try await GrantsFixture.with { fixture in
      let place = try await fixture.createPlace()
      let planned = try await fixture.plan(place)
      var noSource = GrantsFixture.attendance(10)
      noSource.women = AttendanceCount(3, .unspecified)
      let cases: [(String, Attendance?, String)] = [
        ("no attendance", nil, "attendance.total is required"),
        ("no total", Attendance(), "attendance.total is required"),
        ("negative", GrantsFixture.attendance(-1), "must not be negative"),
        ("implausible", GrantsFixture.attendance(100_001), "implausible"),
        (
          "above total", GrantsFixture.attendance(10, immigrant: 11),
          "at most attendance.total (10)"
        ),
        (
          "under-18 above total", GrantsFixture.attendance(10, under18: 12),
          "attendance.under_18.count"
        ),
        ("no source", noSource, "attendance.women.source"),
      ]
      for (name, attendance, message) in cases {
        let error = await refusal { _ = try await fixture.complete(planned, attendance) }
        #expect(error?.code == .invalidArgument, "\(name)")
        #expect(error?.message.contains(message) == true, "\(name): \(error?.message ?? "")")
      }
      // The field is in grpc-status-details-bin too, as google.rpc.BadRequest.
      let above = await refusal {
        _ = try await fixture.complete(planned, GrantsFixture.attendance(10, women: 11))
      }
      let details = try StatusDetails(
        serializedBytes: try #require(above?.metadata[binaryValues: StatusDetails.trailer].first),
        limits: .default)
      #expect(details.code == 3)
      let violation = try details.details.first?.unpack(BadRequest.self)?.fieldViolations.first
      #expect(violation?.field == "attendance.women.count")
      var dropped = FollowUpAction()
      dropped.description = "Ring"
      dropped.ownerParty = .municipality
      dropped.owner = "Bydel"
      dropped.status = .dropped
      let noWhy = await refusal {
        _ = try await fixture.complete(planned, GrantsFixture.attendance(5), followUps: [dropped])
      }
      #expect(noWhy?.code == .invalidArgument)
      #expect(noWhy?.message.contains("follow_ups[0].status_reason is required") == true)
      let future = try await fixture.plan(place, days: 1)
      let early = await refusal {
        _ = try await fixture.complete(future, GrantsFixture.attendance(5))
      }
      #expect(early?.code == .failedPrecondition)
      #expect(early?.message.contains("complete it once it has been held") == true)
      let rule = try StatusDetails(
        serializedBytes: try #require(early?.metadata[binaryValues: StatusDetails.trailer].first),
        limits: .default
      ).details.first?.unpack(PreconditionFailure.self)?.violations.first
      #expect(rule?.type == "gathering-started" && rule?.subject == "samarbeid.v1")
      let stored = try await fixture.oslo.call(
        MeetingPlacesMethods.getGathering, GetGatheringRequest(id: planned.id))
      #expect(stored == planned, "refusals change nothing")
      // The whole of 100,000 and every count equal to the total are allowed.
      let full = try await fixture.complete(
        planned,
        GrantsFixture.attendance(
          100_000, immigrant: 100_000, women: 0, under18: 0, firstTime: 100_000))
      #expect(full.attendance?.firstTime?.count == 100_000)
      #expect(full.followUps.isEmpty)
    }
  }

  @Test("lists: by place, state, period and organisation, in time order, a page at a time")
  func lists() async throws {
    try await GrantsFixture.with { fixture in
      let organisation = try await fixture.organisation(fixture.oslo, kommune: "0301", index: 1)
      let first = try await fixture.createPlace()
      let second = try await fixture.createPlace {
        $0.name = "Nettverk"
        $0.kind = .network
        $0.municipalRoles = [.coordinator, .facilitator]
        $0.coHosts = [CoHost(organisationID: organisation.id, role: .operator)]
      }
      let early = try await fixture.plan(first, days: -10)
      let late = try await fixture.plan(second, days: -2) {
        $0.organisations = [OrganisationPresence(organisationID: organisation.id, role: .coHosting)]
      }
      let middle = try await fixture.plan(first, days: -5)
      _ = try await fixture.cancel(middle)
      #expect(try await fixture.gatherings().map(\.id) == [early.id, middle.id, late.id])
      var request = ListGatheringsRequest()
      request.meetingPlaceID = first.id
      #expect(try await fixture.gatherings(request).map(\.id) == [early.id, middle.id])
      request = ListGatheringsRequest()
      request.state = .cancelled
      #expect(try await fixture.gatherings(request).map(\.id) == [middle.id])
      request = ListGatheringsRequest()
      request.fromDate = fixture.day(-6)
      request.toDate = fixture.day(-2)
      #expect(try await fixture.gatherings(request).map(\.id) == [middle.id, late.id])
      request = ListGatheringsRequest()
      request.organisationID = organisation.id
      #expect(try await fixture.gatherings(request).map(\.id) == [late.id])
      request = ListGatheringsRequest()
      request.pageSize = 2
      let page = try await fixture.oslo.call(MeetingPlacesMethods.listGatherings, request)
      #expect(page.gatherings.count == 2 && !page.nextPageToken.isEmpty)
      request.pageToken = page.nextPageToken
      let rest = try await fixture.oslo.call(MeetingPlacesMethods.listGatherings, request)
      #expect(rest.gatherings.map(\.id) == [late.id] && rest.nextPageToken.isEmpty)
      request = ListGatheringsRequest()
      request.fromDate = fixture.day(-1)
      request.toDate = fixture.day(-3)
      let inverted = await refusal { _ = try await fixture.gatherings(request) }
      #expect(
        inverted?.code == .invalidArgument && inverted?.message.contains("to_date (") == true)
      request = ListGatheringsRequest()
      request.meetingPlaceID = "mpl_nope"
      let unknown = await refusal { _ = try await fixture.gatherings(request) }
      #expect(unknown?.code == .notFound)
      request = ListGatheringsRequest()
      request.fromDate = "someday"
      let bad = await refusal { _ = try await fixture.gatherings(request) }
      #expect(
        bad?.code == .invalidArgument && bad?.message.contains("from_date must be a date") == true)

      // No organisation came to the one planned with a co-host: say so, and it is recorded.
      var both = CompleteGatheringRequest()
      both.id = late.id
      both.expectedVersion = late.version
      both.attendance = GrantsFixture.attendance(12)
      both.organisations = late.organisations
      both.noOrganisationsPresent = true
      let contradiction = await refusal {
        _ = try await fixture.oslo.call(MeetingPlacesMethods.completeGathering, both)
      }
      #expect(contradiction?.code == .invalidArgument)
      both.organisations = []
      let alone = try await fixture.oslo.call(MeetingPlacesMethods.completeGathering, both)
      #expect(alone.state == .completed && alone.organisations.isEmpty)

      var places = ListMeetingPlacesRequest()
      places.role = .coordinator
      #expect(try await fixture.places(places).map(\.id) == [second.id])
      places = ListMeetingPlacesRequest()
      places.organisationID = organisation.id
      #expect(try await fixture.places(places).map(\.id) == [second.id])
      places = ListMeetingPlacesRequest()
      places.kind = .physicalVenue
      #expect(try await fixture.places(places).map(\.id) == [first.id])
      places = ListMeetingPlacesRequest()
      places.activeTo = fixture.day(-61)
      #expect(try await fixture.places(places).isEmpty)
      places.activeTo = fixture.day(-60)
      #expect(try await fixture.places(places).count == 2)
      places = ListMeetingPlacesRequest()
      places.role = MunicipalRole(42)
      let role = await refusal { _ = try await fixture.places(places) }
      #expect(role?.code == .invalidArgument)
    }
  }
}

extension GrantsFixture {
  func gatherings(_ request: ListGatheringsRequest = ListGatheringsRequest()) async throws
    -> [Gathering]
  {
    try await oslo.call(MeetingPlacesMethods.listGatherings, request).gatherings
  }
}
