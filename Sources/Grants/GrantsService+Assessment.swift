internal import DomainValues
internal import RPC
internal import SamarbeidAPI
internal import Tenancy

extension GrantsService {
  static func registerAssessment(with router: inout RPCRouter) {
    router.registerTenantUnary(GrantsMethods.startAssessment) {
      (request: ApplicationTransitionRequest, scope) in
      _ = try await GrantTables.applications.existing(request.id, scope: scope)
      return try await Applications.change(
        request: request, id: request.id, expectedVersion: request.expectedVersion, scope: scope
      ) { application, _ in
        try ApplicationRules.require(application, in: [.submitted], to: "taken into assessment")
        application.state = .inAssessment
      }
    }
    router.registerTenantUnary(GrantsMethods.declareImpartiality) {
      (request: DeclareImpartialityRequest, scope) in
      _ = try await GrantTables.applications.existing(request.id, scope: scope)
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
      _ = try await GrantTables.applications.existing(request.id, scope: scope)
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
