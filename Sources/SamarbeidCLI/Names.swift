import ArgumentParser
import SamarbeidAPI

/// Short names of the enums, as the CLI reads and prints them.
enum Names {
  static func part(_ part: GrantPart) -> String {
    switch part {
    case .operating: "operating"
    case .activity: "activity"
    default: "unspecified"
    }
  }

  static func purpose(_ purpose: ActivityPurpose) -> String {
    switch purpose {
    case .a: "A"
    case .b: "B"
    case .c: "C"
    default: ""
    }
  }

  static func kind(_ kind: OrganisationKind) -> String {
    switch kind {
    case .immigrantOrganisation: "immigrant"
    case .voluntaryOrganisation: "voluntary"
    default: "unspecified"
    }
  }

  static func callState(_ state: CallState) -> String {
    switch state {
    case .draft: "draft"
    case .open: "open"
    case .closed: "closed"
    default: "unspecified"
    }
  }

  static func applicationState(_ state: ApplicationState) -> String {
    switch state {
    case .draft: "draft"
    case .submitted: "submitted"
    case .returned: "returned"
    case .inAssessment: "in-assessment"
    case .decided: "decided"
    case .appealed: "appealed"
    case .final: "final"
    default: "unspecified"
    }
  }

  static func outcome(_ outcome: DecisionOutcome) -> String {
    switch outcome {
    case .granted: "granted"
    case .partlyGranted: "partly-granted"
    case .refused: "refused"
    case .rejected: "rejected"
    default: "unspecified"
    }
  }

  static func reportState(_ state: ReportState) -> String {
    switch state {
    case .submitted: "submitted"
    case .approved: "approved"
    case .returned: "returned"
    default: "none"
    }
  }

  static func repaymentReason(_ reason: RepaymentReason) -> String {
    switch reason {
    case .unusedFunds: "unused-funds"
    case .misuse: "misuse"
    case .missingReport: "missing-report"
    case .wrongInformation: "wrong-information"
    default: "unspecified"
    }
  }

  static func claimState(_ state: RepaymentClaimState) -> String {
    switch state {
    case .open: "open"
    case .paid: "paid"
    case .waived: "waived"
    case .cancelled: "cancelled"
    default: "unspecified"
    }
  }

  static let criteria: [(String, AssessmentCriterion)] = [
    ("last-years-report", .lastYearsReport), ("purpose-fit", .purposeFit),
    ("competence", .competence),
    ("local-roots", .localRoots), ("volunteer-effort", .volunteerEffort),
    ("cooperation", .cooperation),
    ("management", .management), ("realistic-plan", .realisticPlan), ("target-group", .targetGroup),
  ]

  static func criterion(_ criterion: AssessmentCriterion) -> String {
    criteria.first { $0.1 == criterion }?.0 ?? "unspecified"
  }
}

extension Names {

  /// `purpose-fit=4,local-roots=5`.
  static func parseScores(_ text: String) throws -> [CriterionScore] {
    try text.split(separator: ",").map { pair in
      let parts = pair.split(separator: "=")
      guard parts.count == 2, let criterion = criteria.first(where: { $0.0 == parts[0] })?.1,
        let value = Int32(parts[1])
      else {
        throw ValidationError(
          "scores are criterion=score pairs, e.g. purpose-fit=4; criteria: \(criteria.map(\.0).joined(separator: ", "))"
        )
      }
      var score = CriterionScore()
      score.criterion = criterion
      score.score = value
      return score
    }
  }
}
