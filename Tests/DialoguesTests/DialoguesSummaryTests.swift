import Dialogues
import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import Testing

/// `SummariseDialogues` against values worked out by hand (last year: every date past).
@Suite("Dialogues: the yearly summary") struct DialoguesSummaryTests {
  @Test("three meetings, two agreements: agenda, goals, actions, minutes, views, gap, evaluations")
  func year() async throws {
    try await GrantsFixture.with { fixture in
      let y = fixture.year - 1
      let orgs = try await fixture.dialogueOrganisations()
      let (a, b) = (orgs[0], orgs[1])
      func action(_ owner: String, _ due: String, unit: Bool = false) -> AgreedAction {
        var action = AgreedAction()
        action.description = "Gjøre noe"
        action.ownerParty = unit ? .municipality : .organisation
        action.owner = owner
        action.dueOn = "\(y)-\(due)"
        return action
      }
      var m1 = try await fixture.createMeeting(orgs) {
        $0.heldOn = "\(y)-02-01"
        $0.agendaSetBy = .organisation
        $0.topics = [
          Topic("Mål 1", .goal, raisedBy: .organisation), Topic("Mål 2", .goal, raisedBy: .joint),
          Topic("Regler", .formalRequirement, raisedBy: .municipality),
        ]
        $0.actions = [action(a, "02-15"), action("Kulturetaten", "02-20", unit: true)]
        $0.minutes = "Referat"
      }
      m1 = try await fixture.finish(m1, completedOn: "\(y)-02-10")
      m1 = try await fixture.finish(m1, action: "a2", completedOn: "\(y)-03-01")
      for organisation in [nil, a, b] { m1 = try await fixture.approve(m1, by: organisation) }
      m1 = try await fixture.assess(m1, (4, 3, 5))
      m1 = try await fixture.assess(m1, by: a, (3, 4, 4))
      m1 = try await fixture.assess(m1, by: b, (2, 5, 3))
      var m2 = try await fixture.createMeeting(orgs) {
        $0.heldOn = "\(y)-06-01"
        $0.type = .hearing
        $0.agendaSetBy = .municipality
        $0.topics = [Topic("Høring", .formalRequirement, raisedBy: .municipality)]
        $0.actions = [action(a, "06-30")]
        $0.minutes = "Referat 2"
      }
      m2 = try await fixture.approve(m2)
      m2 = try await fixture.assess(m2, (2, 2, 2))
      var m3 = try await fixture.createMeeting([a]) {
        $0.heldOn = "\(y)-09-01"
        $0.type = .dialogueCafe
        $0.topics = [Topic("Mål 3", .goal, raisedBy: .organisation)]
        $0.actions = []
      }
      m3 = try await fixture.assess(m3, by: a, (5, 5, 5))
      let period = 2023 + (y - 2023) / 4 * 4
      var agreement = try await fixture.createAgreement(orgs) {
        $0.councilPeriodStart = period
        $0.startsOn = "\(y)-03-01"
        $0.nextEvaluationOn = "\(y)-04-01"
      }
      agreement = try await fixture.evaluate(agreement, on: "\(y)-05-01", next: "\(y)-10-01")
      agreement = try await fixture.evaluate(agreement, on: "\(y)-09-15", next: "\(y + 1)-10-01")
      _ = try await fixture.createAgreement([b]) {
        $0.councilPeriodStart = period
        $0.startsOn = "\(y + 1)-01-01"
        $0.nextEvaluationOn = "\(y + 1)-06-01"
      }

      var request = SummariseDialoguesRequest()
      request.year = y
      let summary = try await fixture.oslo.call(DialoguesMethods.summariseDialogues, request)
      #expect(summary.meetings == 3)
      #expect(summary.meetingsByType.map(\.meetings) == [1, 1, 1, 0, 0, 0])
      #expect(summary.agendaByOrganisationOrJointly == 2, "M1 (an organisation) and M3 (jointly)")
      #expect(summary.agendaByOrganisationOrJointlyPermille == 666)
      #expect(summary.topics == 5 && summary.goalTopics == 3 && summary.goalTopicsPermille == 600)
      #expect(
        [summary.actionsAgreed, summary.actionsDone, summary.actionsDoneOnTime] == [3, 2, 1])
      #expect(summary.actionsDoneOnTimePermille == 500)
      #expect(summary.meetingsWithMinutes == 2 && summary.minutesApprovedByBoth == 1)
      #expect(summary.minutesApprovedByBothPermille == 500)
      let municipality = try #require(summary.scores.first { $0.party == .municipality })
      #expect(municipality.assessments == 2)
      #expect(
        [municipality.onTheirTerms, municipality.meetingPlaceExists, municipality.equalPartners]
          == [3, 2.5, 3.5])
      let organisations = try #require(summary.scores.first { $0.party == .organisation })
      #expect(organisations.assessments == 3)
      #expect(
        [organisations.onTheirTerms, organisations.meetingPlaceExists, organisations.equalPartners]
          == [3.33, 4.67, 4])
      #expect(summary.meetingsAssessedByBoth == 1)
      #expect(summary.meanGap == AssessmentGap([-1.5, 1.5, -1.5]))
      #expect(summary.agreementsActive == 1)
      #expect(summary.evaluations == 2 && summary.evaluationsOnTime == 1)
      #expect(summary.evaluationsOnTimePermille == 500)
    }
  }

  @Test("nothing recorded: zeros, no means of nothing")
  func empty() {
    let summary = DialoguesSummariser(year: 2026, meetings: [], agreements: []).summary
    #expect(summary.meetings == 0 && summary.meanGap == nil)
    #expect(summary.scores.allSatisfy { $0.assessments == 0 && $0.onTheirTerms == 0 })
    #expect(summary.meetingsByType.count == 6)
  }
}
