internal import DomainValues
internal import RPC
internal import SamarbeidAPI
internal import Tenancy

/// What a gathering's fields must satisfy when it is planned and when it is completed.
enum GatheringRules {
  /// More people than this at one gathering is refused as implausible.
  static let maximumAttendance: Int32 = 100_000

  /// A gathering to plan, checked and normalised: a place, a start, a mode and a title, and
  /// nothing that belongs to its completion.
  static func planned(_ gathering: Gathering?) throws(DomainError) -> Gathering {
    guard var gathering else { throw .invalid("gathering", "gathering is required") }
    guard !gathering.meetingPlaceID.isEmpty else {
      throw .invalid("meeting_place_id", "meeting_place_id is required")
    }
    _ = try startsAt(gathering.startsAt)
    gathering.mode = try Field.choice(gathering.mode, field: "mode")
    gathering.title = try Field.text(gathering.title, field: "title", maximum: 200, required: true)
    guard gathering.attendance == nil, gathering.outcomeNotes.isEmpty, gathering.followUps.isEmpty
    else {
      throw .invalid(
        "attendance",
        "attendance, outcome_notes and follow_ups are recorded when the gathering is completed (CompleteGathering)"
      )
    }
    try presence(gathering.organisations)
    gathering.state = .planned
    gathering.cancelledReason = ""
    gathering.completedAt = ""
    return gathering
  }

  /// When a gathering starts, YYYY-MM-DDTHH:MM in Europe/Oslo.
  static func startsAt(_ text: String) throws(DomainError) -> LocalDateTime {
    guard let time = LocalDateTime(text) else {
      throw .invalid(
        "starts_at",
        "starts_at must be a local time in Norway written YYYY-MM-DDTHH:MM (1900 to 2200), not \(Quote.short(text))"
      )
    }
    guard time.existsInNorway else {
      throw .invalid(
        "starts_at",
        "starts_at \(time) does not exist in Norway: the clocks go from 02:00 to 03:00 that night")
    }
    return time
  }

  /// Organisations at a gathering: each once, at most 100, with a role.
  static func presence(_ organisations: [OrganisationPresence]) throws(DomainError) {
    try Field.distinct(organisations.map(\.organisationID), field: "organisations", maximum: 100)
    for organisation in organisations {
      _ = try Field.choice(organisation.role, field: "organisations.role")
    }
  }

  /// Attendance: a total of 0 to 100,000 and each other count at most the total, every
  /// count with its source.
  static func attendance(_ attendance: Attendance?) throws(DomainError) -> Attendance {
    guard let attendance, let total = attendance.total else {
      throw .invalid("attendance.total", "attendance.total is required to complete a gathering")
    }
    try count(total, field: "attendance.total", maximum: maximumAttendance)
    for (field, part) in attendance.parts {
      guard let part else { continue }
      try count(part, field: "attendance.\(field)", maximum: total.count)
    }
    return attendance
  }

  static func count(_ count: AttendanceCount, field: String, maximum: Int32) throws(DomainError) {
    guard count.count >= 0 else {
      throw .invalid("\(field).count", "\(field).count must not be negative, not \(count.count)")
    }
    guard count.count <= maximum else {
      throw .invalid(
        "\(field).count",
        maximum == maximumAttendance
          ? "\(field).count of \(count.count) is implausible: at most \(maximumAttendance) people at one gathering"
          : "\(field).count (\(count.count)) must be at most attendance.total (\(maximum))")
    }
    _ = try Field.choice(count.source, field: "\(field).source")
  }

  /// Follow-up actions: at most 50, each with what, who and (when dropped) why.
  static func followUps(_ actions: [FollowUpAction]) throws(DomainError) -> [FollowUpAction] {
    guard actions.count <= 50 else {
      throw .invalid("follow_ups", "follow_ups may hold at most 50 actions, not \(actions.count)")
    }
    var checked: [FollowUpAction] = []
    for (index, var action) in actions.enumerated() {
      let item = "follow_ups[\(index)]"
      action.description = try Field.text(
        action.description, field: "\(item).description", maximum: 500, required: true)
      action.ownerParty = try Field.choice(action.ownerParty, field: "\(item).owner_party")
      action.owner = try Field.text(
        action.owner, field: "\(item).owner", maximum: 200, required: true)
      if !action.dueOn.isEmpty { _ = try Field.date(action.dueOn, field: "\(item).due_on") }
      if action.status == .unspecified { action.status = .open }
      action.status = try Field.choice(action.status, field: "\(item).status")
      action.statusReason = try Field.text(
        action.statusReason, field: "\(item).status_reason", maximum: 500,
        required: action.status == .dropped)
      checked.append(action)
    }
    return checked
  }

  /// The organisations a gathering or its follow-ups name.
  static func organisationIDs(
    presence: [OrganisationPresence], followUps: [FollowUpAction] = []
  ) -> [String] {
    presence.map(\.organisationID)
      + followUps.filter { $0.ownerParty == .organisation }.map(\.owner)
  }
}
