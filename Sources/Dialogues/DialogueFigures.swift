public import DomainValues
internal import SamarbeidAPI
public import Storage

/// Dialogue's figures for national oversight, from one municipality's records for one year
/// in the store `store` reads (the same computation as its own summary; no free text).
public enum DialogueFigures {
  public static func year(_ year: Int32, in store: any StoreReader) throws -> [IndicatorFigure] {
    let summary = try DialoguesService.summary(
      year: year, today: "\(CivilDate.today())", in: store)
    func scores(_ party: OwnerParty) -> IndicatorFigure.Measure {
      guard let scores = summary.scores.first(where: { $0.party == party }), scores.assessments > 0
      else { return .statistic(nil, records: 0) }
      let mean = (scores.onTheirTerms + scores.meetingPlaceExists + scores.equalPartners) / 3
      return .statistic(DialogueMeetingRules.rounded(mean), records: Int64(scores.assessments))
    }
    let gap = summary.meanGap.map {
      DialogueMeetingRules.rounded(($0.onTheirTerms + $0.meetingPlaceExists + $0.equalPartners) / 3)
    }
    return [
      IndicatorFigure("dialogues.meetings", .count(Int64(summary.meetings))),
      IndicatorFigure(
        "dialogues.agenda-by-organisations",
        .proportion(Int64(summary.agendaByOrganisationOrJointly), of: Int64(summary.meetings))),
      IndicatorFigure(
        "dialogues.goal-topics", .proportion(Int64(summary.goalTopics), of: Int64(summary.topics))
      ),
      IndicatorFigure(
        "dialogues.actions-on-time",
        .proportion(Int64(summary.actionsDoneOnTime), of: Int64(summary.actionsDone))),
      IndicatorFigure("dialogues.score-municipality", scores(.municipality)),
      IndicatorFigure("dialogues.score-organisations", scores(.organisation)),
      IndicatorFigure(
        "dialogues.score-gap", .statistic(gap, records: Int64(summary.meetingsAssessedByBoth))),
      IndicatorFigure(
        "dialogues.agreements-evaluated-on-time",
        .proportion(Int64(summary.evaluationsOnTime), of: Int64(summary.evaluations))),
      IndicatorFigure(
        "completeness.views-after-meetings",
        .proportion(Int64(summary.meetingsAssessedByBoth), of: Int64(summary.meetings))),
    ]
  }
}
