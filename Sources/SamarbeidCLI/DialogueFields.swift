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
    fields += [
      (
        "gap",
        FieldValue.optional(
          gap.map { [$0.onTheirTerms, $0.meetingPlaceExists, $0.equalPartners] as [Any] })
      ),
      ("meetingPlaceId", FieldValue.nonEmpty(meetingPlaceID)),
      ("agreementId", FieldValue.nonEmpty(agreementID)),
      ("councilId", FieldValue.nonEmpty(councilID)),
    ]
    fields.append(("version", Int(version)))
    return fields
  }
}

extension OverdueAction: Presentable {
  var fields: [(String, Any)] {
    [
      ("meetingId", meetingID), ("heldOn", heldOn), ("action", action?.id ?? ""),
      ("description", action?.description ?? ""), ("owner", action?.owner ?? ""),
      ("dueOn", FieldValue.nonEmpty(action?.dueOn ?? "")),
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
      ("startsOn", startsOn), ("endsOn", FieldValue.nonEmpty(endsOn)),
      ("nextEvaluationOn", FieldValue.nonEmpty(nextEvaluationOn)),
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
    /// A share in per cent, absent when nothing was there to share.
    func percent(_ permille: Int32, of base: Int32) -> FieldValue {
      base == 0 ? .dash : .percent(permille: permille)
    }
    var fields: [(String, Any)] = [
      ("year", Int(year)), ("meetings", Int(meetings)),
      ("agendaByOrganisationOrJointly", Int(agendaByOrganisationOrJointly)),
      (
        "agendaByOrganisationOrJointlyPercent",
        percent(agendaByOrganisationOrJointlyPermille, of: meetings)
      ),
      ("topics", Int(topics)), ("goalTopics", Int(goalTopics)),
      ("goalTopicsPercent", percent(goalTopicsPermille, of: topics)),
      ("actionsAgreed", Int(actionsAgreed)),
      ("actionsDone", Int(actionsDone)), ("actionsDoneOnTime", Int(actionsDoneOnTime)),
      ("actionsDoneOnTimePercent", percent(actionsDoneOnTimePermille, of: actionsDone)),
      ("meetingsWithMinutes", Int(meetingsWithMinutes)),
      ("minutesApprovedByBoth", Int(minutesApprovedByBoth)),
      (
        "minutesApprovedByBothPercent",
        percent(minutesApprovedByBothPermille, of: meetingsWithMinutes)
      ),
      ("meetingsAssessedByBoth", Int(meetingsAssessedByBoth)),
      ("agreementsActive", Int(agreementsActive)), ("evaluations", Int(evaluations)),
      ("evaluationsOnTime", Int(evaluationsOnTime)),
      ("evaluationsOnTimePercent", percent(evaluationsOnTimePermille, of: evaluations)),
    ]
    // Each side's mean scores, absent (not 0.0) while that side has given no view.
    for party in [OwnerParty.municipality, .organisation] {
      let side = party == .municipality ? "municipality" : "organisations"
      let scores = self.scores.first { $0.party == party && $0.assessments > 0 }
      fields.append(("\(side)Assessments", Int(scores?.assessments ?? 0)))
      fields.append(
        (
          "\(side)Scores",
          FieldValue.optional(
            scores.map { [$0.onTheirTerms, $0.meetingPlaceExists, $0.equalPartners] as [Any] },
            shown: "no views yet")
        ))
    }
    fields.append(
      (
        "meanGap",
        FieldValue.optional(
          meanGap.map { [$0.onTheirTerms, $0.meetingPlaceExists, $0.equalPartners] as [Any] })
      ))
    fields.append(
      (
        "meetingsByType",
        Output.dictionary(meetingsByType.map { ($0.type.shortName, Int($0.meetings) as Any) })
      ))
    return fields
  }
}
