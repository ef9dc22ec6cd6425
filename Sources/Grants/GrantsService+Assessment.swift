internal import DomainValues
internal import RPC
public import SamarbeidAPI
public import Tenancy

extension GrantsService {
  public func startAssessment(_ request: ApplicationTransitionRequest, scope: TenantScope)
    async throws -> Application
  {
    _ = try await GrantTables.applications.existing(request.id, scope: scope)
    return try await scope.change(
      request.id, in: GrantTables.applications, expectedVersion: request.expectedVersion,
      request: request
    ) { application, _ in
      try ApplicationRules.require(application, in: [.submitted], to: "taken into assessment")
      application.state = .inAssessment
    }
  }

  public func declareImpartiality(_ request: DeclareImpartialityRequest, scope: TenantScope)
    async throws -> Application
  {
    _ = try await GrantTables.applications.existing(request.id, scope: scope)
    let assessor = try AssessmentRules.assessor(request.assessor)
    let now = CivilTime.now()
    return try await scope.change(
      request.id, in: GrantTables.applications, expectedVersion: request.expectedVersion,
      request: request
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

  public func scoreApplication(_ request: ScoreApplicationRequest, scope: TenantScope) async throws
    -> Application
  {
    _ = try await GrantTables.applications.existing(request.id, scope: scope)
    let assessor = try AssessmentRules.assessor(request.assessor)
    let scores = try AssessmentRules.scores(request.scores)
    let comment = try Field.text(request.comment, field: "comment", maximum: 5000)
    return try await scope.change(
      request.id, in: GrantTables.applications, expectedVersion: request.expectedVersion,
      request: request
    ) { application, _ in
      try ApplicationRules.require(application, in: [.inAssessment], to: "scored")
      guard let index = application.assessments.firstIndex(where: { $0.assessor == assessor }),
        !application.assessments[index].declaredImpartialAt.isEmpty
      else {
        throw GrantRule.impartiality.violation(

          "assessor \(assessor) has not declared impartiality for application \(application.id): an assessor "
            + "declares no conflict of interest (forvaltningsloven § 6) before scoring")
      }
      application.assessments[index].scores = scores
      application.assessments[index].comment = comment
    }
  }

}
