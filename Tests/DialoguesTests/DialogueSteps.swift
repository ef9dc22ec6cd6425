import DomainValues
import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient

/// Dialogue records as one-line calls.
extension GrantsFixture {
  /// A meeting held `days` from today with `organisations`, the agenda set jointly, one goal
  /// and one formal topic, and an action for the first organisation.
  func meetingFields(
    _ organisations: [String], days: Int = -7, _ change: (inout DialogueMeeting) -> Void = { _ in }
  ) -> DialogueMeeting {
    var meeting = DialogueMeeting()
    meeting.heldOn = day(days)
    meeting.type = .dialogueMeeting
    meeting.convenedBy = .municipality
    meeting.agendaSetBy = .joint
    meeting.participationLevel = .involve
    var participants = Participants()
    participants.organisationIDs = organisations
    participants.municipalUnits = ["Kulturetaten"]
    participants.peopleFromOrganisations = 6
    participants.peopleFromMunicipality = 2
    meeting.participants = participants
    meeting.topics = [
      Topic("Felles mål for ungdom", .goal, raisedBy: .organisation),
      Topic("Rapportering av tilskudd", .formalRequirement, raisedBy: .municipality),
    ]
    var action = AgreedAction()
    action.description = "Finne lokaler"
    action.ownerParty = .organisation
    action.owner = organisations.first ?? ""
    action.dueOn = day(days + 14)
    meeting.actions = [action]
    change(&meeting)
    return meeting
  }

  func createMeeting(
    _ organisations: [String], days: Int = -7, client: GRPCClient? = nil, key: String? = nil,
    _ change: (inout DialogueMeeting) -> Void = { _ in }
  ) async throws(RPCError) -> DialogueMeeting {
    try await (client ?? oslo).call(
      DialoguesMethods.createDialogueMeeting,
      CreateDialogueMeetingRequest(meeting: meetingFields(organisations, days: days, change)),
      key: key)
  }

  func updateMeeting(_ meeting: DialogueMeeting, _ change: (inout DialogueMeeting) -> Void)
    async throws(RPCError) -> DialogueMeeting
  {
    var request = UpdateDialogueMeetingRequest()
    var changed = meeting
    change(&changed)
    request.meeting = changed
    request.expectedVersion = meeting.version
    return try await oslo.call(DialoguesMethods.updateDialogueMeeting, request)
  }

  func approve(_ meeting: DialogueMeeting, by organisation: String? = nil)
    async throws(RPCError) -> DialogueMeeting
  {
    var request = ApproveMinutesRequest()
    request.meetingID = meeting.id
    request.expectedVersion = meeting.version
    request.party = organisation == nil ? .municipality : .organisation
    request.organisationID = organisation ?? ""
    return try await oslo.call(DialoguesMethods.approveMinutes, request)
  }

  func assess(
    _ meeting: DialogueMeeting, by organisation: String? = nil, _ scores: (Int32, Int32, Int32)
  ) async throws(RPCError) -> DialogueMeeting {
    var assessment = PreconditionAssessment()
    assessment.party = organisation == nil ? .municipality : .organisation
    assessment.organisationID = organisation ?? ""
    (assessment.onTheirTerms, assessment.meetingPlaceExists, assessment.equalPartners) = scores
    var request = RecordAssessmentRequest()
    request.meetingID = meeting.id
    request.expectedVersion = meeting.version
    request.assessment = assessment
    return try await oslo.call(DialoguesMethods.recordAssessment, request)
  }

  func finish(
    _ meeting: DialogueMeeting, action: String = "a1", status: ActionStatus = .done,
    completedOn: String = "", reason: String = ""
  ) async throws(RPCError) -> DialogueMeeting {
    var request = UpdateActionRequest()
    request.meetingID = meeting.id
    request.expectedVersion = meeting.version
    request.actionID = action
    request.status = status
    request.completedOn = completedOn
    request.reason = reason
    return try await oslo.call(DialoguesMethods.updateAction, request)
  }

  /// An agreement of the 2023-2027 period (or the one holding today) with `organisations`.
  func agreementFields(
    _ organisations: [String], _ change: (inout CooperationAgreement) -> Void = { _ in }
  )
    -> CooperationAgreement
  {
    let year = Int32(CivilDate.today().year)
    let period = 2023 + (year - 2023) / 4 * 4
    var agreement = CooperationAgreement()
    agreement.title = "Samarbeidsavtale"
    agreement.organisationIDs = organisations
    agreement.municipalUnits = ["Kulturetaten"]
    agreement.contact = ContactPerson(name: "Amina Hassan", email: "amina@example.no")
    agreement.cadence = .quarterly
    agreement.aims = "Flere møteplasser"
    agreement.councilPeriodStart = period
    agreement.startsOn = "\(period)-01-01"
    agreement.nextEvaluationOn = day(30)
    change(&agreement)
    return agreement
  }

  func createAgreement(
    _ organisations: [String], client: GRPCClient? = nil,
    _ change: (inout CooperationAgreement) -> Void = { _ in }
  ) async throws(RPCError) -> CooperationAgreement {
    try await (client ?? oslo).call(
      DialoguesMethods.createAgreement,
      CreateAgreementRequest(agreement: agreementFields(organisations, change)))
  }

  func evaluate(_ agreement: CooperationAgreement, on evaluated: String = "", next: String)
    async throws(RPCError) -> CooperationAgreement
  {
    var request = EvaluateAgreementRequest()
    request.id = agreement.id
    request.expectedVersion = agreement.version
    request.evaluatedOn = evaluated
    request.nextEvaluationOn = next
    return try await oslo.call(DialoguesMethods.evaluateAgreement, request)
  }

  func createCouncil(_ nominating: [String], client: GRPCClient? = nil) async throws(RPCError)
    -> ImmigrantCouncil
  {
    var council = ImmigrantCouncil()
    council.name = "Innvandrerrådet"
    council.mandate = "Råd til kommunestyret"
    council.councilPeriodStart = 2023
    council.seats = [
      CouncilSeats(.member, count: 9, nominatedBy: nominating),
      CouncilSeats(.municipalRepresentative, count: 2),
    ]
    return try await (client ?? oslo).call(
      DialoguesMethods.createCouncil, CreateCouncilRequest(council: council))
  }

  /// Two of Oslo's organisations: an immigrant organisation and a voluntary one.
  func dialogueOrganisations() async throws -> [String] {
    [
      try await organisation(oslo, kommune: "0301", index: 1).id,
      try await organisation(oslo, kommune: "0301", index: 2, kind: .voluntaryOrganisation).id,
    ]
  }
}
