internal import DomainValues
internal import MeetingPlaces
internal import Organisations
public import SamarbeidAPI
internal import Storage
public import Tenancy

/// `samarbeid.v1.Dialogues`: a municipality's dialogue meetings, cooperation agreements and
/// immigrant councils, in its own tenant database. Changes to meetings after they are
/// recorded, agreements, councils and the summary are in the extensions.
public struct DialoguesService: DialoguesAPI {
  public typealias Scope = TenantScope
  typealias Columns = DialogueTables.Columns

  /// The service.
  public init() {}

  public func createDialogueMeeting(_ request: CreateDialogueMeetingRequest, scope: TenantScope)
    async throws -> DialogueMeeting
  {
    var meeting = try DomainError.within("meeting") { () throws(DomainError) in
      try DialogueMeetingRules.validated(request.meeting)
    }
    try await Self.checkReferences(of: meeting, scope: scope)
    meeting.id = scope.newRecordID(kind: DialogueTables.meetings.kind)
    for index in meeting.actions.indices {
      meeting.actions[index].id = "a\(index + 1)"
      meeting.actions[index].status = .open
      meeting.actions[index].statusReason = ""
      meeting.actions[index].completedOn = ""
    }
    meeting.minutesApproval = nil
    meeting.assessments = []
    meeting.createdAt = CivilTime.now()
    meeting.updatedAt = meeting.createdAt
    meeting = DialogueMeetingRules.derived(meeting)
    return try await scope.create(
      meeting, id: meeting.id, in: DialogueTables.meetings, request: request)
  }

  public func getDialogueMeeting(_ request: GetDialogueMeetingRequest, scope: TenantScope)
    async throws -> DialogueMeeting
  {
    try await DialogueTables.meetings.existing(request.id, scope: scope)
  }

  public func listDialogueMeetings(_ request: ListDialogueMeetingsRequest, scope: TenantScope)
    async throws -> ListDialogueMeetingsResponse
  {
    var filter = Condition.all
    if request.type != .unspecified {
      filter &= Columns.type == (try Field.choice(request.type, field: "type")).protoValue
    }
    let period = try Field.range(
      from: request.fromDate, to: request.toDate, fields: ("from_date", "to_date"))
    if let from = period.from { filter &= Columns.heldOn >= "\(from)" }
    if let to = period.to { filter &= Columns.heldOn <= "\(to)" }
    if !request.organisationID.isEmpty {
      filter &= Columns.organisations.holds(request.organisationID)
    }
    if !request.agreementID.isEmpty { filter &= Columns.agreementID == request.agreementID }
    if !request.councilID.isEmpty { filter &= Columns.councilID == request.councilID }
    let page = try await DialogueTables.meetings.page(
      filter, orderedBy: Columns.heldOn, position: { ($0.heldOn, $0.id) },
      page: PageRequest(size: request.pageSize, token: request.pageToken), scope: scope)
    return ListDialogueMeetingsResponse(items: page.records, nextPageToken: page.nextPageToken)
  }

  public func updateDialogueMeeting(_ request: UpdateDialogueMeetingRequest, scope: TenantScope)
    async throws -> DialogueMeeting
  {
    let id = request.meeting?.id ?? ""
    guard !id.isEmpty else { throw DomainError.invalid("meeting.id", "meeting.id is required") }
    // Existence first: another tenant's identifier is NOT_FOUND whatever the request holds.
    _ = try await DialogueTables.meetings.existing(id, scope: scope)
    let changes = try DomainError.within("meeting") { () throws(DomainError) in
      try DialogueMeetingRules.validated(request.meeting)
    }
    try await Self.checkReferences(of: changes, scope: scope)
    return try await scope.change(
      id, in: DialogueTables.meetings, expectedVersion: request.expectedVersion, request: request
    ) { meeting, _ in
      meeting = DialogueMeetingRules.derived(try Self.merged(changes, into: meeting))
    }
  }

  /// `changes` over `stored`: the fields replaced; actions matched by id (statuses kept, new
  /// ones numbered on, none removed); views and approvals kept, approvals dropped when the
  /// minutes changed.
  static func merged(_ changes: DialogueMeeting, into stored: DialogueMeeting) throws
    -> DialogueMeeting
  {
    var after = changes
    after.id = stored.id
    after.version = stored.version
    after.createdAt = stored.createdAt
    after.assessments = stored.assessments
    after.minutesApproval = changes.minutes == stored.minutes ? stored.minutesApproval : nil
    let present = Set(changes.participants?.organisationIDs ?? [])
    for assessment in stored.assessments
    where assessment.party == .organisation && !present.contains(assessment.organisationID) {
      throw DialogueRule.participant.violation(
        "organisation \(assessment.organisationID) has given its view of the meeting: it stays in participants.organisation_ids"
      )
    }
    var next = (stored.actions.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1
    var actions: [AgreedAction] = []
    for var action in changes.actions {
      if action.id.isEmpty {
        action.id = "a\(next)"
        next += 1
        action.status = .open
        action.statusReason = ""
        action.completedOn = ""
      } else {
        guard let kept = stored.actions.first(where: { $0.id == action.id }) else {
          throw DomainError.invalid(
            "actions.id", "actions.id \(action.id) is not an action of meeting \(stored.id)")
        }
        action.status = kept.status
        action.statusReason = kept.statusReason
        action.completedOn = kept.completedOn
      }
      actions.append(action)
    }
    let kept = Set(actions.map(\.id))
    if let removed = stored.actions.first(where: { !kept.contains($0.id) }) {
      throw DialogueRule.actionsKept.violation(
        "action \(removed.id) is missing from the update: actions are never removed; drop it with UpdateAction"
      )
    }
    after.actions = actions
    return after
  }

  /// The organisations present and named, the place, agreement and council are the tenant's
  /// (NOT_FOUND otherwise, another tenant's recorded as such).
  static func checkReferences(of meeting: DialogueMeeting, scope: TenantScope) async throws {
    try await OrganisationRecords.requireExisting(
      meeting.participants?.organisationIDs ?? [], scope: scope)
    if !meeting.meetingPlaceID.isEmpty {
      _ = try await MeetingPlaceRecords.existing(meeting.meetingPlaceID, scope: scope)
    }
    if !meeting.agreementID.isEmpty {
      _ = try await DialogueTables.agreements.existing(meeting.agreementID, scope: scope)
    }
    if !meeting.councilID.isEmpty {
      _ = try await DialogueTables.councils.existing(meeting.councilID, scope: scope)
    }
  }

}
