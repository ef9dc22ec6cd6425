import GRPCTestSupport
import ProtoWire
import RPC
import SamarbeidAPI
import SamarbeidClient
import StoreTestSupport
import Testing

/// From the outside over TLS: one municipality never reaches another's places, gatherings or
/// the organisations and applications they name; the change feed carries both records.
@Suite("Meeting places: isolation and the change feed") struct MeetingPlacesIsolationTests {
  @Test("Bergen gets NOT_FOUND for Oslo's place, gathering, organisation and application")
  func isolation() async throws {
    try await GrantsFixture.with { fixture in
      try await fixture.allocate("0301", amount: 1_000_000_000)
      let organisation = try await fixture.organisation(fixture.oslo, kommune: "0301", index: 1)
      let granted = try await fixture.decidedApplication(index: 2)
      let place = try await fixture.createPlace {
        $0.coHosts = [CoHost(organisationID: organisation.id, role: .coHost)]
        $0.fundingApplicationIDs = [granted.id]
      }
      let gathering = try await fixture.plan(place)
      let bergen = fixture.bergen
      let getPlace = await refusal {
        _ = try await bergen.call(
          MeetingPlacesMethods.getMeetingPlace, GetMeetingPlaceRequest(id: place.id))
      }
      #expect(getPlace?.code == .notFound)
      let getGathering = await refusal {
        _ = try await bergen.call(
          MeetingPlacesMethods.getGathering, GetGatheringRequest(id: gathering.id))
      }
      #expect(getGathering?.code == .notFound)
      let plan = await refusal { _ = try await fixture.plan(place, client: bergen) }
      #expect(plan?.code == .notFound)
      var cancel = CancelGatheringRequest()
      cancel.id = gathering.id
      cancel.expectedVersion = 1
      cancel.reason = "x"
      let cancelled = await refusal {
        _ = try await bergen.call(MeetingPlacesMethods.cancelGathering, cancel)
      }
      #expect(cancelled?.code == .notFound)
      let bergenFields: (inout MeetingPlace) -> Void = {
        $0.address?.kommunenummer = "4601"
        $0.address?.postalCode = "5003"
      }
      let coHost = await refusal {
        _ = try await fixture.createPlace(bergen) {
          bergenFields(&$0)
          $0.coHosts = [CoHost(organisationID: organisation.id, role: .coHost)]
        }
      }
      #expect(coHost?.code == .notFound)
      let funding = await refusal {
        _ = try await fixture.createPlace(bergen) {
          bergenFields(&$0)
          $0.fundingApplicationIDs = [granted.id]
        }
      }
      #expect(funding?.code == .notFound)
      #expect(try await fixture.places(client: bergen).isEmpty)
      var summary = SummariseMeetingPlacesRequest()
      summary.year = fixture.year
      summary.meetingPlaceID = place.id
      let summarised = await refusal {
        _ = try await bergen.call(MeetingPlacesMethods.summariseMeetingPlaces, summary)
      }
      #expect(summarised?.code == .notFound)
      // Bergen's own place works, in Bergen.
      let own = try await fixture.createPlace(bergen, bergenFields)
      #expect(try await fixture.places(client: bergen).map(\.id) == [own.id])
      #expect(try await fixture.places().map(\.id) == [place.id])
    }
  }

  @Test(
    "places and gatherings appear in the tenant's change feed, in commit order",
    arguments: TestStores.kinds)
  func changes(store: StoreKind) async throws {
    try await GrantsFixture.with(store: store) { fixture in
      let place = try await fixture.createPlace()
      let gathering = try await fixture.plan(place)
      let held = try await fixture.complete(gathering, GrantsFixture.attendance(12))
      var watch = WatchChangesRequest()
      watch.entityTypes = ["samarbeid.v1.MeetingPlace", "samarbeid.v1.Gathering"]
      let changes = try await fixture.oslo.serverStreaming(
        ChangesMethods.watchChanges, request: watch, options: CallOptions(timeout: .seconds(10))
      ) { stream -> [Change] in
        var changes: [Change] = []
        for try await change in stream {
          changes.append(change)
          if changes.count == 3 { break }
        }
        return changes
      }
      try #require(changes.count == 3)
      #expect(changes.map(\.entityID) == [place.id, gathering.id, gathering.id])
      #expect(changes.map(\.rpc).last == "/samarbeid.v1.MeetingPlaces/CompleteGathering")
      let last = try Gathering(serializedBytes: changes[2].entity, limits: .default)
      #expect(last == held)
    }
  }
}
