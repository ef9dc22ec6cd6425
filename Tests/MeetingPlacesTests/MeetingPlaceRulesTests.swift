import GRPCTestSupport
import ProtoWire
import RPC
import SamarbeidAPI
import SamarbeidClient
import StoreTestSupport
import Testing

/// Every rule of a meeting place alone: the status and message, and nothing written.
@Suite("Meeting place rules") struct MeetingPlaceRulesTests {
  typealias Change = @Sendable (inout MeetingPlace) -> Void

  static let invalid: [(String, Change, String)] = [
    ("no name", { $0.name = "  " }, "name is required"),
    (
      "no kind", { $0.kind = .unspecified },
      "kind must be one of MEETING_PLACE_KIND_PHYSICAL_VENUE (1)"
    ),
    ("unknown kind", { $0.kind = MeetingPlaceKind(99) }, "not 99"),
    ("no role", { $0.municipalRoles = [] }, "municipal_roles must name at least one of"),
    (
      "none with a role", { $0.municipalRoles = [.none, .initiator] },
      "MUNICIPAL_ROLE_NONE cannot stand"
    ),
    ("a role twice", { $0.municipalRoles = [.initiator, .initiator] }, "municipal_roles names"),
    ("no address", { $0.address = nil }, "address is required"),
    ("digital not online", { $0.kind = .digital }, "must be online"),
    ("online without url", { $0.address = Address.online("") }, "address.url is required"),
    ("http url", { $0.address = Address.online("http://x.no") }, "must start with https://"),
    ("postal code", { $0.address?.postalCode = "155" }, "address.postal_code must be four digits"),
    ("no audience", { $0.audience = .unspecified }, "audience must be one of"),
    ("language", { $0.languages = ["Norsk"] }, "ISO 639"),
    ("language twice", { $0.languages = ["no", "no"] }, "languages names"),
    ("service unspecified", { $0.services = [.unspecified] }, "services must be one of"),
    ("no start", { $0.startsOn = "" }, "starts_on must be a date"),
    ("end before start", { $0.endsOn = "2000-01-01" }, "must not be before starts_on"),
    ("paused when created", { $0.status = .paused }, "status must be one of"),
    ("kommunenummer", { $0.address?.kommunenummer = "abc" }, "address.kommunenummer:"),
    (
      "co-host role", { $0.coHosts = [CoHost(organisationID: "org-x", role: .unspecified)] },
      "co_hosts.role"
    ),
    ("schedule", { $0.schedule = OpeningSchedule() }, "schedule.frequency"),
  ]

  /// One server for every case (a server per case would hold a database per tenant each,
  /// all at once).
  @Test("malformed fields: INVALID_ARGUMENT naming the field, nothing written")
  func malformed() async throws {
    try await GrantsFixture.with { fixture in
      for (name, change, message) in Self.invalid {
        let error = await refusal { _ = try await fixture.createPlace(nil, change) }
        #expect(error?.code == .invalidArgument, "\(name)")
        #expect(error?.message.contains(message) == true, "\(name): \(error?.message ?? "")")
      }
      let places = try await fixture.places()
      #expect(places.isEmpty, "nothing written")
    }
  }

