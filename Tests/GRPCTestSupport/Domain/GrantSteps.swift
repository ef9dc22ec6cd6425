internal import Foundation
public import RPC
public import SamarbeidAPI
public import SamarbeidClient

/// The steps of a grant year as one-line calls (the municipality's client is the first
/// argument where both municipalities take part).
extension GrantsFixture {
  @discardableResult
  public func allocate(
    _ kommune: String, amount: Int64, share: Int64 = 0, client: GRPCClient? = nil
  )
    async throws -> Allocation
  {
    var request = SetAllocationRequest()
    request.kommunenummer = kommune
    request.year = year
    request.amountOre = amount
    request.letterReference = "IMDi \(year)/1"
    var allocation = try await oversight.call(
      GrantsOversightMethods.setAllocation, request, as: Allocation.self)
    if share > 0, let client {
      var shareRequest = SetAdministrationShareRequest()
      shareRequest.year = year
      shareRequest.administrationShareOre = share
      shareRequest.expectedVersion = allocation.version
      allocation = try await client.call(
        GrantsMethods.setAdministrationShare, shareRequest, as: Allocation.self)
    }
    return allocation
  }

  @discardableResult
  public func setPolicy(_ client: GRPCClient, _ change: (inout LocalPolicy) -> Void) async throws
    -> LocalPolicy
  {
    var get = GetLocalPolicyRequest()
    get.year = year
    var policy = try await client.call(GrantsMethods.getLocalPolicy, get, as: LocalPolicy.self)
    let expected = policy.version
    change(&policy)
    var set = SetLocalPolicyRequest()
    set.policy = policy
    set.expectedVersion = expected
    return try await client.call(GrantsMethods.setLocalPolicy, set, as: LocalPolicy.self)
  }

