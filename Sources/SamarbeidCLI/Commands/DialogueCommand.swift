import ArgumentParser
import SamarbeidAPI

/// `samarbeid dialogue`: dialogue meetings, who set the agenda, what was agreed and how each
/// side judged them.
struct DialogueCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dialogue",
    abstract: "Dialogue meetings between the municipality and organisations.",
    subcommands: [
      Create.self, Get.self, List.self, SetMinutes.self, Approve.self, Action.self, Assess.self,
      Overdue.self, DialogueSummaryCommand.self,
    ])

  struct Create: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record a dialogue meeting.")
    @Option(help: "When it was held, YYYY-MM-DD.") var heldOn: String
    @Option(help: "What kind of meeting.") var type: DialogueMeetingType = .dialogueMeeting
    @Option(help: "Who convened it.") var convenedBy: Side
    @Option(help: "Who set the agenda.") var agendaSetBy: Side
    @Option(help: "Participation on the IAP2 scale.") var level: ParticipationLevel
    @Option(name: .customLong("organisation"), help: "An organisation present (repeat).")
    var organisations: [String] = []
    @Option(name: .customLong("unit"), help: "A municipal unit present (repeat).")
    var units: [String] = []
    @Option(help: "People from the organisations.") var peopleFromOrganisations: Int32 = 0
    @Option(help: "People from the municipality.") var peopleFromMunicipality: Int32 = 0
    @Option(help: "goal:TITLE or formal:TITLE, raised by organisation (repeat).") var topic:
      [String] = []
    @Option(help: "WHAT@OWNER[@DUE]: an action for an organisation id or unit present (repeat).")
    var action: [String] = []
    @Option(help: "The meeting place it was held at.") var place: String?
    @Option(help: "The cooperation agreement it belongs to.") var agreement: String?
    @Option(help: "The immigrant council whose meeting it is.") var council: String?
    @Flag(help: "An interpreter was used.") var interpreter = false
    @Option(help: "The minutes (personal data: stays in the municipality).") var minutes = ""
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var meeting = DialogueMeeting()
      meeting.heldOn = heldOn
      meeting.type = type
      meeting.convenedBy = convenedBy
      meeting.agendaSetBy = agendaSetBy
      meeting.participationLevel = level
      var participants = Participants()
      participants.organisationIDs = organisations
      participants.municipalUnits = units
      participants.peopleFromOrganisations = peopleFromOrganisations
      participants.peopleFromMunicipality = peopleFromMunicipality
      meeting.participants = participants
      meeting.topics = try topic.map(Self.topic)
      meeting.actions = action.map { Self.action($0, organisations: organisations) }
      meeting.meetingPlaceID = place ?? ""
      meeting.agreementID = agreement ?? ""
      meeting.councilID = council ?? ""
      meeting.interpreterUsed = interpreter
      meeting.minutes = minutes
      try await connection.show(
        DialoguesMethods.createDialogueMeeting, CreateDialogueMeetingRequest(meeting: meeting))
    }

    static func topic(_ text: String) throws -> Topic {
      let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
      guard parts.count == 2,
        let kind = ["goal": TopicKind.goal, "formal": .formalRequirement][parts[0]]
      else {
        throw ValidationError("--topic must be goal:TITLE or formal:TITLE, not '\(text)'")
      }
      return Topic(parts[1], kind, raisedBy: .organisation)
    }

    static func action(_ text: String, organisations: [String]) -> AgreedAction {
      let parts = text.split(separator: "@", omittingEmptySubsequences: false).map(String.init)
      var action = AgreedAction()
      action.description = parts[0]
      action.owner = parts.count > 1 ? parts[1] : ""
      action.ownerParty = organisations.contains(action.owner) ? .organisation : .municipality
      action.dueOn = parts.count > 2 ? parts[2] : ""
      return action
    }
  }

  struct Get: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a dialogue meeting.")
    @Argument(help: "The meeting's id.") var id: String
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      try await connection.show(
        DialoguesMethods.getDialogueMeeting, GetDialogueMeetingRequest(id: id))
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List dialogue meetings by date.")
    @Option(help: "Only this kind.") var type: DialogueMeetingType?
    @Option(help: "From this day, YYYY-MM-DD.") var from: String?
    @Option(help: "To this day, YYYY-MM-DD.") var to: String?
    @Option(help: "Only meetings this organisation was at.") var organisation: String?
    @Option(help: "Only meetings of this agreement.") var agreement: String?
    @Option(help: "Only meetings of this council.") var council: String?
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListDialogueMeetingsRequest()
      request.type = type ?? .unspecified
      request.fromDate = from ?? ""
      request.toDate = to ?? ""
      request.organisationID = organisation ?? ""
      request.agreementID = agreement ?? ""
      request.councilID = council ?? ""
      try await connection.list(
        DialoguesMethods.listDialogueMeetings, request, \.meetings,
        columns: ["id", "heldOn", "type", "agendaSetBy", "topics", "minutesAgreed", "version"],
        paging: paging)
    }
  }

  struct SetMinutes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "minutes", abstract: "Write a meeting's minutes (approvals start again).")
    @Argument(help: "The meeting's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "The minutes (personal data: stays in the municipality).") var text: String
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var meeting = try await connection.call(
        DialoguesMethods.getDialogueMeeting, GetDialogueMeetingRequest(id: id))
      meeting.minutes = text
      var request = UpdateDialogueMeetingRequest()
      request.meeting = meeting
      request.expectedVersion = version
      try await connection.show(DialoguesMethods.updateDialogueMeeting, request)
    }
  }

  struct Approve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Approve a meeting's minutes for the municipality or an organisation present.")
    @Argument(help: "The meeting's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "The organisation approving (default: the municipality).") var organisation:
      String?
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = ApproveMinutesRequest()
      request.meetingID = id
      request.expectedVersion = version
      request.party = organisation == nil ? .municipality : .organisation
      request.organisationID = organisation ?? ""
      try await connection.show(DialoguesMethods.approveMinutes, request)
    }
  }

  struct Action: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record an agreed action as done or dropped.")
    @Argument(help: "The meeting's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "The action's id (a1, a2, ...).") var action: String
    @Flag(help: "Done or dropped.") var outcome: ActionOutcome
    @Option(help: "When it was done, YYYY-MM-DD (default: today).") var completedOn = ""
    @Option(help: "Why it was dropped.") var reason = ""

    enum ActionOutcome: String, EnumerableFlag {
      case done, dropped
    }
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = UpdateActionRequest()
      request.meetingID = id
      request.expectedVersion = version
      request.actionID = action
      request.status = outcome == .done ? .done : .dropped
      request.completedOn = completedOn
      request.reason = reason
      try await connection.show(DialoguesMethods.updateAction, request)
    }
  }

  struct Assess: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record a party's view of a held meeting: each precondition scored 1 to 5.")
    @Argument(help: "The meeting's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "The organisation whose view it is (default: the municipality's).")
    var organisation: String?
    @Option(help: "Met on their terms, 1-5.") var onTheirTerms: Int32
    @Option(help: "A meeting place exists, 1-5.") var meetingPlace: Int32
    @Option(help: "Met as equal partners, 1-5.") var equalPartners: Int32
    @Option(help: "Comment (personal data may occur).") var comment = ""
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var assessment = PreconditionAssessment()
      assessment.party = organisation == nil ? .municipality : .organisation
      assessment.organisationID = organisation ?? ""
      assessment.onTheirTerms = onTheirTerms
      assessment.meetingPlaceExists = meetingPlace
      assessment.equalPartners = equalPartners
      assessment.comment = comment
      var request = RecordAssessmentRequest()
      request.meetingID = id
      request.expectedVersion = version
      request.assessment = assessment
      try await connection.show(DialoguesMethods.recordAssessment, request)
    }
  }

  struct Overdue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "overdue-actions", abstract: "Open actions past their due date.")
    @Option(help: "The day to judge by (default: today).") var asOf = ""
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListOverdueActionsRequest()
      request.asOf = asOf
      try await connection.list(
        DialoguesMethods.listOverdueActions, request, \.actions,
        columns: ["meetingId", "heldOn", "action", "description", "owner", "dueOn"], paging: paging)
    }
  }
}
