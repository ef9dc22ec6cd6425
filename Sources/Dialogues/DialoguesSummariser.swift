internal import DomainValues
package import SamarbeidAPI

/// A year of dialogue computed from the records alone: the rules of `SummariseDialogues`,
/// apart from the store so they can be checked by hand. Counts and means only.
package struct DialoguesSummariser {
  let year: Int32
  /// The year's meetings held by `today`.
  let meetings: [DialogueMeeting]
  /// Every agreement of the tenant.
  let agreements: [CooperationAgreement]

  package init(year: Int32, meetings: [DialogueMeeting], agreements: [CooperationAgreement]) {
    self.year = year
    self.meetings = meetings
    self.agreements = agreements
  }

  package var summary: DialoguesSummary {
    var summary = DialoguesSummary()
    summary.year = year
    summary.meetings = Int32(meetings.count)
    summary.meetingsByType = DialogueMeetingType.allSpecified.map { type in
      var count = MeetingTypeCount()
      count.type = type
      count.meetings = Int32(meetings.count { $0.type == type })
      return count
    }
    summary.agendaByOrganisationOrJointly = Int32(
      meetings.count { $0.agendaSetBy == .organisation || $0.agendaSetBy == .joint })
    summary.agendaByOrganisationOrJointlyPermille = Share.permille(
      summary.agendaByOrganisationOrJointly, of: summary.meetings)
    let topics = meetings.flatMap(\.topics)
    summary.topics = Int32(topics.count)
    summary.goalTopics = Int32(topics.count { $0.kind == .goal })
    summary.goalTopicsPermille = Share.permille(summary.goalTopics, of: summary.topics)
    let actions = meetings.flatMap(\.actions)
    summary.actionsAgreed = Int32(actions.count)
    summary.actionsDone = Int32(actions.count { $0.status == .done })
    summary.actionsDoneOnTime = Int32(actions.count(where: \.doneOnTime))
    summary.actionsDoneOnTimePermille = Share.permille(
      summary.actionsDoneOnTime, of: summary.actionsDone)
    summary.meetingsWithMinutes = Int32(meetings.count { !$0.minutes.isEmpty })
    summary.minutesApprovedByBoth = Int32(meetings.count { $0.minutesApproval?.agreed == true })
    summary.minutesApprovedByBothPermille = Share.permille(
      summary.minutesApprovedByBoth, of: summary.meetingsWithMinutes)
    let assessments = meetings.flatMap(\.assessments)
    summary.scores = [OwnerParty.municipality, .organisation].map { party in
      scores(of: assessments.filter { $0.party == party }, party: party)
    }
    let gaps = meetings.compactMap { DialogueMeetingRules.gap($0.assessments) }
    summary.meetingsAssessedByBoth = Int32(gaps.count)
    if !gaps.isEmpty {
      summary.meanGap = AssessmentGap([
        Self.mean(gaps.map(\.onTheirTerms)), Self.mean(gaps.map(\.meetingPlaceExists)),
        Self.mean(gaps.map(\.equalPartners)),
      ])
    }
    let first = "\(year)-01-01"
    let last = "\(year)-12-31"
    // An agreement ended before it started never ran (its last day before its first).
    summary.agreementsActive = Int32(
      agreements.count {
        $0.startsOn <= last
          && ($0.endsOn.isEmpty || ($0.endsOn >= first && $0.endsOn >= $0.startsOn))
      })
    let evaluations = agreements.flatMap(\.evaluations).filter {
      $0.evaluatedOn.hasPrefix("\(year)-")
    }
    summary.evaluations = Int32(evaluations.count)
    summary.evaluationsOnTime = Int32(evaluations.count(where: \.onTime))
    summary.evaluationsOnTimePermille = Share.permille(
      summary.evaluationsOnTime, of: summary.evaluations)
    return summary
  }

  /// One side's mean scores.
  func scores(of assessments: [PreconditionAssessment], party: OwnerParty) -> PartyScores {
    var scores = PartyScores()
    scores.party = party
    scores.assessments = Int32(assessments.count)
    guard !assessments.isEmpty else { return scores }
    scores.onTheirTerms = Self.mean(assessments.map { Double($0.onTheirTerms) })
    scores.meetingPlaceExists = Self.mean(assessments.map { Double($0.meetingPlaceExists) })
    scores.equalPartners = Self.mean(assessments.map { Double($0.equalPartners) })
    return scores
  }

  /// The mean of `values`, to two decimals.
  static func mean(_ values: [Double]) -> Double {
    DialogueMeetingRules.rounded(values.reduce(0, +) / Double(values.count))
  }
}
