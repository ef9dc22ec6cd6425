import SamarbeidAPI

extension DialogueMeeting: Presentable {
  var fields: [(String, Any)] {
    var fields: [(String, Any)] = [
      ("id", id), ("heldOn", heldOn), ("type", type.shortName),
      ("convenedBy", convenedBy.shortName),
      ("agendaSetBy", agendaSetBy.shortName), ("participationLevel", participationLevel.shortName),
      ("organisations", participants?.organisationIDs ?? []),
      ("municipalUnits", participants?.municipalUnits ?? []),
      (
        "people",
        Int(
          (participants?.peopleFromOrganisations ?? 0) + (participants?.peopleFromMunicipality ?? 0)
            + (participants?.others ?? 0))
      ),
      ("interpreterUsed", interpreterUsed),
      ("topics", topics.map { "\($0.kind.shortName): \($0.title)" }),
      (
        "actions",
        actions.map {
          "\($0.id) \($0.status.shortName): \($0.description) (\($0.owner), due \($0.dueOn))"
        }
      ),
      ("minutesWritten", !minutes.isEmpty),
      ("minutesAgreed", minutesApproval?.agreed ?? false),
      (
        "views",
        assessments.map {
          "\($0.party == .municipality ? "municipality" : $0.organisationID) \($0.onTheirTerms)/\($0.meetingPlaceExists)/\($0.equalPartners)"
        }
      ),
    ]
    if let gap {
      fields.append(("gap", "\(gap.onTheirTerms)/\(gap.meetingPlaceExists)/\(gap.equalPartners)"))
    }
    if !meetingPlaceID.isEmpty { fields.append(("meetingPlaceId", meetingPlaceID)) }
    if !agreementID.isEmpty { fields.append(("agreementId", agreementID)) }
    if !councilID.isEmpty { fields.append(("councilId", councilID)) }
    fields.append(("version", Int(version)))
    return fields
  }
}

extension OverdueAction: Presentable {
  var fields: [(String, Any)] {
    [
      ("meetingId", meetingID), ("heldOn", heldOn), ("action", action?.id ?? ""),
      ("description", action?.description ?? ""), ("owner", action?.owner ?? ""),
      ("dueOn", action?.dueOn ?? ""),
    ]
  }
}

extension CooperationAgreement: Presentable {
  var fields: [(String, Any)] {
    [
      ("id", id), ("title", title), ("organisations", organisationIDs),
      ("municipalUnits", municipalUnits), ("contact", contact?.name ?? ""),
      ("cadence", cadence.shortName),
      ("councilPeriod", "\(councilPeriodStart)-\(councilPeriodStart + 4)"),
      ("startsOn", startsOn), ("endsOn", endsOn), ("nextEvaluationOn", nextEvaluationOn),
      ("status", status.shortName), ("endedReason", endedReason),
      (
        "evaluations",
        evaluations.map { "\($0.evaluatedOn) (due \($0.dueOn)\($0.onTime ? "" : ", late"))" }
      ),
      ("version", Int(version)),
    ]
  }
}

extension ImmigrantCouncil: Presentable {
  var fields: [(String, Any)] {
    [
      ("id", id), ("name", name), ("mandate", mandate),
      ("councilPeriod", "\(councilPeriodStart)-\(councilPeriodStart + 4)"),
      ("seats", seats.map { "\($0.role.shortName) \($0.count)" }),
      ("nominatedBy", Array(Set(seats.flatMap(\.nominatingOrganisationIDs))).sorted()),
      ("version", Int(version)),
    ]
  }
}

extension DialoguesSummary: Presentable {
  var fields: [(String, Any)] {
    var fields: [(String, Any)] = [
      ("year", Int(year)), ("meetings", Int(meetings)),
      ("agendaByOrganisationOrJointly", Int(agendaByOrganisationOrJointly)),
      ("agendaByOrganisationOrJointlyPermille", Int(agendaByOrganisationOrJointlyPermille)),
      ("topics", Int(topics)), ("goalTopics", Int(goalTopics)),
      ("goalTopicsPermille", Int(goalTopicsPermille)), ("actionsAgreed", Int(actionsAgreed)),
      ("actionsDone", Int(actionsDone)), ("actionsDoneOnTime", Int(actionsDoneOnTime)),
      ("actionsDoneOnTimePermille", Int(actionsDoneOnTimePermille)),
      ("meetingsWithMinutes", Int(meetingsWithMinutes)),
      ("minutesApprovedByBoth", Int(minutesApprovedByBoth)),
      ("minutesApprovedByBothPermille", Int(minutesApprovedByBothPermille)),
      ("meetingsAssessedByBoth", Int(meetingsAssessedByBoth)),
      ("agreementsActive", Int(agreementsActive)), ("evaluations", Int(evaluations)),
      ("evaluationsOnTime", Int(evaluationsOnTime)),
      ("evaluationsOnTimePermille", Int(evaluationsOnTimePermille)),
    ]
    for scores in self.scores {
      let side = scores.party == .municipality ? "municipality" : "organisations"
      fields.append(("\(side)Assessments", Int(scores.assessments)))
      fields.append(
        (
          "\(side)Scores",
          [scores.onTheirTerms, scores.meetingPlaceExists, scores.equalPartners]
        ))
    }
    if let meanGap {
      fields.append(
        ("meanGap", [meanGap.onTheirTerms, meanGap.meetingPlaceExists, meanGap.equalPartners]))
    }
    fields.append(
      (
        "meetingsByType",
        Output.dictionary(meetingsByType.map { ($0.type.shortName, Int($0.meetings) as Any) })
      ))
    return fields
  }
}
