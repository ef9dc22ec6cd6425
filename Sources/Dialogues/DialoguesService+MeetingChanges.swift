internal import DomainValues
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension DialoguesService {
  /// Approving what is already approved: nothing is written and the meeting is answered.
  struct Unchanged: Error {
    let meeting: DialogueMeeting
  }

  public func approveMinutes(_ request: ApproveMinutesRequest, scope: TenantScope) async throws
    -> DialogueMeeting
  {
    let stored = try await DialogueTables.meetings.existing(request.meetingID, scope: scope)
    let party = try Field.choice(request.party, field: "party")
    guard party == .municipality || !request.organisationID.isEmpty else {
      throw DomainError.invalid(
        "organisation_id", "organisation_id is required when the party is OWNER_PARTY_ORGANISATION")
    }
    let organisation = request.organisationID
    // Approving twice changes nothing, whatever version the caller read.
    if Self.approved(stored, by: party, organisation) { return stored }
    let today = CivilDate.today()
    do {
      return try await scope.change(
        request.meetingID, in: DialogueTables.meetings, expectedVersion: request.expectedVersion,
        request: request
      ) { meeting, _ in
        // Approved since it was read: still nothing to change.
        if Self.approved(meeting, by: party, organisation) { throw Unchanged(meeting: meeting) }
        var approval = meeting.minutesApproval ?? MinutesApproval()
        try Self.checkHeld(meeting, today: today, to: "approve its minutes")
        guard !meeting.minutes.isEmpty else {
          throw DialogueRule.minutesWritten.violation(
            "meeting \(meeting.id) has no minutes yet: write them (UpdateDialogueMeeting) before approving"
          )
        }
        if party == .municipality {
          approval.byMunicipality = true
        } else {
          try Self.checkPresent(organisation, at: meeting, to: "approve the minutes")
          approval.byOrganisationIDs.append(organisation)
        }
        meeting.minutesApproval = approval
        meeting = DialogueMeetingRules.derived(meeting)
      }
    } catch let unchanged as Unchanged {
      return unchanged.meeting
    } catch let error as StorageError where error.code == .versionConflict {
      // Approved by another call since it was read: the version moved, the approval is there.
      let current = try await DialogueTables.meetings.existing(request.meetingID, scope: scope)
      if Self.approved(current, by: party, organisation) { return current }
      throw error
    }
  }

  /// Whether `party` (the municipality, or `organisation`) has approved `meeting`'s minutes.
  static func approved(_ meeting: DialogueMeeting, by party: OwnerParty, _ organisation: String)
    -> Bool
  {
    let approval = meeting.minutesApproval ?? MinutesApproval()
    return party == .municipality
      ? approval.byMunicipality : approval.byOrganisationIDs.contains(organisation)
  }

  public func updateAction(_ request: UpdateActionRequest, scope: TenantScope) async throws
    -> DialogueMeeting
  {
    _ = try await DialogueTables.meetings.existing(request.meetingID, scope: scope)
    let status = try Field.choice(request.status, field: "status", allowed: [.done, .dropped])
    let reason = try Field.text(
      request.reason, field: "reason", maximum: 500, required: status == .dropped)
    let today = CivilDate.today()
    let completed =
      request.completedOn.isEmpty
      ? today : try Field.date(request.completedOn, field: "completed_on")
    guard completed <= today else {
      throw DomainError.invalid(
        "completed_on", "completed_on (\(completed)) must not be after today (\(today))")
    }
    return try await scope.change(
      request.meetingID, in: DialogueTables.meetings, expectedVersion: request.expectedVersion,
      request: request
    ) { meeting, _ in
      guard let index = meeting.actions.firstIndex(where: { $0.id == request.actionID }) else {
        throw DomainError.invalid(
          "action_id",
          "action_id \(Quote.short(request.actionID)) is not an action of meeting \(meeting.id) (\(meeting.actions.map(\.id).joined(separator: ", ")))"
        )
      }
      guard meeting.actions[index].status == .open else {
        throw DialogueRule.actionState.violation(
          "action \(request.actionID) is already \(meeting.actions[index].status); an action is done or dropped once"
        )
      }
      meeting.actions[index].status = status
      if status == .done {
        guard completed >= CivilDate(meeting.heldOn) ?? completed else {
          throw DomainError.invalid(
            "completed_on",
            "completed_on (\(completed)) must not be before the meeting (\(meeting.heldOn))")
        }
        meeting.actions[index].completedOn = "\(completed)"
      } else {
        meeting.actions[index].statusReason = reason
      }
      meeting = DialogueMeetingRules.derived(meeting)
    }
  }

  public func recordAssessment(_ request: RecordAssessmentRequest, scope: TenantScope)
    async throws -> DialogueMeeting
  {
    let stored = try await DialogueTables.meetings.existing(request.meetingID, scope: scope)
    var view = try DialogueMeetingRules.assessment(
      request.assessment, participants: stored.participants)
    view.recordedAt = CivilTime.now()
    let assessment = view
    let today = CivilDate.today()
    return try await scope.change(
      request.meetingID, in: DialogueTables.meetings, expectedVersion: request.expectedVersion,
      request: request
    ) { meeting, _ in
      try Self.checkHeld(meeting, today: today, to: "give a view of it")
      if assessment.party == .organisation {
        try Self.checkPresent(assessment.organisationID, at: meeting, to: "give its view")
      }
      // One per party: recording again replaces it.
      meeting.assessments.removeAll {
        $0.party == assessment.party && $0.organisationID == assessment.organisationID
      }
      meeting.assessments.append(assessment)
      meeting = DialogueMeetingRules.derived(meeting)
    }
  }

  public func listOverdueActions(_ request: ListOverdueActionsRequest, scope: TenantScope)
    async throws -> ListOverdueActionsResponse
  {
    let asOf =
      request.asOf.isEmpty ? CivilDate.today() : try Field.date(request.asOf, field: "as_of")
    let page = try await DialogueTables.meetings.page(
      Columns.openDue != "" && Columns.openDue < "\(asOf)", orderedBy: Columns.openDue,
      position: { meeting in
        (
          meeting.actions.filter { $0.status == .open && !$0.dueOn.isEmpty }.map(\.dueOn).min()
            ?? "", meeting.id
        )
      },
      page: PageRequest(size: request.pageSize, token: request.pageToken), scope: scope)
    var response = ListOverdueActionsResponse()
    for meeting in page.records {
      for action in meeting.actions
      where action.status == .open && !action.dueOn.isEmpty && action.dueOn < "\(asOf)" {
        var overdue = OverdueAction()
        overdue.meetingID = meeting.id
        overdue.heldOn = meeting.heldOn
        overdue.action = action
        response.actions.append(overdue)
      }
    }
    response.nextPageToken = page.nextPageToken
    return response
  }

  /// The meeting has been held: views and approvals come after it.
  static func checkHeld(_ meeting: DialogueMeeting, today: CivilDate, to what: String) throws {
    guard let held = CivilDate(meeting.heldOn), held <= today else {
      throw DialogueRule.meetingHeld.violation(
        "meeting \(meeting.id) is on \(meeting.heldOn), after today (\(today)): \(what) once it has been held"
      )
    }
  }

  /// `organisation` was at `meeting`.
  static func checkPresent(_ organisation: String, at meeting: DialogueMeeting, to what: String)
    throws
  {
    guard meeting.participants?.organisationIDs.contains(organisation) == true else {
      throw DialogueRule.participant.violation(
        "organisation \(Quote.short(organisation)) was not at meeting \(meeting.id): only parties present \(what)"
      )
    }
  }
}
