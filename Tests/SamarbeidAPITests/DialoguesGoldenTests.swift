import ProtoWire
import SamarbeidAPI
import Testing

/// The samarbeid.v1.Dialogues messages against Python protobuf's bytes (every field set).
@Suite("samarbeid.v1 dialogues golden bytes") struct DialoguesGoldenTests {
  static func check<Message: ProtoMessage & Equatable>(_ name: String, _ message: Message) throws {
    try SamarbeidAPIGoldenTests.check(name, message)
  }

  static var meeting: DialogueMeeting {
    var meeting = DialogueMeeting()
    meeting.id = "dlg_1"
    meeting.heldOn = "2026-03-04"
    meeting.type = .councilMeeting
    meeting.meetingPlaceID = "mpl_1"
    meeting.agreementID = "agr_1"
    meeting.councilID = "cnc_1"
    meeting.convenedBy = .municipality
    meeting.agendaSetBy = .joint
    meeting.participationLevel = .collaborate
    var participants = Participants()
    participants.organisationIDs = ["org_1", "org_2"]
    participants.municipalUnits = ["Kulturetaten"]
    participants.peopleFromOrganisations = 7
    participants.peopleFromMunicipality = 3
    participants.others = 1
    meeting.participants = participants
    meeting.interpreterUsed = true
    meeting.topics = [
      Topic("Mål for 2027", .goal, raisedBy: .organisation),
      Topic("Rapportering", .formalRequirement, raisedBy: .municipality),
    ]
    meeting.minutes = "Referat"
    var approval = MinutesApproval()
    approval.byMunicipality = true
    approval.byOrganisationIDs = ["org_1"]
    meeting.minutesApproval = approval
    meeting.actions = [action]
    meeting.assessments = [assessment]
    meeting.gap = AssessmentGap([-0.5, 1.25, 0])
    meeting.version = 3
    meeting.createdAt = "a"
    meeting.updatedAt = "b"
    return meeting
  }

  static var action: AgreedAction {
    var action = AgreedAction()
    action.id = "a1"
    action.description = "Søke lokaler"
    action.ownerParty = .organisation
    action.owner = "org_1"
    action.dueOn = "2026-04-01"
    action.status = .done
    action.statusReason = "r"
    action.completedOn = "2026-03-30"
    action.doneOnTime = true
    return action
  }

  static var assessment: PreconditionAssessment {
    var assessment = PreconditionAssessment()
    assessment.party = .organisation
    assessment.organisationID = "org_1"
    assessment.onTheirTerms = 4
    assessment.meetingPlaceExists = 5
    assessment.equalPartners = 3
    assessment.comment = "Bra"
    assessment.recordedAt = "2026-03-05T10:00:00Z"
    return assessment
  }

  @Test("dialogue meetings and their changes") func meetings() throws {
    try Self.check("DialogueMeeting", Self.meeting)
    try Self.check(
      "CreateDialogueMeetingRequest", CreateDialogueMeetingRequest(meeting: Self.meeting))
    var update = UpdateDialogueMeetingRequest()
    update.meeting = Self.meeting
    update.expectedVersion = 3
    try Self.check("UpdateDialogueMeetingRequest", update)
    var list = ListDialogueMeetingsRequest()
    list.type = .hearing
    list.fromDate = "2026-01-01"
    list.toDate = "2026-12-31"
    list.organisationID = "org_1"
    list.agreementID = "agr_1"
    list.councilID = "cnc_1"
    list.pageSize = 20
    list.pageToken = "t"
    try Self.check("ListDialogueMeetingsRequest", list)
    try Self.check(
      "ListDialogueMeetingsResponse",
      ListDialogueMeetingsResponse(items: [Self.meeting], nextPageToken: "n"))
    var approve = ApproveMinutesRequest()
    approve.meetingID = "dlg_1"
    approve.expectedVersion = 2
    approve.party = .organisation
    approve.organisationID = "org_2"
    try Self.check("ApproveMinutesRequest", approve)
    var action = UpdateActionRequest()
    action.meetingID = "dlg_1"
    action.expectedVersion = 2
    action.actionID = "a1"
    action.status = .dropped
    action.reason = "r"
    action.completedOn = "x"
    try Self.check("UpdateActionRequest", action)
    var record = RecordAssessmentRequest()
    record.meetingID = "dlg_1"
    record.expectedVersion = 2
    record.assessment = Self.assessment
    try Self.check("RecordAssessmentRequest", record)
    var overdue = ListOverdueActionsRequest()
    overdue.asOf = "2026-05-01"
    overdue.pageSize = 3
    overdue.pageToken = "p"
    try Self.check("ListOverdueActionsRequest", overdue)
    var item = OverdueAction()
    item.meetingID = "dlg_1"
    item.heldOn = "2026-03-04"
    item.action = Self.action
    try Self.check(
      "ListOverdueActionsResponse", ListOverdueActionsResponse(items: [item], nextPageToken: "n"))
  }

