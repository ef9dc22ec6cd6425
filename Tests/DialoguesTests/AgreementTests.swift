import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import Testing

/// Cooperation agreements and immigrant councils: rules, evaluations, ending, overdue lists.
@Suite("Agreements and councils") struct AgreementTests {
  @Test("agreement fields: INVALID_ARGUMENT naming the field")
  func malformed() async throws {
    try await GrantsFixture.with { fixture in
      let orgs = try await fixture.dialogueOrganisations()
      let cases: [(String, (inout CooperationAgreement) -> Void, String)] = [
        ("title", { $0.title = " " }, "title is required"),
        ("parties", { $0.organisationIDs = [] }, "organisation_ids must name at least one"),
        ("period", { $0.councilPeriodStart = 2024 }, "first year of a municipal council period"),
        ("start outside", { $0.startsOn = "2010-01-01" }, "must fall in the council period"),
        (
          "end before",
          {
            $0.endsOn = "2023-01-01"
            $0.startsOn = "2023-06-01"
          }, "ends_on"
        ),
        (
          "evaluation", { $0.nextEvaluationOn = "2000-01-01" },
          "next_evaluation_on must not be before"
        ),
        ("cadence", { $0.cadence = .unspecified }, "cadence must be one of"),
        ("e-mail", { $0.contact?.email = "nobody" }, "contact.email"),
      ]
      for (name, change, message) in cases {
        let error = await refusal { _ = try await fixture.createAgreement(orgs, change) }
        #expect(error?.code == .invalidArgument, "\(name)")
        #expect(error?.message.contains(message) == true, "\(name): \(error?.message ?? "")")
      }
      let ended = await refusal {
        _ = try await fixture.createAgreement(orgs) { $0.status = .ended }
      }
      #expect(ended?.code == .failedPrecondition)
      let unknown = await refusal { _ = try await fixture.createAgreement(["org_nope"]) }
      #expect(unknown?.code == .notFound)
    }
  }

  @Test("evaluations on time or late, the next date moves, overdue listed; ended once")
  func lifecycle() async throws {
    try await GrantsFixture.with { fixture in
      let orgs = try await fixture.dialogueOrganisations()
      var agreement = try await fixture.createAgreement(orgs) {
        $0.nextEvaluationOn = fixture.day(-3)
      }
      #expect(agreement.status == .active && agreement.version == 1)
      var overdue = ListOverdueEvaluationsRequest()
      overdue.asOf = fixture.day()
      var listed = try await fixture.oslo.call(DialoguesMethods.listOverdueEvaluations, overdue)
      #expect(listed.agreements.map(\.id) == [agreement.id])
      let backwards = await refusal {
        _ = try await fixture.evaluate(agreement, next: fixture.day(-10))
      }
      #expect(backwards?.code == .invalidArgument)
      let future = await refusal {
        _ = try await fixture.evaluate(agreement, on: fixture.day(2), next: fixture.day(90))
      }
      #expect(future?.code == .invalidArgument)
      agreement = try await fixture.evaluate(agreement, next: fixture.day(180))
      #expect(agreement.evaluations.count == 1 && agreement.evaluations[0].onTime == false)
      #expect(agreement.nextEvaluationOn == fixture.day(180))
      listed = try await fixture.oslo.call(DialoguesMethods.listOverdueEvaluations, overdue)
      #expect(listed.agreements.isEmpty)
      agreement = try await fixture.evaluate(agreement, next: fixture.day(360))
      #expect(agreement.evaluations[1].onTime)
      var update = UpdateAgreementRequest()
      var changed = agreement
      changed.title = "Ny tittel"
      changed.evaluations = []
      update.agreement = changed
      update.expectedVersion = agreement.version
      agreement = try await fixture.oslo.call(DialoguesMethods.updateAgreement, update)
      #expect(
        agreement.title == "Ny tittel" && agreement.evaluations.count == 2, "evaluations kept")
      var end = EndAgreementRequest()
      end.id = agreement.id
      end.expectedVersion = agreement.version
      let noReason = await refusal {
        _ = try await fixture.oslo.call(DialoguesMethods.endAgreement, end)
      }
      #expect(noReason?.code == .invalidArgument)
      end.reason = "Erstattet"
      agreement = try await fixture.oslo.call(DialoguesMethods.endAgreement, end)
      #expect(agreement.status == .ended && agreement.endsOn == fixture.day())
      end.expectedVersion = agreement.version
      let twice = await refusal {
        _ = try await fixture.oslo.call(DialoguesMethods.endAgreement, end)
      }
      #expect(twice?.code == .failedPrecondition)
      let evaluateEnded = await refusal {
        _ = try await fixture.evaluate(agreement, next: fixture.day(400))
      }
      #expect(evaluateEnded?.code == .failedPrecondition)
      var byOrganisation = ListAgreementsRequest()
      byOrganisation.organisationID = orgs[1]
      let found = try await fixture.oslo.call(DialoguesMethods.listAgreements, byOrganisation)
      #expect(found.agreements.map(\.id) == [agreement.id])
    }
  }

  @Test("councils: seats by role, nominated by the municipality's organisations; their meetings")
  func councils() async throws {
    try await GrantsFixture.with { fixture in
      let orgs = try await fixture.dialogueOrganisations()
      let council = try await fixture.createCouncil(orgs)
      #expect(council.seats.map(\.count) == [9, 2])
      let unknown = await refusal { _ = try await fixture.createCouncil(["org_nope"]) }
      #expect(unknown?.code == .notFound)
      var twice = council
      twice.seats.append(CouncilSeats(.member, count: 1))
      var update = UpdateCouncilRequest()
      update.council = twice
      update.expectedVersion = council.version
      let refused = await refusal {
        _ = try await fixture.oslo.call(DialoguesMethods.updateCouncil, update)
      }
      #expect(refused?.code == .invalidArgument)
      let meeting = try await fixture.createMeeting(orgs) {
        $0.type = .councilMeeting
        $0.councilID = council.id
      }
      var request = ListDialogueMeetingsRequest()
      request.councilID = council.id
      let meetings = try await fixture.oslo.call(DialoguesMethods.listDialogueMeetings, request)
      #expect(meetings.meetings.map(\.id) == [meeting.id])
      let wrongType = await refusal {
        _ = try await fixture.createMeeting(orgs) { $0.councilID = council.id }
      }
      #expect(wrongType?.code == .invalidArgument)
    }
  }
}

