internal import DomainValues
internal import Foundation
internal import ProtoWire
public import RPC
internal import SamarbeidAPI
public import SamarbeidClient
internal import Synchronization

/// Dialogue under load: on each test tenant, a unit of work records a dialogue meeting held
/// yesterday with the tenant's load organisation (an agenda, two topics, an action and
/// minutes), has both sides approve the minutes and give their view, marks the action done
/// and reads the meeting back: seven RPCs, each timed. After the run the books are checked:
/// every acknowledged meeting is on the server as acknowledged (minutes agreed, the action
/// done, both views and their gap), and the tenant's summary agrees with a recount of the
/// meetings the server lists.
public final class DialoguesLoadScenario: LoadScenario {
  public var name: String { "dialogues" }

  struct Books {
    var tenants: [String] = []
    var organisations: [String: String] = [:]
    /// Per tenant, the meetings whose every step was acknowledged.
    var complete: [String: [String]] = [:]
  }

  let requestedTenants: [String]
  let oversight: ClientConfiguration
  private let books = Mutex(Books())
  private let sequence = Atomic<Int>(0)
  let day = CivilDate.today().adding(days: -1)

  /// Work on the test tenants numbered `tenants` (empty: every active test tenant), read
  /// from the registry as IMDi (`oversight`).
  public init(tenants: [String], oversight: ClientConfiguration) {
    self.requestedTenants = tenants
    self.oversight = oversight
  }

  public func perform(on client: GRPCClient, options: CallOptions) async throws(RPCError) {
    throw RPCError(code: .internal, message: "the dialogues scenario runs as a workflow")
  }

  public func run(on client: GRPCClient, options: CallOptions, worker: Int) async -> [LoadStep] {
    let (tenant, organisation) = books.withLock { books in
      let tenant = books.tenants.isEmpty ? "" : books.tenants[worker % books.tenants.count]
      return (tenant, books.organisations[tenant])
    }
    guard let organisation else {
      return [
        LoadStep(
          name: "prepare", microseconds: 0,
          error: RPCError(code: .failedPrecondition, message: "no organisation"))
      ]
    }
    var steps: [LoadStep] = []
    var meeting = DialogueMeeting()
    func step(_ name: String, _ body: () async throws(RPCError) -> DialogueMeeting) async -> Bool {
      let step = await LoadStep.time(name) { () throws(RPCError) in meeting = try await body() }
      steps.append(step)
      return step.error == nil
    }
    func call<Request: ProtoMessage>(
      _ method: UnaryMethod<Request, DialogueMeeting>, _ request: Request
    ) async throws(RPCError) -> DialogueMeeting {
      try await TenantCalls.unary(
        client, method, request, tenant: tenant, options: options, key: UUID().uuidString)
    }
    let index = sequence.wrappingAdd(1, ordering: .relaxed).oldValue
    guard
      await step(
        "CreateDialogueMeeting",
        { () throws(RPCError) in
          try await call(
            DialoguesMethods.createDialogueMeeting,
            CreateDialogueMeetingRequest(meeting: newMeeting(index, organisation: organisation)))
        })
    else { return steps }
    for party in [OwnerParty.municipality, .organisation] {
      var approve = ApproveMinutesRequest()
      approve.meetingID = meeting.id
      approve.expectedVersion = meeting.version
      approve.party = party
      approve.organisationID = party == .organisation ? organisation : ""
      guard
        await step(
          "ApproveMinutes",
          { () throws(RPCError) in try await call(DialoguesMethods.approveMinutes, approve) })
      else { return steps }
    }
    for party in [OwnerParty.municipality, .organisation] {
      var assessment = PreconditionAssessment()
      assessment.party = party
      assessment.organisationID = party == .organisation ? organisation : ""
      assessment.onTheirTerms = Int32(1 + index % 5)
      assessment.meetingPlaceExists = Int32(1 + (index / 5) % 5)
      assessment.equalPartners = Int32(1 + (index / 25) % 5)
      var record = RecordAssessmentRequest()
      record.meetingID = meeting.id
      record.expectedVersion = meeting.version
      record.assessment = assessment
      guard
        await step(
          "RecordAssessment",
          { () throws(RPCError) in try await call(DialoguesMethods.recordAssessment, record) })
      else { return steps }
    }
    var done = UpdateActionRequest()
    done.meetingID = meeting.id
    done.expectedVersion = meeting.version
    done.actionID = "a1"
    done.status = .done
    guard
      await step(
        "UpdateAction",
        { () throws(RPCError) in try await call(DialoguesMethods.updateAction, done) })
    else { return steps }
    let id = meeting.id
    books.withLock { $0.complete[tenant, default: []].append(id) }
    _ = await step(
      "GetDialogueMeeting",
      { () throws(RPCError) in
        try await TenantCalls.unary(
          client, DialoguesMethods.getDialogueMeeting, GetDialogueMeetingRequest(id: id),
          tenant: tenant, options: options)
      })
    return steps
  }

