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
  static func parsePart(_ text: String) throws -> GrantPart {
    switch text {
    case "operating": return .operating
    case "activity": return .activity
    default: throw ValidationError("part must be operating or activity, not \(text)")
    }
  }

  static func parsePurpose(_ text: String) throws -> ActivityPurpose {
    switch text.uppercased() {
    case "A": return .a
    case "B": return .b
    case "C": return .c
    case "": return .unspecified
    default: throw ValidationError("purpose must be A, B or C, not \(text)")
    }
  }

  static func parseKind(_ text: String) throws -> OrganisationKind {
    switch text {
    case "immigrant": return .immigrantOrganisation
    case "voluntary": return .voluntaryOrganisation
    default: throw ValidationError("kind must be immigrant or voluntary, not \(text)")
    }
  }

  static func parseOutcome(_ text: String) throws -> DecisionOutcome {
    switch text {
    case "granted": return .granted
    case "partly-granted": return .partlyGranted
    case "refused": return .refused
    case "rejected": return .rejected
    default:
      throw ValidationError(
        "outcome must be granted, partly-granted, refused or rejected, not \(text)")
    }
  }

  static func parseApplicationState(_ text: String) throws -> ApplicationState {
    let states: [ApplicationState] = [
      .draft, .submitted, .returned, .inAssessment, .decided, .appealed, .final,
    ]
    guard let state = states.first(where: { applicationState($0) == text }) else {
      throw ValidationError(
        "state must be one of \(states.map(applicationState).joined(separator: ", "))")
    }
    return state
  }

  static func parseCallState(_ text: String) throws -> CallState {
    let states: [CallState] = [.draft, .open, .closed]
    guard let state = states.first(where: { callState($0) == text }) else {
      throw ValidationError("state must be draft, open or closed")
    }
    return state
  }

  static func parseRepaymentReason(_ text: String) throws -> RepaymentReason {
    let reasons: [RepaymentReason] = [.unusedFunds, .misuse, .missingReport, .wrongInformation]
    guard let reason = reasons.first(where: { repaymentReason($0) == text }) else {
      throw ValidationError(
        "reason must be one of \(reasons.map(repaymentReason).joined(separator: ", "))")
    }
    return reason
  }

  static func parseClaimState(_ text: String) throws -> RepaymentClaimState {
    let states: [RepaymentClaimState] = [.paid, .waived, .cancelled]
    guard let state = states.first(where: { claimState($0) == text }) else {
      throw ValidationError("state must be paid, waived or cancelled")
    }
    return state
  }

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