@Suite("Agreements: terms and evaluations") struct AgreementTermTests {
  @Test(
    "ended before it started it never ran; past its term it is not overdue; updates keep the next evaluation"
  )
  func terms() async throws {
    try await GrantsFixture.with { fixture in
      let orgs = try await fixture.dialogueOrganisations()
      let year = Int32(fixture.year)
      let period = 2023 + (year + 1 - 2023) / 4 * 4
      var future = try await fixture.createAgreement(orgs) {
        $0.councilPeriodStart = period
        $0.startsOn = "\(year + 1)-01-01"
        $0.nextEvaluationOn = "\(year + 1)-06-01"
      }
      var end = EndAgreementRequest()
      end.id = future.id
      end.expectedVersion = future.version
      end.reason = "Avlyst før start"
      future = try await fixture.oslo.call(DialoguesMethods.endAgreement, end)
      #expect(future.endsOn == fixture.day(), "it ends the day it ended, before its first day")
      var summarise = SummariseDialoguesRequest()
      summarise.year = year + 1
      let next = try await fixture.oslo.call(DialoguesMethods.summariseDialogues, summarise)
      #expect(next.agreementsActive == 0)

      let lapsed = try await fixture.createAgreement(orgs) {
        $0.startsOn = "\($0.councilPeriodStart)-01-01"
        $0.endsOn = fixture.day(-2)
        $0.nextEvaluationOn = fixture.day(-5)
      }
      let due = try await fixture.createAgreement(orgs) { $0.nextEvaluationOn = fixture.day(-1) }
      var overdue = ListOverdueEvaluationsRequest()
      overdue.asOf = fixture.day()
      let listed = try await fixture.oslo.call(DialoguesMethods.listOverdueEvaluations, overdue)
      #expect(listed.agreements.map(\.id) == [due.id], "\(lapsed.id) has ended its term")

      var update = UpdateAgreementRequest()
      var changed = due
      changed.nextEvaluationOn = fixture.day(60)
      changed.title = "Ny tittel"
      update.agreement = changed
      update.expectedVersion = due.version
      let updated = try await fixture.oslo.call(DialoguesMethods.updateAgreement, update)
      #expect(updated.title == "Ny tittel" && updated.nextEvaluationOn == fixture.day(-1))
    }
  }

  @Test("seats: each role once by name, no more nominating organisations than seats")
  func seats() async throws {
    try await GrantsFixture.with { fixture in
      let orgs = try await fixture.dialogueOrganisations()
      var council = ImmigrantCouncil()
      council.name = "Rådet"
      council.councilPeriodStart = 2023
      council.seats = [CouncilSeats(.member, count: 1, nominatedBy: orgs)]
      let tooMany = await refusal {
        _ = try await fixture.oslo.call(
          DialoguesMethods.createCouncil, CreateCouncilRequest(council: council))
      }
      #expect(tooMany?.code == .invalidArgument)
      #expect(
        tooMany?.message.contains("2 organisations cannot have nominated the 1 seat(s)") == true)
      council.seats = [CouncilSeats(.member, count: 3), CouncilSeats(.member, count: 2)]
      let twice = await refusal {
        _ = try await fixture.oslo.call(
          DialoguesMethods.createCouncil, CreateCouncilRequest(council: council))
      }
      #expect(twice?.message.contains("COUNCIL_ROLE_MEMBER") == true, "\(twice?.message ?? "")")
    }
  }
}