  /// A valid organisasjonsnummer, the `index`th of a sequence.
  public static func organisasjonsnummer(_ index: Int) -> String {
    var candidate = 70_000_000 + index * 7
    while true {
      let digits = String(candidate).compactMap(\.wholeNumberValue)
      let remainder = zip(digits, [3, 2, 7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 } % 11
      if remainder != 1 { return String(candidate) + String(remainder == 0 ? 0 : 11 - remainder) }
      candidate += 1
    }
  }

  public func organisation(
    _ client: GRPCClient, kommune: String, index: Int,
    kind: OrganisationKind = .immigrantOrganisation,
    members: Int32 = 120, founded: String = "2015-01-01",
    change: (inout Organisation) -> Void = { _ in }
  ) async throws -> Organisation {
    var organisation = Organisation()
    organisation.organisasjonsnummer = Self.organisasjonsnummer(index)
    organisation.name = "Forening \(index)"
    organisation.kind = kind
    organisation.addressKommunenummer = kommune
    organisation.inFrivillighetsregisteret = true
    organisation.foundedOn = founded
    organisation.bankAccount = "86011117947"
    organisation.immigrantOrganisationDeclared = kind == .immigrantOrganisation
    organisation.countingMembers = members
    organisation.countingMembersAsOf = "\(year)-01-01"
    organisation.contact = ContactPerson(name: "Kontakt \(index)", email: "k\(index)@example.no")
    change(&organisation)
    return try await client.call(
      OrganisationsMethods.createOrganisation,
      CreateOrganisationRequest(organisation: organisation),
      as: Organisation.self)
  }

  public func call(
    _ client: GRPCClient, part: GrantPart, purposes: [ActivityPurpose] = [], open: Bool = true,
    opensOn: String? = nil, closesOn: String = ""
  ) async throws -> Call {
    var call = Call()
    call.year = year
    call.part = part
    call.purposes = purposes
    call.title = "Utlysning"
    call.opensOn = opensOn ?? day(-1)
    call.closesOn = closesOn
    var request = CreateCallRequest()
    request.call = call
    var created = try await client.call(GrantsMethods.createCall, request, as: Call.self)
    if open {
      var transition = CallTransitionRequest()
      transition.id = created.id
      transition.expectedVersion = created.version
      created = try await client.call(GrantsMethods.openCall, transition, as: Call.self)
    }
    return created
  }

  public func application(
    _ client: GRPCClient, call: Call, organisation: Organisation, amount: Int64,
    purpose: ActivityPurpose = .unspecified,
    free: Bool = true, noOtherFunding: Bool = true
  ) async throws -> Application {
    var application = Application()
    application.callID = call.id
    application.organisationID = organisation.id
    application.purpose = purpose
    application.title = "Aktiviteter"
    application.amountAppliedOre = amount
    application.activityFree = free
    application.noOtherStateFunding = noOtherFunding
    var request = CreateApplicationRequest()
    request.application = application
    return try await client.call(GrantsMethods.createApplication, request, as: Application.self)
  }

  public func transition(
    _ client: GRPCClient, _ method: UnaryMethod<ApplicationTransitionRequest, Application>,
    _ application: Application
  )
    async throws(RPCError)
    -> Application
  {
    var request = ApplicationTransitionRequest()
    request.id = application.id
    request.expectedVersion = application.version
    return try await client.call(method, request, as: Application.self)
  }

  public func submit(_ client: GRPCClient, _ application: Application) async throws(RPCError)
    -> Application
  {
    try await transition(client, GrantsMethods.submitApplication, application)
  }

  /// Into assessment, a declaration of impartiality and scores.
  public func assess(_ client: GRPCClient, _ application: Application) async throws -> Application {
    var current = try await transition(client, GrantsMethods.startAssessment, application)
    var declare = DeclareImpartialityRequest()
    declare.id = current.id
    declare.expectedVersion = current.version
    declare.assessor = "saksbehandler-1"
    current = try await client.call(
      GrantsMethods.declareImpartiality, declare, as: Application.self)
    var score = ScoreApplicationRequest()
    score.id = current.id
    score.expectedVersion = current.version
    score.assessor = "saksbehandler-1"
    var criterion = CriterionScore()
    criterion.criterion = .purposeFit
    criterion.score = 4
    score.scores = [criterion]
    return try await client.call(GrantsMethods.scoreApplication, score, as: Application.self)
  }

  /// Submitted and assessed, ready for a decision.
  public func ready(_ client: GRPCClient, _ application: Application) async throws -> Application {
    try await assess(client, try await submit(client, application))
  }

  public func decide(
    _ client: GRPCClient, _ application: Application, outcome: DecisionOutcome, amount: Int64,
    reason: String = "",
    key: String? = nil
  ) async throws(RPCError) -> Application {
    var request = DecideApplicationRequest()
    request.id = application.id
    request.expectedVersion = application.version
    request.outcome = outcome
    request.amountOre = amount
    request.useBy = "\(year)-12-31"
    request.reason = reason
    return try await client.call(
      GrantsMethods.decideApplication, request, as: Application.self, key: key)
  }

  public func get(_ client: GRPCClient, _ id: String) async throws(RPCError) -> Application {
    var request = GetApplicationRequest()
    request.id = id
    return try await client.call(GrantsMethods.getApplication, request, as: Application.self)
  }

  public func allocation(_ client: GRPCClient) async throws(RPCError) -> Allocation {
    var request = GetAllocationRequest()
    request.year = year
    return try await client.call(GrantsMethods.getAllocation, request, as: Allocation.self)
  }

  public func pay(
    _ client: GRPCClient, _ application: Application, amount: Int64, reference: String,
    paidOn: String? = nil
  )
    async throws(RPCError)
    -> Payment
  {
    var request = RecordPaymentRequest()
    request.applicationID = application.id
    request.amountOre = amount
    request.paidOn = paidOn ?? day()
    request.reference = reference
    return try await client.call(GrantsMethods.recordPayment, request, as: Payment.self)
  }
}