  func newMeeting(_ index: Int, organisation: String) -> DialogueMeeting {
    var meeting = DialogueMeeting()
    meeting.heldOn = "\(day)"
    meeting.type = .dialogueMeeting
    meeting.convenedBy = .municipality
    meeting.agendaSetBy = index.isMultiple(of: 2) ? .joint : .municipality
    meeting.participationLevel = .involve
    var participants = Participants()
    participants.organisationIDs = [organisation]
    participants.municipalUnits = ["Lastenheten"]
    meeting.participants = participants
    meeting.topics = [
      Topic("Mål \(index)", .goal, raisedBy: .organisation),
      Topic("Rapportering \(index)", .formalRequirement, raisedBy: .municipality),
    ]
    var action = AgreedAction()
    action.description = "Oppfølging \(index)"
    action.ownerParty = .organisation
    action.owner = organisation
    action.dueOn = "\(day.adding(days: 14))"
    meeting.actions = [action]
    meeting.minutes = "Referat \(index)"
    return meeting
  }

  public func prepare(client: GRPCClient) async throws {
    let tenants = try await TenantCalls.withOversight(oversight) { imdi in
      try await TenantCalls.testTenants(requested: requestedTenants, imdi: imdi)
    }
    let organisations = try await TenantCalls.loadOrganisations(
      client, tenants: tenants, name: "Lastforening for dialog")
    books.withLock {
      $0.tenants = tenants
      $0.organisations = organisations
    }
  }

  public func verify(client: GRPCClient) async throws -> LoadBooks? {
    let acknowledged = books.withLock { $0 }
    var result = LoadBooks(checked: 0, missing: 0, violations: [])
    for tenant in acknowledged.tenants {
      var request = ListDialogueMeetingsRequest()
      request.pageSize = 1000
      let listed = try await client.all(
        DialoguesMethods.listDialogueMeetings, request, items: \.meetings,
        metadata: TenantCalls.metadata(tenant))
      let stored = Dictionary(listed.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      for id in acknowledged.complete[tenant] ?? [] {
        result.checked += 1
        guard let meeting = stored[id] else {
          result.missing += 1
          continue
        }
        if meeting.minutesApproval?.agreed != true || meeting.actions.first?.status != .done
          || meeting.assessments.count != 2 || meeting.gap == nil
        {
          result.violations.append("\(tenant): meeting \(id) is not as acknowledged")
        }
      }
      // The summary against a recount of what the server lists for the year.
      var summarise = SummariseDialoguesRequest()
      summarise.year = Int32(day.year)
      let summary = try await TenantCalls.unary(
        client, DialoguesMethods.summariseDialogues, summarise, tenant: tenant)
      let today = "\(CivilDate.today())"
      let year = listed.filter { $0.heldOn.hasPrefix("\(day.year)-") && $0.heldOn <= today }
      let recount = (
        Int32(year.count), Int32(year.count { $0.minutesApproval?.agreed == true }),
        Int32(year.flatMap(\.actions).count { $0.status == .done })
      )
      if (summary.meetings, summary.minutesApprovedByBoth, summary.actionsDone) != recount {
        result.violations.append(
          "\(tenant): the summary counts \(summary.meetings) meetings, \(summary.minutesApprovedByBoth) agreed minutes, \(summary.actionsDone) actions done; the records \(recount)"
        )
      }
    }
    return result
  }
}
