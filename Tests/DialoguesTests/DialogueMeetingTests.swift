import GRPCTestSupport
import ProtoWire
import RPC
import SamarbeidAPI
import SamarbeidClient
import Testing

/// Dialogue meetings: every rule alone, minutes and their approval, actions, each side's view.
@Suite("Dialogue meetings") struct DialogueMeetingTests {
  @Test("malformed fields: INVALID_ARGUMENT naming the field, nothing written")
  func malformed() async throws {
    try await GrantsFixture.with { fixture in
      let orgs = try await fixture.dialogueOrganisations()
      let cases: [(String, (inout DialogueMeeting) -> Void, String)] = [
        ("agenda setter", { $0.agendaSetBy = .unspecified }, "agenda_set_by is required"),
        ("no date", { $0.heldOn = "" }, "held_on must be a date"),
        ("type", { $0.type = .unspecified }, "type must be one of"),
        ("convener", { $0.convenedBy = Side(9) }, "convened_by must be one of"),
        ("level", { $0.participationLevel = .unspecified }, "participation_level must be one of"),
        ("no organisation", { $0.participants?.organisationIDs = [] }, "at least one"),
        ("organisation twice", { $0.participants?.organisationIDs = [orgs[0], orgs[0]] }, "twice"),
        ("people", { $0.participants?.others = -1 }, "participants.others must be 0 to 100000"),
        ("council meeting", { $0.type = .councilMeeting }, "council_id is required"),
        ("evaluation", { $0.type = .agreementEvaluation }, "agreement_id is required"),
        ("topic kind", { $0.topics[0].kind = .unspecified }, "topics.kind"),
        ("topic title", { $0.topics[0].title = "" }, "topics.title is required"),
        ("action due", { $0.actions[0].dueOn = "2000-01-01" }, "must not be before held_on"),
      ]
      for (name, change, message) in cases {
        let error = await refusal { _ = try await fixture.createMeeting(orgs, change) }
        #expect(error?.code == .invalidArgument, "\(name)")
        #expect(error?.message.contains(message) == true, "\(name): \(error?.message ?? "")")
      }
      let owner = await refusal {
        _ = try await fixture.createMeeting([orgs[0]]) { $0.actions[0].owner = orgs[1] }
      }
      #expect(owner?.code == .failedPrecondition)
      #expect(owner?.message.contains("who was not at the meeting") == true)
      let unit = await refusal {
        _ = try await fixture.createMeeting(orgs) {
          $0.actions[0].ownerParty = .municipality
          $0.actions[0].owner = "Helseetaten"
        }
      }
      #expect(unit?.code == .failedPrecondition)
      let mismatch = await refusal {
        _ = try await fixture.createMeeting(orgs) { $0.actions[0].ownerParty = .municipality }
      }
      #expect(mismatch?.code == .invalidArgument)
      #expect(mismatch?.message.contains("owner_party must be OWNER_PARTY_ORGANISATION") == true)
      let unknown = await refusal { _ = try await fixture.createMeeting(orgs + ["org_nope"]) }
      #expect(unknown?.code == .notFound)
      let place = await refusal {
        _ = try await fixture.createMeeting(orgs) { $0.meetingPlaceID = "mpl_nope" }
      }
      #expect(place?.code == .notFound)
      let listed = try await fixture.oslo.call(
        DialoguesMethods.listDialogueMeetings, ListDialogueMeetingsRequest())
      #expect(listed.meetings.isEmpty, "nothing written")
    }
  }

