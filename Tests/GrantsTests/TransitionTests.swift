import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import StoreTestSupport
import Testing

/// Every application transition from every state: allowed ones move it, forbidden ones are
/// FAILED_PRECONDITION and change nothing.
@Suite("Application states") struct TransitionTests {
  enum Step: String, CaseIterable, Sendable {
    case edit, submit, returnForCompletion, startAssessment, declare, score, reject, appeal,
      decideAppeal, pay
  }

  /// Where each step may start.
  static let allowed: [Step: Set<ApplicationState>] = [
    .edit: [.draft, .returned],
    .submit: [.draft, .returned],
    .returnForCompletion: [.submitted, .inAssessment],
    .startAssessment: [.submitted],
    .declare: [.inAssessment],
    .score: [.inAssessment],
    .reject: [.submitted, .inAssessment],
    .appeal: [.decided],
    .decideAppeal: [.appealed],
    .pay: [.decided, .appealed, .final],
  ]

  static let states: [ApplicationState] = [
    .draft, .submitted, .returned, .inAssessment, .decided, .appealed, .final,
  ]

  /// A new application brought to `state`.
  static func application(
    in state: ApplicationState, fixture: GrantsFixture, call: Call, organisation: Organisation
  )
    async throws -> Application
  {
    let oslo = fixture.oslo
    var application = try await fixture.application(
      oslo, call: call, organisation: organisation, amount: 1_000_000, purpose: .a)
    if state == .draft { return application }
    application = try await fixture.submit(oslo, application)
    switch state {
    case .submitted:
      return application
    case .returned:
      var request = ReturnApplicationRequest()
      request.id = application.id
      request.expectedVersion = application.version
      request.reason = "Mangler budsjett"
      return try await oslo.call(GrantsMethods.returnApplication, request, as: Application.self)
    case .inAssessment:
      application = try await fixture.transition(oslo, GrantsMethods.startAssessment, application)
      var declare = DeclareImpartialityRequest()
      declare.id = application.id
      declare.expectedVersion = application.version
      declare.assessor = "saksbehandler-1"
      return try await oslo.call(GrantsMethods.declareImpartiality, declare, as: Application.self)
    default:
      break
    }
    application = try await fixture.assess(oslo, application)
    application = try await fixture.decide(oslo, application, outcome: .granted, amount: 1_000_000)
    if state == .decided { return application }
    var appeal = AppealDecisionRequest()
    appeal.id = application.id
    appeal.expectedVersion = application.version
    appeal.reason = "Vil ha mer"
    application = try await oslo.call(GrantsMethods.appealDecision, appeal, as: Application.self)
    if state == .appealed { return application }
    var decideAppeal = DecideAppealRequest()
    decideAppeal.id = application.id
    decideAppeal.expectedVersion = application.version
    decideAppeal.upheld = true
    return try await oslo.call(GrantsMethods.decideAppeal, decideAppeal, as: Application.self)
  }

  static func perform(_ step: Step, on application: Application, fixture: GrantsFixture)
    async throws(RPCError)
  {
    let oslo = fixture.oslo
    switch step {
    case .edit:
      var request = UpdateApplicationRequest()
      var changed = application
      changed.title = "Ny tittel"
      request.application = changed
      request.expectedVersion = application.version
      _ = try await oslo.call(GrantsMethods.updateApplication, request, as: Application.self)
    case .submit:
      _ = try await fixture.submit(oslo, application)
    case .returnForCompletion:
      var request = ReturnApplicationRequest()
      request.id = application.id
      request.expectedVersion = application.version
      request.reason = "Mangler"
      _ = try await oslo.call(GrantsMethods.returnApplication, request, as: Application.self)
    case .startAssessment:
      _ = try await fixture.transition(oslo, GrantsMethods.startAssessment, application)
    case .declare:
      var request = DeclareImpartialityRequest()
      request.id = application.id
      request.expectedVersion = application.version
      request.assessor = "saksbehandler-2"
      _ = try await oslo.call(GrantsMethods.declareImpartiality, request, as: Application.self)
    case .score:
      var request = ScoreApplicationRequest()
      request.id = application.id
      request.expectedVersion = application.version
      request.assessor = "saksbehandler-1"
      var score = CriterionScore()
      score.criterion = .competence
      score.score = 3
      request.scores = [score]
      _ = try await oslo.call(GrantsMethods.scoreApplication, request, as: Application.self)
    case .reject:
      _ = try await fixture.decide(
        oslo, application, outcome: .rejected, amount: 0, reason: "Ikke tilskuddsberettiget")
    case .appeal:
      var request = AppealDecisionRequest()
      request.id = application.id
      request.expectedVersion = application.version
      request.reason = "Uenig"
      _ = try await oslo.call(GrantsMethods.appealDecision, request, as: Application.self)
    case .decideAppeal:
      var request = DecideAppealRequest()
      request.id = application.id
      request.expectedVersion = application.version
      request.upheld = true
      _ = try await oslo.call(GrantsMethods.decideAppeal, request, as: Application.self)
    case .pay:
      _ = try await fixture.pay(
        oslo, application, amount: 100_000, reference: "ref-\(application.id)-\(step)")
    }
  }

  @Test(
    "each step from each state: allowed ones succeed, forbidden ones are refused and change nothing"
  )
  func matrix() async throws {
    try await GrantsFixture.with { fixture in
      let oslo = fixture.oslo
      try await fixture.allocate("0301", amount: 1_000_000_000)
      let call = try await fixture.call(oslo, part: .activity, purposes: [.a])
      let organisation = try await fixture.organisation(
        oslo, kommune: "0301", index: 1, kind: .voluntaryOrganisation)
      var checked = 0
      for state in Self.states {
        let base = try await Self.application(
          in: state, fixture: fixture, call: call, organisation: organisation)
        #expect(base.state == state)
        for step in Step.allCases where !(Self.allowed[step] ?? []).contains(state) {
          let error = await refusal { try await Self.perform(step, on: base, fixture: fixture) }
          #expect(
            error?.code == .failedPrecondition,
            "\(step) from \(state): \(error?.description ?? "accepted")")
          checked += 1
        }
        let unchanged = try await fixture.get(oslo, base.id)
        #expect(
          unchanged.version == base.version && unchanged.state == state,
          "nothing changed in \(state)")
        for step in Step.allCases where (Self.allowed[step] ?? []).contains(state) {
          let fresh = try await Self.application(
            in: state, fixture: fixture, call: call, organisation: organisation)
          let error = await refusal { try await Self.perform(step, on: fresh, fixture: fixture) }
          #expect(error == nil, "\(step) from \(state): \(error?.description ?? "")")
          checked += 1
        }
      }
      #expect(checked == Self.states.count * Step.allCases.count)
    }
  }

  @Test("a stale version is ABORTED and changes nothing", arguments: TestStores.kinds)
  func staleVersion(store: StoreKind) async throws {
    try await GrantsFixture.with(store: store) { fixture in
      let oslo = fixture.oslo
      let call = try await fixture.call(oslo, part: .activity, purposes: [.a])
      let organisation = try await fixture.organisation(
        oslo, kommune: "0301", index: 2, kind: .voluntaryOrganisation)
      let draft = try await fixture.application(
        oslo, call: call, organisation: organisation, amount: 1_000_000, purpose: .a)
      _ = try await fixture.submit(oslo, draft)
      let error = await refusal { _ = try await fixture.submit(oslo, draft) }
      #expect(error?.code == .aborted)
      #expect(error?.message.contains("is at version 2, the request named 1") == true)
    }
  }
}