  @Test("rules: another municipality's address, closed at creation, funding not granted")
  func rules() async throws {
    try await GrantsFixture.with { fixture in
      try await fixture.allocate("0301", amount: 1_000_000_000)
      let outside = await refusal {
        _ = try await fixture.createPlace { $0.address?.kommunenummer = "4601" }
      }
      #expect(outside?.code == .failedPrecondition)
      #expect(outside?.message.contains("not this municipality's (0301)") == true)
      let closed = await refusal { _ = try await fixture.createPlace { $0.status = .closed } }
      #expect(closed?.code == .failedPrecondition)
      #expect(closed?.message.contains("CloseMeetingPlace") == true)
      let refused = try await fixture.decidedApplication(index: 1, outcome: .refused)
      let unfunded = await refusal {
        _ = try await fixture.createPlace { $0.fundingApplicationIDs = [refused.id] }
      }
      #expect(unfunded?.code == .failedPrecondition)
      #expect(unfunded?.message.contains("holds no grant") == true)
      // An application still in assessment is named so in words, not by Swift's case name.
      let call = try await fixture.call(fixture.oslo, part: .activity, purposes: [.a])
      let organisation = try await fixture.organisation(fixture.oslo, kommune: "0301", index: 7)
      let assessing = try await fixture.ready(
        fixture.oslo,
        try await fixture.application(
          fixture.oslo, call: call, organisation: organisation, amount: 1_000_000, purpose: .a))
      let undecided = await refusal {
        _ = try await fixture.createPlace { $0.fundingApplicationIDs = [assessing.id] }
      }
      #expect(
        undecided?.message.contains("(it is in assessment)") == true, "\(undecided?.message ?? "")")
      let missing = await refusal {
        _ = try await fixture.createPlace {
          $0.coHosts = [CoHost(organisationID: "org-nope", role: .coHost)]
        }
      }
      #expect(missing?.code == .notFound)
      #expect(try await fixture.places().isEmpty)
      // Online places need no address in the municipality; granted applications fund.
      let granted = try await fixture.decidedApplication(index: 2)
      let online = try await fixture.createPlace {
        $0.kind = .digital
        $0.address = Address.online("https://møte.example.no")
        $0.fundingApplicationIDs = [granted.id]
        $0.municipalRoles = [MunicipalRole.none]
      }
      #expect(online.status == .active && online.version == 1 && online.id.hasPrefix("mpl_"))
    }
  }

  @Test("the status: planned → active ⇄ paused → closed, and nothing after closing")
  func transitions() async throws {
    try await GrantsFixture.with { fixture in
      let planned = try await fixture.createPlace { $0.status = .planned }
      let early = await refusal {
        _ = try await fixture.updatePlace(planned) { $0.status = .paused }
      }
      #expect(early?.code == .failedPrecondition)
      #expect(
        early?.message.contains(
          "is MEETING_PLACE_STATUS_PLANNED: it may become MEETING_PLACE_STATUS_PLANNED or MEETING_PLACE_STATUS_ACTIVE"
        ) == true, "\(early?.message ?? "")")
      let active = try await fixture.updatePlace(planned) { $0.status = .active }
      let paused = try await fixture.updatePlace(active) { $0.status = .paused }
      let back = await refusal {
        _ = try await fixture.updatePlace(paused) { $0.status = .planned }
      }
      #expect(back?.code == .failedPrecondition)
      let stale = await refusal { _ = try await fixture.updatePlace(active) { $0.name = "Ny" } }
      #expect(stale?.code == .aborted)
      let again = try await fixture.updatePlace(paused) { $0.status = .active }
      let noReason = await refusal { _ = try await fixture.closePlace(again, reason: " ") }
      #expect(noReason?.code == .invalidArgument)
      let closed = try await fixture.closePlace(again)
      #expect(closed.status == .closed && closed.closedReason == "Moved to the library")
      #expect(closed.endsOn == fixture.day())
      let twice = await refusal { _ = try await fixture.closePlace(closed) }
      #expect(twice?.code == .failedPrecondition)
      let changed = await refusal { _ = try await fixture.updatePlace(closed) { $0.name = "Ny" } }
      #expect(changed?.code == .failedPrecondition)
      #expect(changed?.message.contains("closed") == true)
      let gathering = await refusal { _ = try await fixture.plan(closed) }
      #expect(gathering?.code == .failedPrecondition)
      #expect(gathering?.message.contains("takes no new gatherings") == true)
    }
  }

  @Test(
    "closing: the period ends that day; gatherings still planned after it are held or cancelled first"
  )
  func closing() async throws {
    try await GrantsFixture.with { fixture in
      let place = try await fixture.createPlace()
      let later = try await fixture.plan(place, days: 10)
      let refused = await refusal { _ = try await fixture.closePlace(place) }
      #expect(refused?.code == .failedPrecondition)
      #expect(refused?.message.contains("\(later.id) (planned on \(fixture.day(10)))") == true)
      _ = try await fixture.cancel(later)
      let current = try await fixture.oslo.call(
        MeetingPlacesMethods.getMeetingPlace, GetMeetingPlaceRequest(id: place.id))
      let closed = try await fixture.closePlace(current)
      #expect(closed.endsOn == fixture.day())
      let never = try await fixture.createPlace {
        $0.status = .planned
        $0.startsOn = fixture.day(30)
      }
      let closedEarly = try await fixture.closePlace(never)
      #expect(closedEarly.endsOn == fixture.day(), "closed before it opened: it never ran")
    }
  }

  @Test("refusals name the field from the request in grpc-status-details-bin")
  func fieldPaths() async throws {
    try await GrantsFixture.with { fixture in
      let error = await refusal { _ = try await fixture.createPlace { $0.startsOn = "1.1.2026" } }
      let details = try StatusDetails(
        serializedBytes: try #require(error?.metadata[binaryValues: StatusDetails.trailer].first),
        limits: .default)
      let field = try details.details.first?.unpack(BadRequest.self)?.fieldViolations.first?.field
      #expect(field == "meeting_place.starts_on")
    }
  }

  @Test("an idempotency key makes a retried create one place", arguments: TestStores.kinds)
  func idempotent(store: StoreKind) async throws {
    try await GrantsFixture.with(store: store) { fixture in
      let first = try await fixture.createPlace(key: "place-1")
      let second = try await fixture.createPlace(key: "place-1")
      #expect(first == second)
      #expect(try await fixture.places().count == 1)
    }
  }
}

extension Address {
  static func online(_ url: String) -> Address {
    var address = Address()
    address.online = true
    address.url = url
    return address
  }
}

extension GrantsFixture {
  /// Every meeting place of Oslo (or `client`'s municipality).
  func places(
    _ request: ListMeetingPlacesRequest = ListMeetingPlacesRequest(), client: GRPCClient? = nil
  )
    async throws(RPCError) -> [MeetingPlace]
  {
    try await (client ?? oslo).call(MeetingPlacesMethods.listMeetingPlaces, request).meetingPlaces
  }
}
