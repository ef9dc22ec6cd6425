internal import DomainValues
internal import RPC
internal import SamarbeidAPI
internal import Tenancy

/// What a dialogue meeting's fields must satisfy; references (organisations, place,
/// agreement, council) are checked by the service against the store.
enum DialogueMeetingRules {
  /// The most people of one kind at a meeting.
  static let maximumPeople: Int32 = 100_000

  /// `meeting` checked and normalised; its actions' statuses are left to the caller.
  static func validated(_ meeting: DialogueMeeting?) throws(DomainError) -> DialogueMeeting {
    guard var meeting else { throw .invalid("meeting", "meeting is required") }
    let held = try Field.date(meeting.heldOn, field: "held_on")
    meeting.type = try Field.choice(meeting.type, field: "type")
    meeting.convenedBy = try Field.choice(meeting.convenedBy, field: "convened_by")
    guard meeting.agendaSetBy != .unspecified else {
      throw .invalid(
        "agenda_set_by",
        "agenda_set_by is required: who set the agenda, one of \(Side.allowedValues)")
    }
    meeting.agendaSetBy = try Field.choice(meeting.agendaSetBy, field: "agenda_set_by")
    meeting.participationLevel = try Field.choice(
      meeting.participationLevel, field: "participation_level")
    let present = try participants(meeting.participants)
    meeting.participants = present
    switch meeting.type {
    case .councilMeeting where meeting.councilID.isEmpty:
      throw .invalid(
        "council_id", "council_id is required for a DIALOGUE_MEETING_TYPE_COUNCIL_MEETING")
    case .agreementEvaluation where meeting.agreementID.isEmpty:
      throw .invalid(
        "agreement_id", "agreement_id is required for a DIALOGUE_MEETING_TYPE_AGREEMENT_EVALUATION")
    default: break
    }
    if meeting.type != .councilMeeting && !meeting.councilID.isEmpty {
      throw .invalid("council_id", "council_id belongs to council meetings only")
    }
    guard meeting.topics.count <= 100 else {
      throw .invalid("topics", "topics may hold at most 100, not \(meeting.topics.count)")
    }
    for index in meeting.topics.indices {
      meeting.topics[index].title = try Field.text(
        meeting.topics[index].title, field: "topics.title", maximum: 200, required: true)
      _ = try Field.choice(meeting.topics[index].kind, field: "topics.kind")
      _ = try Field.choice(meeting.topics[index].raisedBy, field: "topics.raised_by")
    }
    meeting.minutes = try Field.text(meeting.minutes, field: "minutes", maximum: 50_000)
    guard meeting.actions.count <= 100 else {
      throw .invalid("actions", "actions may hold at most 100, not \(meeting.actions.count)")
    }
    for index in meeting.actions.indices {
      meeting.actions[index] = try action(
        meeting.actions[index], heldOn: held, participants: present)
    }
    return meeting
  }

  /// Who was there: at least one organisation, each once; units by name; counts bounded.
  static func participants(_ participants: Participants?) throws(DomainError) -> Participants {
    guard var participants, !participants.organisationIDs.isEmpty else {
      throw .invalid(
        "participants.organisation_ids",
        "participants.organisation_ids must name at least one of the municipality's organisations")
    }
    try Field.distinct(
      participants.organisationIDs, field: "participants.organisation_ids", maximum: 100)
    participants.municipalUnits = try participants.municipalUnits.map { unit throws(DomainError) in
      try Field.text(unit, field: "participants.municipal_units", maximum: 200, required: true)
    }
    try Field.distinct(
      participants.municipalUnits, field: "participants.municipal_units", maximum: 50)
    for (field, count) in [
      ("people_from_organisations", participants.peopleFromOrganisations),
      ("people_from_municipality", participants.peopleFromMunicipality),
      ("others", participants.others),
    ] where !(0...maximumPeople).contains(count) {
      throw .invalid(
        "participants.\(field)", "participants.\(field) must be 0 to \(maximumPeople), not \(count)"
      )
    }
    return participants
  }

