public import DomainValues
public import SamarbeidAPI
public import Storage

/// Dialogue's figures for national oversight, from one municipality's records for one year
/// in the store `store` reads (the same computation as its own summary; no free text).
public enum DialogueFigures {
  public static func year(_ year: Int32, in store: any StoreReader) throws -> YearFigures {
    figures(
      try DialoguesService.summary(year: year, today: "\(CivilDate.today())", in: store))
  }

  /// The figures of a year's summary (no data when it holds no meeting, agreement or
  /// evaluation), and the cells their counts are sums of. A meeting has
  /// at most one municipal view; the meetings with both sides' views have one of each.
  public static func figures(_ summary: DialoguesSummary) -> YearFigures {
    var cells = CountCells()
    let meetings = Int64(summary.meetings)
    let byAgenda = Int64(summary.agendaByOrganisationOrJointly)
    let agenda = cells.cell("dialogues.meetings.agenda-by-organisations", byAgenda)
    let meetingsByAgenda =
      agenda + cells.cell("dialogues.meetings.agenda-by-municipality", meetings - byAgenda)
    let both = Int64(summary.meetingsAssessedByBoth)
    let viewed = cells.cell("dialogues.meetings.views-of-both", both)
    let meetingsByViews =
      viewed + cells.cell("dialogues.meetings.views-missing", meetings - both)
    cells.require(meetingsByAgenda, equals: meetingsByViews)
    func views(_ party: OwnerParty) -> (Tally, IndicatorFigure.Measure) {
      let scores = summary.scores.first { $0.party == party }
      let count = cells.cell(
        "dialogues.views.\(party == .municipality ? "municipality" : "organisations")",
        Int64(scores?.assessments ?? 0))
      cells.require(viewed, atMost: count)
      guard let scores, scores.assessments > 0 else {
        return (count, .statistic(nil, records: count))
      }
      let mean = (scores.onTheirTerms + scores.meetingPlaceExists + scores.equalPartners) / 3
      return (count, .statistic(DialogueMeetingRules.rounded(mean), records: count))
    }
    let (municipalViews, municipality) = views(.municipality)
    cells.require(municipalViews, atMost: meetingsByAgenda)
    let organisations = views(.organisation).1
    let gap = summary.meanGap.map {
      DialogueMeetingRules.rounded(($0.onTheirTerms + $0.meetingPlaceExists + $0.equalPartners) / 3)
    }
    func split(_ name: String, _ part: Int32, of whole: Int32) -> (Tally, Tally) {
      let part = cells.cell("dialogues.\(name)", Int64(part))
      return (part, part + cells.cell("dialogues.\(name).not", Int64(whole) - part.value))
    }
    let goals = split("topics.goal", summary.goalTopics, of: summary.topics)
    let actions = split("actions.on-time", summary.actionsDoneOnTime, of: summary.actionsDone)
    let evaluations = split(
      "evaluations.on-time", summary.evaluationsOnTime, of: summary.evaluations)
    return YearFigures(
      [
        IndicatorFigure("dialogues.meetings", .count(meetingsByAgenda)),
        IndicatorFigure(
          "dialogues.agenda-by-organisations", .proportion(agenda, of: meetingsByAgenda)),
        IndicatorFigure("dialogues.goal-topics", .proportion(goals.0, of: goals.1)),
        IndicatorFigure("dialogues.actions-on-time", .proportion(actions.0, of: actions.1)),
        IndicatorFigure("dialogues.score-municipality", municipality),
        IndicatorFigure("dialogues.score-organisations", organisations),
        IndicatorFigure("dialogues.score-gap", .statistic(gap, records: viewed)),
        IndicatorFigure(
          "dialogues.agreements-evaluated-on-time",
          .proportion(evaluations.0, of: evaluations.1)),
        IndicatorFigure(
          "completeness.views-after-meetings", .proportion(viewed, of: meetingsByViews)),
      ], cells: cells,
      recorded: summary.meetings > 0 || summary.agreementsActive > 0 || summary.evaluations > 0)
  }
}
