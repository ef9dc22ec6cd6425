import Dialogues
import DomainValues
import Grants
import MeetingPlaces
import ProtoWireTestSupport
import SamarbeidAPI

/// Random municipalities' years for the disclosure audit: every count small more often than
/// not (a third of them 1 to 4), and every rule of the scheme kept (grants held are granted,
/// reports are due on grants held, a meeting has at most one municipal view).
struct RandomYear {
  var rng: SplitMix64

  init(seed: UInt64) { rng = SplitMix64(seed: seed) }

  /// 0 a quarter of the time, 1...4 a third, else up to 12 or (rarely) 60.
  mutating func count() -> Int64 {
    switch Int.random(in: 0..<12, using: &rng) {
    case 0..<3: 0
    case 3..<7: Int64.random(in: 1...4, using: &rng)
    case 7..<11: Int64.random(in: 5...12, using: &rng)
    default: Int64.random(in: 13...60, using: &rng)
    }
  }

  mutating func upTo(_ limit: Int64) -> Int64 {
    limit <= 0 ? 0 : min(limit, Bool.random(using: &rng) ? limit : count())
  }

  mutating func population() -> Int64? {
    Int.random(in: 0..<5, using: &rng) == 0 ? nil : Int64.random(in: 800...700_000, using: &rng)
  }

  mutating func year() -> YearFigures {
    grants().figures + places().figures + DialogueFigures.figures(dialogues())
  }

  mutating func grants() -> GrantYearCounts {
    var counts = GrantYearCounts()
    counts.allocation = Money(ore: Int64.random(in: 0...500_000_000, using: &rng))
    counts.administration = Money(ore: counts.allocation.ore / 10)
    (counts.grantedInFull, counts.partlyGranted) = (count(), count())
    (counts.refused, counts.rejected, counts.undecided) = (count(), count(), count())
    // Every grant is held, as the workflow goes; now and then fewer (a separate cell).
    counts.held = counts.grantedInFull + counts.partlyGranted
    if Int.random(in: 0..<10, using: &rng) == 0 { counts.held = upTo(counts.held) }
    let decided = counts.grantedInFull + counts.partlyGranted + counts.refused + counts.rejected
    // Now and then applications received counted apart from the decisions.
    if Int.random(in: 0..<10, using: &rng) == 0 { counts.received = count() }
    // Now and then a decision whose dates could not be read.
    let dated = decided > 0 && Int.random(in: 0..<8, using: &rng) == 0 ? decided - 1 : decided
    counts.daysToDecision = (0..<dated).map { _ in Double(Int.random(in: 0...120, using: &rng)) }
      .sorted()
    if counts.held > 0 {
      counts.granted = Money(ore: Int64.random(in: 1_000...50_000_000, using: &rng))
      counts.operating = Money(ore: Int64.random(in: 0...counts.granted.ore, using: &rng))
    }
    counts.paid = Money(ore: counts.granted.ore / 2)
    counts.plannedOperatingShare = Double(Int.random(in: 0...1000, using: &rng)) / 1000
    let funded = upTo(counts.held)
    counts.immigrantOrganisationsFunded = upTo(funded)
    counts.otherOrganisationsFunded = funded - counts.immigrantOrganisationsFunded
    let due = upTo(counts.held)
    counts.reportsOnTime = upTo(due)
    counts.reportsLate = upTo(due - counts.reportsOnTime)
    counts.reportsMissing = due - counts.reportsOnTime - counts.reportsLate
    counts.repaymentClaims = count()
    return counts
  }

  mutating func places() -> MeetingPlaceYearCounts {
    var counts = MeetingPlaceYearCounts()
    counts.placesByRole = ["initiator", "facilitator", "coordinator", "owner-operator", "none"]
      .map { ($0, count()) }
    counts.gatheringsHeld = count()
    counts.coHostedByImmigrantOrganisation = upTo(counts.gatheringsHeld)
    counts.immigrantBackgroundCounted = upTo(counts.gatheringsHeld)
    counts.attendance = count() * Int64.random(in: 0...30, using: &rng)
    return counts
  }

  mutating func dialogues() -> DialoguesSummary {
    var summary = DialoguesSummary()
    let meetings = count()
    summary.meetings = Int32(meetings)
    summary.agendaByOrganisationOrJointly = Int32(upTo(meetings))
    let municipal = upTo(meetings)
    let both = upTo(municipal)
    summary.meetingsAssessedByBoth = Int32(both)
    summary.scores = [OwnerParty.municipality, .organisation].map { party in
      var scores = PartyScores()
      scores.party = party
      // Views, topics and actions belong to meetings: none without one.
      scores.assessments = Int32(
        party == .municipality ? municipal : meetings > 0 ? both + count() : 0)
      if scores.assessments > 0 {
        scores.onTheirTerms = Double(Int.random(in: 100...500, using: &rng)) / 100
        scores.meetingPlaceExists = Double(Int.random(in: 100...500, using: &rng)) / 100
        scores.equalPartners = Double(Int.random(in: 100...500, using: &rng)) / 100
      }
      return scores
    }
    if both > 0 { summary.meanGap = AssessmentGap([0.25, -0.5, 1]) }
    let topics = meetings > 0 ? count() : 0
    (summary.topics, summary.goalTopics) = (Int32(topics), Int32(upTo(topics)))
    let done = meetings > 0 ? count() : 0
    (summary.actionsDone, summary.actionsDoneOnTime) = (Int32(done), Int32(upTo(done)))
    let evaluations = count()
    (summary.evaluations, summary.evaluationsOnTime) = (
      Int32(evaluations), Int32(upTo(evaluations))
    )
    return summary
  }
}
