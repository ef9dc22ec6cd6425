internal import DomainValues
internal import Foundation
internal import ProtoWire
public import RPC
internal import SamarbeidAPI
public import SamarbeidClient
internal import Synchronization

/// Meeting places under load: on each test tenant, every worker keeps a meeting place of its
/// own (created on its first unit of work, co-hosted by the tenant's load organisation); a
/// unit plans a gathering there (yesterday, so it has been held), completes it with counted
/// attendance, reads it back and lists the place's latest gatherings: four RPCs, each timed.
/// After the run the books are checked: every acknowledged place and gathering is on the
/// server with the counts acknowledged, and each place's summary equals the sums of what was
/// acknowledged there.
public final class MeetingPlacesLoadScenario: LoadScenario {
  public var name: String { "meeting-places" }

  struct Acknowledged: Sendable {
    var gatherings: [String: Int32] = [:]
    /// A call at the place failed: the server may hold more than was acknowledged.
    var uncertain = false
  }

  struct Books {
    var tenants: [String] = []
    var organisations: [String: String] = [:]
    /// Per tenant, the place of each worker.
    var places: [String: [Int: String]] = [:]
    /// Per place, the completed gatherings and their totals.
    var acknowledged: [String: Acknowledged] = [:]
  }

  let requestedTenants: [String]
  let oversight: ClientConfiguration
  private let books = Mutex(Books())
  private let sequence = Atomic<Int>(0)
  /// Yesterday in Norway: every gathering of the run has been held.
  let day = CivilDate.today().adding(days: -1)

  /// Work on the test tenants numbered `tenants` (empty: every active test tenant); the
  /// tenants are read from the registry as IMDi (`oversight`).
  public init(tenants: [String], oversight: ClientConfiguration) {
    self.requestedTenants = tenants
    self.oversight = oversight
  }

  public func perform(on client: GRPCClient, options: CallOptions) async throws(RPCError) {
    throw RPCError(code: .internal, message: "the meeting-places scenario runs as a workflow")
  }

  // MARK: Work

  public func run(on client: GRPCClient, options: CallOptions, worker: Int) async -> [LoadStep] {
    let (tenant, organisation, existing) = books.withLock { books in
      let tenant = books.tenants.isEmpty ? "" : books.tenants[worker % books.tenants.count]
      return (tenant, books.organisations[tenant], books.places[tenant]?[worker])
    }
    guard let organisation else {
      return [
        LoadStep(
          name: "prepare", microseconds: 0,
          error: RPCError(code: .failedPrecondition, message: "no organisation"))
      ]
    }
    var steps: [LoadStep] = []
    func step(_ name: String, _ body: () async throws(RPCError) -> Void) async -> Bool {
      let step = await LoadStep.time(name, body)
      steps.append(step)
      return step.error == nil
    }
    func call<Request: ProtoMessage, Response: ProtoMessage>(
      _ method: UnaryMethod<Request, Response>, _ request: Request, key: String? = nil
    ) async throws(RPCError) -> Response {
      try await TenantCalls.unary(
        client, method, request, tenant: tenant, options: options, key: key)
    }
    var placeID = existing ?? ""
    if existing == nil {
      guard
        await step(
          "CreateMeetingPlace",
          { () throws(RPCError) in
            placeID =
              try await call(
                MeetingPlacesMethods.createMeetingPlace,
                CreateMeetingPlaceRequest(
                  meetingPlace: place(worker, tenant: tenant, organisation: organisation)),
                key: UUID().uuidString
              ).id
          })
      else { return steps }
      let id = placeID
      books.withLock {
        $0.places[tenant, default: [:]][worker] = id
        $0.acknowledged[id] = Acknowledged()
      }
    }
    let index = sequence.wrappingAdd(1, ordering: .relaxed).oldValue
    var gathering = Gathering()
    gathering.meetingPlaceID = placeID
    gathering.startsAt = "\(day)T\(10 + index % 12):\(index % 6)0"
    gathering.mode = .inPerson
    gathering.title = "Samling \(index)"
    gathering.organisations = [OrganisationPresence(organisationID: organisation, role: .coHosting)]
    let id = placeID
    guard
      await step(
        "PlanGathering",
        { () throws(RPCError) in
          gathering = try await call(
            MeetingPlacesMethods.planGathering, PlanGatheringRequest(gathering: gathering),
            key: UUID().uuidString)
        })
    else {
      books.withLock { $0.acknowledged[id]?.uncertain = true }
      return steps
    }
    let total = Int32(5 + index % 60)
    var complete = CompleteGatheringRequest()
    complete.id = gathering.id
    complete.expectedVersion = gathering.version
    var attendance = Attendance()
    attendance.total = AttendanceCount(total, .headcount)
    attendance.immigrantBackground = AttendanceCount(total / 2, .estimate)
    attendance.women = AttendanceCount(total / 3, .headcount)
    complete.attendance = attendance
    guard
      await step(
        "CompleteGathering",
        { () throws(RPCError) in
          gathering = try await call(
            MeetingPlacesMethods.completeGathering, complete, key: UUID().uuidString)
        })
    else {
      books.withLock { $0.acknowledged[id]?.uncertain = true }
      return steps
    }
    let gatheringID = gathering.id
    books.withLock { $0.acknowledged[id]?.gatherings[gatheringID] = total }
    guard
      await step(
        "GetGathering",
        { () throws(RPCError) in
          _ = try await call(
            MeetingPlacesMethods.getGathering, GetGatheringRequest(id: gatheringID))
        })
    else { return steps }
    var list = ListGatheringsRequest()
    list.meetingPlaceID = placeID
    list.pageSize = 10
    _ = await step(
      "ListGatherings",
      { () throws(RPCError) in
        _ = try await call(MeetingPlacesMethods.listGatherings, list)
      })
    return steps
  }

