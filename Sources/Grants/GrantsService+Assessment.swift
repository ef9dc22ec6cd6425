internal import RPC
internal import SamarbeidAPI
internal import Tenancy

extension GrantsService {
  static func registerAssessment(with router: inout RPCRouter) {
    router.registerTenantUnary(GrantsMethods.startAssessment) {
      (request: ApplicationTransitionRequest, scope) in
      _ = try await existingApplication(request.id, scope: scope)
      return try await Applications.change(
        request: request, id: request.id, expectedVersion: request.expectedVersion, scope: scope
      ) { application, _ in
        try ApplicationRules.require(application, in: [.submitted], to: "taken into assessment")
        application.state = .inAssessment
      }
    }
    router.registerTenantUnary(GrantsMethods.declareImpartiality) {
      (request: DeclareImpartialityRequest, scope) in
      _ = try await existingApplication(request.id, scope: scope)
      let assessor = try AssessmentRules.assessor(request.assessor)
      let now = CivilTime.now()
      return try await Applications.change(
        request: request, id: request.id, expectedVersion: request.expectedVersion, scope: scope
      ) { application, _ in
        try ApplicationRules.require(application, in: [.inAssessment], to: "assessed")
        if let index = application.assessments.firstIndex(where: { $0.assessor == assessor }) {
          application.assessments[index].declaredImpartialAt = now
        } else {
          var assessment = Assessment()
          assessment.assessor = assessor
          assessment.declaredImpartialAt = now
          application.assessments.append(assessment)
        }
      }
    }
    router.registerTenantUnary(GrantsMethods.scoreApplication) {
      (request: ScoreApplicationRequest, scope) in
      _ = try await existingApplication(request.id, scope: scope)
      let assessor = try AssessmentRules.assessor(request.assessor)
      let scores = try AssessmentRules.scores(request.scores)
      let comment = try GrantRules.text(request.comment, field: "comment", maximum: 5000)
      return try await Applications.change(
        request: request, id: request.id, expectedVersion: request.expectedVersion, scope: scope
      ) { application, _ in
        try ApplicationRules.require(application, in: [.inAssessment], to: "scored")
        guard let index = application.assessments.firstIndex(where: { $0.assessor == assessor }),
          !application.assessments[index].declaredImpartialAt.isEmpty
        else {
          throw GrantRules.violation(
            "assessor \(assessor) has not declared impartiality for application \(application.id): an assessor "
              + "declares no conflict of interest (forvaltningsloven § 6) before scoring")
        }
        application.assessments[index].scores = scores
        application.assessments[index].comment = comment
      }
    }
  }
}

/// What an assessment must satisfy.
enum AssessmentRules {
  /// An assessor is referred to by a reference, never a name: 1 to 64 of a-z, 0-9, `-`, `_`, `.`.
  static func assessor(_ text: String) throws(RPCError) -> String {
    guard (1...64).contains(text.utf8.count),
      text.utf8.allSatisfy({
        ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F
          || $0 == 0x2E
      })
    else {
      throw GrantRules.invalid(
        "assessor must be the assessor's reference (1 to 64 of a-z, 0-9, -, _, .), e.g. saksbehandler-17; not a name"
      )
    }
    return text
  }

  static func scores(_ scores: [CriterionScore]) throws(RPCError) -> [CriterionScore] {
    guard !scores.isEmpty else {
      throw GrantRules.invalid("scores must hold at least one criterion")
    }
    var seen: Set<Int32> = []
    for score in scores {
      switch score.criterion {
      case .unspecified, .unrecognized:
        throw GrantRules.invalid("criterion must be one of IMDi's criteria (1 to 9)")
      default:
        break
      }
      guard (1...5).contains(score.score) else {
        throw GrantRules.invalid("a score is 1 (weak) to 5 (strong), not \(score.score)")
      }
      guard seen.insert(score.criterion.protoValue).inserted else {
        throw GrantRules.invalid("each criterion is scored once")
      }
    }
    return scores
  }
}