  @Test("agreements and councils") func agreements() throws {
    var agreement = CooperationAgreement()
    agreement.id = "agr_1"
    agreement.title = "Samarbeidsavtale"
    agreement.organisationIDs = ["org_1"]
    agreement.municipalUnits = ["Bydel"]
    agreement.contact = ContactPerson(name: "Amina", email: "a@example.no", phone: "+47 1")
    agreement.cadence = .quarterly
    agreement.aims = "Felles mål"
    agreement.councilPeriodStart = 2023
    agreement.startsOn = "2024-01-01"
    agreement.endsOn = "2027-09-30"
    agreement.nextEvaluationOn = "2026-06-01"
    agreement.status = .ended
    agreement.endedReason = "Ny"
    var evaluation = AgreementEvaluation()
    evaluation.dueOn = "2025-06-01"
    evaluation.evaluatedOn = "2025-05-20"
    evaluation.onTime = true
    agreement.evaluations = [evaluation]
    agreement.version = 2
    agreement.createdAt = "a"
    agreement.updatedAt = "b"
    try Self.check("CooperationAgreement", agreement)
    var list = ListAgreementsRequest()
    list.status = .active
    list.organisationID = "org_1"
    list.councilPeriodStart = 2027
    list.pageSize = 4
    list.pageToken = "p"
    try Self.check("ListAgreementsRequest", list)
    var evaluate = EvaluateAgreementRequest()
    evaluate.id = "agr_1"
    evaluate.expectedVersion = 2
    evaluate.evaluatedOn = "2026-05-01"
    evaluate.nextEvaluationOn = "2027-05-01"
    try Self.check("EvaluateAgreementRequest", evaluate)
    var end = EndAgreementRequest()
    end.id = "agr_1"
    end.expectedVersion = 2
    end.reason = "Ny avtale"
    try Self.check("EndAgreementRequest", end)
    var council = ImmigrantCouncil()
    council.id = "cnc_1"
    council.name = "Innvandrerrådet"
    council.mandate = "Råd"
    council.councilPeriodStart = 2023
    council.seats = [
      CouncilSeats(.member, count: 9, nominatedBy: ["org_1", "org_2"]),
      CouncilSeats(.municipalRepresentative, count: 2),
    ]
    council.version = 1
    council.createdAt = "a"
    council.updatedAt = "b"
    try Self.check("ImmigrantCouncil", council)
    var councils = ListCouncilsRequest()
    councils.councilPeriodStart = 2023
    councils.pageSize = 2
    councils.pageToken = "p"
    try Self.check("ListCouncilsRequest", councils)
  }

  @Test("the summary") func summary() throws {
    var request = SummariseDialoguesRequest()
    request.year = 2026
    try Self.check("SummariseDialoguesRequest", request)
    var summary = DialoguesSummary()
    summary.year = 2026
    summary.meetings = 4
    var hearings = MeetingTypeCount()
    hearings.type = .hearing
    hearings.meetings = 1
    summary.meetingsByType = [hearings]
    summary.agendaByOrganisationOrJointly = 3
    summary.agendaByOrganisationOrJointlyPermille = 750
    summary.topics = 8
    summary.goalTopics = 5
    summary.goalTopicsPermille = 625
    summary.actionsAgreed = 6
    summary.actionsDone = 4
    summary.actionsDoneOnTime = 3
    summary.actionsDoneOnTimePermille = 750
    summary.meetingsWithMinutes = 4
    summary.minutesApprovedByBoth = 2
    summary.minutesApprovedByBothPermille = 500
    var scores = PartyScores()
    scores.party = .municipality
    scores.assessments = 4
    scores.onTheirTerms = 4.25
    scores.meetingPlaceExists = 3.5
    scores.equalPartners = 4
    summary.scores = [scores]
    summary.meanGap = AssessmentGap([-0.75, 0.5, -1])
    summary.meetingsAssessedByBoth = 3
    summary.agreementsActive = 2
    summary.evaluations = 2
    summary.evaluationsOnTime = 1
    summary.evaluationsOnTimePermille = 500
    try Self.check("DialoguesSummary", summary)
  }
}