  func place(_ worker: Int, tenant: String, organisation: String) -> MeetingPlace {
    var place = MeetingPlace()
    place.name = "Lastmøteplass \(worker)"
    place.kind = .physicalVenue
    place.municipalRoles = [.initiator, .facilitator]
    var address = Address()
    address.streetAddress = "Lastgata \(worker)"
    address.postalCode = "0001"
    address.kommunenummer = tenant
    place.address = address
    place.audience = .both
    place.coHosts = [CoHost(organisationID: organisation, role: .coHost)]
    place.startsOn = "2000-01-01"
    place.status = .active
    return place
  }

  // MARK: Set-up and books

  public func prepare(client: GRPCClient) async throws {
    let tenants = try await TenantCalls.withOversight(oversight) { imdi in
      try await TenantCalls.testTenants(requested: requestedTenants, imdi: imdi)
    }
    let organisations = try await TenantCalls.loadOrganisations(
      client, tenants: tenants, name: "Lastforening for møteplasser")
    books.withLock {
      $0.tenants = tenants
      $0.organisations = organisations
    }
  }

  public func verify(client: GRPCClient) async throws -> LoadBooks? {
    let acknowledged = books.withLock { $0 }
    var result = LoadBooks(checked: 0, missing: 0, violations: [])
    for tenant in acknowledged.tenants {
      let places = Set(
        try await client.all(
          MeetingPlacesMethods.listMeetingPlaces, ListMeetingPlacesRequest(),
          items: \.meetingPlaces, metadata: TenantCalls.metadata(tenant)
        ).map(\.id))
      for placeID in (acknowledged.places[tenant] ?? [:]).values {
        result.checked += 1
        guard places.contains(placeID) else {
          result.missing += 1
          continue
        }
        let books = acknowledged.acknowledged[placeID] ?? Acknowledged()
        try await verify(place: placeID, books, tenant: tenant, client: client, into: &result)
      }
    }
    return result
  }

  /// The place's gatherings and summary against what was acknowledged there.
  private func verify(
    place: String, _ books: Acknowledged, tenant: String, client: GRPCClient,
    into result: inout LoadBooks
  ) async throws {
    var request = ListGatheringsRequest()
    request.meetingPlaceID = place
    request.pageSize = 1000
    let stored = Dictionary(
      try await client.all(
        MeetingPlacesMethods.listGatherings, request, items: \.gatherings,
        metadata: TenantCalls.metadata(tenant)
      ).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (id, total) in books.gatherings {
      result.checked += 1
      guard let gathering = stored[id] else {
        result.missing += 1
        continue
      }
      if gathering.state != .completed || gathering.attendance?.total?.count != total {
        result.violations.append(
          "\(tenant): gathering \(id) is \(gathering.state) with \(gathering.attendance?.total?.count ?? 0), acknowledged completed with \(total)"
        )
      }
    }
    var summarise = SummariseMeetingPlacesRequest()
    summarise.year = Int32(day.year)
    summarise.meetingPlaceID = place
    let totals =
      try await TenantCalls.unary(
        client, MeetingPlacesMethods.summariseMeetingPlaces, summarise, tenant: tenant
      ).totals ?? GatheringTotals()
    let held = Int32(books.gatherings.count)
    let attendance = books.gatherings.values.reduce(Int64(0)) { $0 + Int64($1) }
    let matches =
      books.uncertain
      ? totals.gatheringsHeld >= held && totals.attendance >= attendance
      : totals.gatheringsHeld == held && totals.attendance == attendance
    if !matches {
      result.violations.append(
        "\(tenant): place \(place) sums \(totals.gatheringsHeld) gatherings and \(totals.attendance) people, acknowledged \(held) and \(attendance)"
      )
    }
  }
}
