import DomainValues
import GRPCTestSupport
import MeetingPlaces
import RPC
import SamarbeidAPI
import SamarbeidClient
import Testing

/// `SummariseMeetingPlaces` against values worked out by hand (last year, so every date is in
/// the past whenever the test runs).
@Suite("Meeting places: the yearly summary") struct MeetingPlacesSummaryTests {
  @Test("a year of two places: totals, shares, organisations, roles and months")
  func year() async throws {
    try await GrantsFixture.with { fixture in
      let y = fixture.year - 1
      let oslo = fixture.oslo
      let immigrant = try await fixture.organisation(oslo, kommune: "0301", index: 1)
      let voluntary = try await fixture.organisation(
        oslo, kommune: "0301", index: 2, kind: .voluntaryOrganisation)
      let alfa = try await fixture.createPlace {
        $0.name = "Alfa"
        $0.municipalRoles = [.initiator, .facilitator]
        $0.startsOn = "\(y)-01-01"
      }
      let beta = try await fixture.createPlace {
        $0.name = "Beta"
        $0.municipalRoles = [.coordinator]
        $0.startsOn = "\(y)-06-01"
        $0.endsOn = "\(y)-12-31"
      }
      _ = try await fixture.createPlace {
        $0.name = "Gamma"
        $0.municipalRoles = [MunicipalRole.none]
        $0.startsOn = "\(y - 2)-01-01"
        $0.endsOn = "\(y - 2)-12-31"
      }
      func at(_ place: MeetingPlace, _ date: String, _ organisations: [OrganisationPresence] = [])
        async throws -> Gathering
      {
        try await fixture.oslo.call(
          MeetingPlacesMethods.planGathering,
          PlanGatheringRequest(
            gathering: {
              var gathering = Gathering()
              gathering.meetingPlaceID = place.id
              gathering.startsAt = "\(y)-\(date)T18:00"
              gathering.mode = .inPerson
              gathering.title = "Kveld"
              gathering.organisations = organisations
              return gathering
            }()))
      }
      _ = try await fixture.complete(
        try await at(alfa, "02-10"),
        GrantsFixture.attendance(40, immigrant: 30, women: 20, firstTime: 10),
        organisations: [
          OrganisationPresence(organisationID: immigrant.id, role: .coHosting),
          OrganisationPresence(organisationID: voluntary.id, role: .attending),
        ])
      _ = try await fixture.complete(
        try await at(alfa, "02-20"), GrantsFixture.attendance(10, immigrant: 2, firstTime: 0),
        organisations: [OrganisationPresence(organisationID: voluntary.id, role: .coHosting)])
      _ = try await fixture.cancel(try await at(alfa, "03-05"))
      _ = try await fixture.complete(
        try await at(beta, "07-01"), GrantsFixture.attendance(4, immigrant: 4, under18: 1),
        organisations: [OrganisationPresence(organisationID: immigrant.id, role: .attending)])
      _ = try await at(beta, "08-01")

      var request = SummariseMeetingPlacesRequest()
      request.year = y
      let summary = try await oslo.call(MeetingPlacesMethods.summariseMeetingPlaces, request)
      let totals = try #require(summary.totals)
      #expect(
        [totals.gatheringsHeld, totals.gatheringsPlanned, totals.gatheringsCancelled] == [3, 1, 1])
      #expect(
        [
          totals.attendance, totals.immigrantBackground, totals.women, totals.under18,
          totals.firstTime,
        ]
          == [54, 36, 20, 1, 10])
      // 36 of 54; 20 of 40 (women counted at one gathering); 1 of 4; 10 of 50.
      #expect(
        [
          totals.immigrantBackgroundPermille, totals.womenPermille, totals.under18Permille,
          totals.firstTimePermille,
        ] == [666, 500, 250, 200])
      #expect(totals.organisationsInvolved == 2)
      #expect(totals.coHostedByImmigrantOrganisation == 1)
      #expect(totals.coHostedByImmigrantOrganisationPermille == 333)
      #expect(summary.placesByRole.map(\.meetingPlaces) == [1, 1, 1, 0, 0])
      #expect(summary.placesByRole.map(\.role) == MunicipalRole.allSpecified)
      #expect(summary.meetingPlaces.map(\.name) == ["Alfa", "Beta"])
      let alfaSummary = summary.meetingPlaces[0]
      #expect(alfaSummary.totals?.gatheringsHeld == 2 && alfaSummary.totals?.attendance == 50)
      #expect(alfaSummary.totals?.gatheringsCancelled == 1)
      #expect(alfaSummary.months.count == 12 && alfaSummary.months[0].month == "\(y)-01")
      #expect(alfaSummary.months[1].gatheringsHeld == 2 && alfaSummary.months[1].attendance == 50)
      let betaSummary = summary.meetingPlaces[1]
      #expect(betaSummary.months[6].attendance == 4 && betaSummary.totals?.gatheringsPlanned == 1)

      request.meetingPlaceID = beta.id
      let only = try await oslo.call(MeetingPlacesMethods.summariseMeetingPlaces, request)
      #expect(only.meetingPlaces.map(\.meetingPlaceID) == [beta.id])
      #expect(only.totals?.attendance == 4 && only.totals?.gatheringsHeld == 1)
      #expect(only.placesByRole.map(\.meetingPlaces) == [0, 0, 1, 0, 0])
      request.year = 1999
      let early = await refusal {
        _ = try await oslo.call(MeetingPlacesMethods.summariseMeetingPlaces, request)
      }
      #expect(early?.code == .invalidArgument)
    }
  }

  @Test("nothing recorded: zeros, no shares of nothing, twelve empty months")
  func empty() {
    var place = MeetingPlace()
    place.id = "mpl-1"
    place.name = "Tom"
    let summary = MeetingPlacesSummariser(
      year: 2026, places: [place], gatherings: [], immigrantOrganisations: []
    ).summary
    #expect(summary.totals == GatheringTotals())
    #expect(summary.meetingPlaces.first?.months.map(\.month).last == "2026-12")
    #expect(summary.meetingPlaces.first?.months.allSatisfy { $0.gatheringsHeld == 0 } == true)
    #expect(Share.permille(Int64(2), of: 3) == 666)
    #expect(Share.permille(Int64.max, of: Int64.max / 2) == 2000, "no overflow")
    #expect(Share.permille(Int32(5), of: 0) == 0)
  }
}
