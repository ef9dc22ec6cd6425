import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import StoreTestSupport
import Testing

/// From the outside over TLS: one municipality never reaches another's dialogue records or
/// names its organisations, places or agreements; the change feed carries the changes.
@Suite("Dialogues: isolation and the change feed") struct DialoguesIsolationTests {
  @Test("Bergen gets NOT_FOUND for Oslo's meeting, agreement, council and organisations")
  func isolation() async throws {
    try await GrantsFixture.with { fixture in
      let orgs = try await fixture.dialogueOrganisations()
      let meeting = try await fixture.createMeeting(orgs)
      let agreement = try await fixture.createAgreement(orgs)
      let council = try await fixture.createCouncil(orgs)
      let bergen = fixture.bergen
      let reads: [String: () async throws -> Void] = [
        "meeting": {
          _ = try await bergen.call(
            DialoguesMethods.getDialogueMeeting, GetDialogueMeetingRequest(id: meeting.id))
        },
        "agreement": {
          _ = try await bergen.call(
            DialoguesMethods.getAgreement, GetAgreementRequest(id: agreement.id))
        },
        "council": {
          _ = try await bergen.call(DialoguesMethods.getCouncil, GetCouncilRequest(id: council.id))
        },
        "approve": {
          var request = ApproveMinutesRequest()
          request.meetingID = meeting.id
          request.party = .municipality
          _ = try await bergen.call(DialoguesMethods.approveMinutes, request)
        },
        "organisations": { _ = try await fixture.createMeeting(orgs, client: bergen) },
        "agreement of a meeting": {
          var bergenOrganisation = try await fixture.organisation(bergen, kommune: "4601", index: 9)
          bergenOrganisation = bergenOrganisation
          _ = try await fixture.createMeeting([bergenOrganisation.id], client: bergen) {
            $0.agreementID = agreement.id
          }
        },
      ]
      for (name, read) in reads {
        let error = await refusal { try await read() }
        #expect(error?.code == .notFound, "\(name): \(error?.message ?? "allowed")")
      }
      let own = try await fixture.oslo.call(
        DialoguesMethods.getDialogueMeeting, GetDialogueMeetingRequest(id: meeting.id))
      #expect(own == meeting)
    }
  }

  @Test(
    "meetings, agreements and councils appear in the tenant's change feed",
    arguments: TestStores.kinds)
  func changes(store: StoreKind) async throws {
    try await GrantsFixture.with(store: store) { fixture in
      let orgs = try await fixture.dialogueOrganisations()
      let meeting = try await fixture.createMeeting(orgs)
      let agreement = try await fixture.createAgreement(orgs)
      var watch = WatchChangesRequest()
      watch.entityTypes = [
        DialogueMeeting.protoMessageName, CooperationAgreement.protoMessageName,
      ]
      let changes = try await fixture.oslo.serverStreaming(
        ChangesMethods.watchChanges, request: watch, options: CallOptions(timeout: .seconds(10))
      ) { stream -> [Change] in
        var changes: [Change] = []
        for try await change in stream {
          changes.append(change)
          if changes.count == 2 { break }
        }
        return changes
      }
      #expect(changes.map(\.entityID) == [meeting.id, agreement.id])
    }
  }
}