  @Test(
    "minutes count as agreed when the municipality and every organisation present approved; twice changes nothing"
  )
  func minutes() async throws {
    try await GrantsFixture.with { fixture in
      let orgs = try await fixture.dialogueOrganisations()
      let meeting = try await fixture.createMeeting(orgs)
      let unwritten = await refusal { _ = try await fixture.approve(meeting) }
      #expect(unwritten?.code == .failedPrecondition)
      var current = try await fixture.updateMeeting(meeting) { $0.minutes = "Referat" }
      current = try await fixture.approve(current)
      #expect(current.minutesApproval?.agreed == false)
      let twice = try await fixture.approve(current)
      #expect(twice == current, "approving twice changes nothing")
      let stale = try await fixture.approve(meeting)
      #expect(stale == current, "even when named with an old version")
      current = try await fixture.approve(current, by: orgs[0])
      #expect(current.minutesApproval?.agreed == false, "one organisation still to approve")
      let nobody = await refusal { _ = try await fixture.approve(current, by: "") }
      #expect(nobody?.code == .invalidArgument, "an organisation's approval names it")
      let absent = await refusal { _ = try await fixture.approve(current, by: "org_other") }
      #expect(absent?.code == .failedPrecondition)
      current = try await fixture.approve(current, by: orgs[1])
      #expect(current.minutesApproval?.agreed == true)
      // Changed minutes need approving again.
      current = try await fixture.updateMeeting(current) { $0.minutes = "Nytt referat" }
      #expect(current.minutesApproval?.agreed == false)
      #expect(current.minutesApproval?.byMunicipality == false)
      let future = try await fixture.createMeeting(orgs, days: 3) { $0.minutes = "Agenda" }
      let early = await refusal { _ = try await fixture.approve(future) }
      #expect(
        early?.code == .failedPrecondition
          && early?.message.contains("once it has been held") == true)
    }
  }

  @Test("actions: done (on time or late) or dropped with a reason, once; never removed; numbered")
  func actions() async throws {
    try await GrantsFixture.with { fixture in
      let orgs = try await fixture.dialogueOrganisations()
      var meeting = try await fixture.createMeeting(orgs)
      #expect(meeting.actions.map(\.id) == ["a1"] && meeting.actions[0].status == .open)
      let unknown = await refusal { _ = try await fixture.finish(meeting, action: "a9") }
      #expect(unknown?.code == .invalidArgument)
      let open = await refusal { _ = try await fixture.finish(meeting, status: .open) }
      #expect(open?.code == .invalidArgument)
      let noReason = await refusal { _ = try await fixture.finish(meeting, status: .dropped) }
      #expect(noReason?.code == .invalidArgument)
      let beforeMeeting = await refusal {
        _ = try await fixture.finish(meeting, completedOn: fixture.day(-30))
      }
      #expect(beforeMeeting?.code == .invalidArgument)
      let future = await refusal {
        _ = try await fixture.finish(meeting, completedOn: fixture.day(1))
      }
      #expect(future?.code == .invalidArgument)
      meeting = try await fixture.finish(meeting, completedOn: fixture.day(-1))
      #expect(meeting.actions[0].status == .done && meeting.actions[0].doneOnTime)
      let again = await refusal {
        _ = try await fixture.finish(meeting, status: .dropped, reason: "x")
      }
      #expect(again?.code == .failedPrecondition)
      // New actions are numbered on; the done one keeps its status; none may be removed.
      meeting = try await fixture.updateMeeting(meeting) { updated in
        var late = AgreedAction()
        late.description = "Søknad om lokaler"
        late.ownerParty = .municipality
        late.owner = "Kulturetaten"
        late.dueOn = fixture.day(-6)
        updated.actions.append(late)
        updated.actions[0].status = .open
      }
      #expect(meeting.actions.map(\.id) == ["a1", "a2"])
      #expect(meeting.actions[0].status == .done, "a client cannot reopen an action")
      let removed = await refusal {
        _ = try await fixture.updateMeeting(meeting) { $0.actions.removeFirst() }
      }
      #expect(removed?.code == .failedPrecondition)
      #expect(removed?.message.contains("never removed") == true)
      var overdue = ListOverdueActionsRequest()
      overdue.asOf = fixture.day()
      let listed = try await fixture.oslo.call(DialoguesMethods.listOverdueActions, overdue)
      #expect(listed.actions.map { $0.action?.id } == ["a2"])
      meeting = try await fixture.finish(meeting, action: "a2")
      #expect(meeting.actions[1].doneOnTime == false, "done after its due date")
      let none = try await fixture.oslo.call(DialoguesMethods.listOverdueActions, overdue)
      #expect(none.actions.isEmpty)
    }
  }

  @Test("views: one per party present, scores 1 to 5, the gap computed")
  func views() async throws {
    try await GrantsFixture.with { fixture in
      let orgs = try await fixture.dialogueOrganisations()
      var meeting = try await fixture.createMeeting(orgs)
      let low = await refusal { _ = try await fixture.assess(meeting, (0, 3, 3)) }
      #expect(low?.code == .invalidArgument)
      #expect(low?.message.contains("assessment.on_their_terms must be 1 to 5, not 0") == true)
      let high = await refusal { _ = try await fixture.assess(meeting, (3, 3, 6)) }
      #expect(high?.code == .invalidArgument)
      let absent = await refusal { _ = try await fixture.assess(meeting, by: "org_x", (3, 3, 3)) }
      #expect(absent?.code == .failedPrecondition)
      meeting = try await fixture.assess(meeting, (4, 2, 5))
      #expect(meeting.gap == nil, "no gap with one side only")
      meeting = try await fixture.assess(meeting, by: orgs[0], (3, 4, 2))
      meeting = try await fixture.assess(meeting, by: orgs[1], (2, 5, 3))
      // Organisations' means 2.5, 4.5, 2.5 against 4, 2, 5.
      #expect(meeting.gap == AssessmentGap([-1.5, 2.5, -2.5]))
      meeting = try await fixture.assess(meeting, by: orgs[1], (3, 4, 2))
      #expect(meeting.assessments.count == 3, "recording again replaces")
      #expect(meeting.gap == AssessmentGap([-1, 2, -3]))
      let dropAssessed = await refusal {
        _ = try await fixture.updateMeeting(meeting) {
          $0.participants?.organisationIDs = [orgs[0]]
          $0.actions[0].owner = orgs[0]
        }
      }
      #expect(dropAssessed?.code == .failedPrecondition)
      let future = try await fixture.createMeeting(orgs, days: 2)
      let early = await refusal { _ = try await fixture.assess(future, (3, 3, 3)) }
      #expect(early?.code == .failedPrecondition)
    }
  }
}