  /// An agreed action: what, whose (a party present) and by when (not before the meeting).
  static func action(_ action: AgreedAction, heldOn: CivilDate, participants: Participants)
    throws(DomainError) -> AgreedAction
  {
    var action = action
    action.description = try Field.text(
      action.description, field: "actions.description", maximum: 500, required: true)
    action.ownerParty = try Field.choice(action.ownerParty, field: "actions.owner_party")
    action.owner = try Field.text(
      action.owner, field: "actions.owner", maximum: 200, required: true)
    let present =
      action.ownerParty == .organisation
      ? participants.organisationIDs.contains(action.owner)
      : participants.municipalUnits.contains(action.owner)
    let otherSide =
      action.ownerParty == .organisation
      ? participants.municipalUnits.contains(action.owner)
      : participants.organisationIDs.contains(action.owner)
    guard present || !otherSide else {
      throw .invalid(
        "actions.owner_party",
        "actions.owner \(Quote.short(action.owner)) is \(action.ownerParty == .organisation ? "a municipal unit" : "an organisation") present: owner_party must be \(action.ownerParty == .organisation ? "OWNER_PARTY_MUNICIPALITY" : "OWNER_PARTY_ORGANISATION")"
      )
    }
    guard present else {
      throw DialogueRule.actionOwnerIsParty.violation(
        "action \(Quote.short(action.description)) is owned by \(Quote.short(action.owner)), who was not at the meeting: "
          + "an action's owner is an organisation in participants.organisation_ids or a unit in participants.municipal_units"
      )
    }
    if !action.dueOn.isEmpty {
      guard try Field.date(action.dueOn, field: "actions.due_on") >= heldOn else {
        throw .invalid(
          "actions.due_on",
          "actions.due_on (\(action.dueOn)) must not be before held_on (\(heldOn))")
      }
    }
    return action
  }

  /// A party's view: a party present, each score 1 to 5.
  static func assessment(_ assessment: PreconditionAssessment?, participants: Participants?)
    throws(DomainError) -> PreconditionAssessment
  {
    guard var assessment else { throw .invalid("assessment", "assessment is required") }
    assessment.party = try Field.choice(assessment.party, field: "assessment.party")
    if assessment.party == .organisation && assessment.organisationID.isEmpty {
      throw .invalid(
        "assessment.organisation_id",
        "assessment.organisation_id is required when the party is OWNER_PARTY_ORGANISATION")
    }
    if assessment.party == .organisation {
      guard participants?.organisationIDs.contains(assessment.organisationID) == true else {
        throw DialogueRule.participant.violation(
          "organisation \(Quote.short(assessment.organisationID)) was not at the meeting: only parties present give their view"
        )
      }
    } else {
      assessment.organisationID = ""
    }
    for (field, score) in [
      ("on_their_terms", assessment.onTheirTerms),
      ("meeting_place_exists", assessment.meetingPlaceExists),
      ("equal_partners", assessment.equalPartners),
    ] where !(1...5).contains(score) {
      throw .invalid("assessment.\(field)", "assessment.\(field) must be 1 to 5, not \(score)")
    }
    assessment.comment = try Field.text(
      assessment.comment, field: "assessment.comment", maximum: 2000)
    return assessment
  }

  /// The computed fields: minutes agreed, actions done on time, the gap between the sides.
  static func derived(_ meeting: DialogueMeeting) -> DialogueMeeting {
    var meeting = meeting
    var approval = meeting.minutesApproval ?? MinutesApproval()
    let organisations = meeting.participants?.organisationIDs ?? []
    approval.agreed =
      !meeting.minutes.isEmpty && approval.byMunicipality
      && organisations.allSatisfy(approval.byOrganisationIDs.contains)
    meeting.minutesApproval = approval
    for index in meeting.actions.indices {
      let action = meeting.actions[index]
      meeting.actions[index].doneOnTime =
        action.status == .done && (action.dueOn.isEmpty || action.completedOn <= action.dueOn)
    }
    meeting.gap = gap(meeting.assessments)
    return meeting
  }

  /// The organisations' mean score minus the municipality's, per precondition; nil until
  /// both sides have given their view.
  static func gap(_ assessments: [PreconditionAssessment]) -> AssessmentGap? {
    let organisations = assessments.filter { $0.party == .organisation }
    guard let municipality = assessments.first(where: { $0.party == .municipality }),
      !organisations.isEmpty
    else { return nil }
    return AssessmentGap(
      (0..<3).map { index in
        let mean =
          Double(organisations.map { Int($0.scores[index]) }.reduce(0, +))
          / Double(organisations.count)
        return rounded(mean - Double(municipality.scores[index]))
      })
  }

  /// `value` to two decimals.
  static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
