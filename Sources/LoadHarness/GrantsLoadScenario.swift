internal import DomainValues
internal import Foundation
internal import Logging
internal import ProtoWire
public import RPC
internal import SamarbeidAPI
public import SamarbeidClient
internal import Synchronization

/// The grant scheme under load: on each test tenant, a unit of work registers an
/// organisation, reads it back, applies in an open call, submits, assesses (impartiality,
/// scores), decides, pays and lists the tenant's applications: ten RPCs, each timed. Before
/// the run IMDi's identity raises each tenant's allocation and an activity call is opened;
/// after it the scenario checks its books: every acknowledged organisation and decision is
/// on the server, every acknowledged payment is paid once, and no tenant has granted more
/// than it may.
public final class GrantsLoadScenario: LoadScenario {
  public var name: String { "grants" }

  struct Books {
    var tenants: [String] = []
    var calls: [String: String] = [:]
    var organisations: [String: [String]] = [:]
    var decisions: [String: [String: Int64]] = [:]
    var payments: [String: [String: Int64]] = [:]
  }

  /// The tenants asked for; empty for every active test tenant.
  let requestedTenants: [String]
  let oversight: ClientConfiguration
  let year: Int32
  let budgetOre: Int64
  private let books = Mutex(Books())
  private let sequence = Atomic<Int>(0)
  private let numberBase = Int.random(in: 10_000_000...80_000_000)

  /// Work on the test tenants numbered `tenants` (empty: every active test tenant);
  /// `oversight` connects as IMDi to raise each allocation by `budgetOre` before the run.
  public init(tenants: [String], oversight: ClientConfiguration, budgetOre: Int64) {
    self.requestedTenants = tenants
    self.oversight = oversight
    self.budgetOre = budgetOre
    self.year = Int32(Calendar(identifier: .gregorian).component(.year, from: Date()))
  }

  public func perform(on client: GRPCClient, options: CallOptions) async throws(RPCError) {
    throw RPCError(code: .internal, message: "the grants scenario runs as a workflow")
  }

  static func metadata(_ tenant: String) -> Metadata { TenantCalls.metadata(tenant) }

  // MARK: Work

  public func run(on client: GRPCClient, options: CallOptions, worker: Int) async -> [LoadStep] {
    let (tenant, openCall) = books.withLock { books -> (String, String?) in
      guard !books.tenants.isEmpty else { return ("", nil) }
      let tenant = books.tenants[worker % books.tenants.count]
      return (tenant, books.calls[tenant])
    }
    guard let callID = openCall else {
      return [
        LoadStep(
          name: "prepare", microseconds: 0,
          error: RPCError(code: .failedPrecondition, message: "no call"))
      ]
    }
    let index = sequence.wrappingAdd(1, ordering: .relaxed).oldValue
    var steps: [LoadStep] = []
    var organisation = Organisation()
    var application = Application()
    func step(_ name: String, _ body: () async throws(RPCError) -> Void) async -> Bool {
      let step = await LoadStep.time(name, body)
      steps.append(step)
      return step.error == nil
    }
    func call<Request: ProtoMessage, Response: ProtoMessage>(
      _ method: UnaryMethod<Request, Response>, _ request: Request, as: Response.Type,
      key: String? = nil
    ) async throws(RPCError) -> Response {
      try await TenantCalls.unary(
        client, method, request, tenant: tenant, options: options, key: key)
    }
    // Register an organisation and read it back.
    guard
      await step(
        "CreateOrganisation",
        { () throws(RPCError) in
          organisation = try await call(
            OrganisationsMethods.createOrganisation,
            CreateOrganisationRequest(organisation: newOrganisation(index, tenant: tenant)),
            as: Organisation.self, key: UUID().uuidString)
        })
    else { return steps }
    books.withLock { $0.organisations[tenant, default: []].append(organisation.id) }
    guard
      await step(
        "GetOrganisation",
        { () throws(RPCError) in
          _ = try await call(
            OrganisationsMethods.getOrganisation, GetOrganisationRequest(id: organisation.id),
            as: Organisation.self)
        })
    else { return steps }
    // Apply, submit, assess.
    let amount = Int64(Int.random(in: 10_000...50_000)) * 100
    var draft = Application()
    draft.callID = callID
    draft.organisationID = organisation.id
    draft.purpose = .a
    draft.title = "Møteplass \(index)"
    draft.amountAppliedOre = amount
    draft.activityFree = true
    draft.noOtherStateFunding = true
    var create = CreateApplicationRequest()
    create.application = draft
    guard
      await step(
        "CreateApplication",
        { () throws(RPCError) in
          application = try await call(
            GrantsMethods.createApplication, create, as: Application.self, key: UUID().uuidString)
        })
    else { return steps }
    for method in [GrantsMethods.submitApplication, GrantsMethods.startAssessment] {
      var transition = ApplicationTransitionRequest()
      transition.id = application.id
      transition.expectedVersion = application.version
      guard
        await step(
          method.descriptor.method,
          { () throws(RPCError) in
            application = try await call(method, transition, as: Application.self)
          })
      else { return steps }
    }
    var declare = DeclareImpartialityRequest()
    declare.id = application.id
    declare.expectedVersion = application.version
    declare.assessor = "load-\(worker)"
    guard
      await step(
        "DeclareImpartiality",
        { () throws(RPCError) in
          application = try await call(
            GrantsMethods.declareImpartiality, declare, as: Application.self)
        })
    else { return steps }
    var score = ScoreApplicationRequest()
    score.id = application.id
    score.expectedVersion = application.version
    score.assessor = declare.assessor
    var criterion = CriterionScore()
    criterion.criterion = .purposeFit
    criterion.score = 4
    score.scores = [criterion]
    guard
      await step(
        "ScoreApplication",
        { () throws(RPCError) in
          application = try await call(GrantsMethods.scoreApplication, score, as: Application.self)
        })
    else { return steps }
    // Decide and pay.
    var decide = DecideApplicationRequest()
    decide.id = application.id
    decide.expectedVersion = application.version
    decide.outcome = .granted
    decide.amountOre = amount
    decide.useBy = "\(year)-12-31"
    guard
      await step(
        "DecideApplication",
        { () throws(RPCError) in
          application = try await call(
            GrantsMethods.decideApplication, decide, as: Application.self, key: UUID().uuidString)
        })
    else { return steps }
    let applicationID = application.id
    books.withLock { $0.decisions[tenant, default: [:]][applicationID] = amount }
    var payment = RecordPaymentRequest()
    payment.applicationID = application.id
    payment.amountOre = amount
    payment.paidOn = Self.today()
    payment.reference = "load-\(application.id)"
    guard
      await step(
        "RecordPayment",
        { () throws(RPCError) in
          _ = try await call(GrantsMethods.recordPayment, payment, as: Payment.self)
        })
    else { return steps }
    books.withLock { $0.payments[tenant, default: [:]][applicationID] = amount }
    var list = ListApplicationsRequest()
    list.year = year
    list.pageSize = 10
    _ = await step(
      "ListApplications",
      { () throws(RPCError) in
        _ = try await call(GrantsMethods.listApplications, list, as: ListApplicationsResponse.self)
      })
    return steps
  }

  func newOrganisation(_ index: Int, tenant: String) -> Organisation {
    var organisation = Organisation()
    organisation.organisasjonsnummer = Self.organisasjonsnummer(numberBase + index * 7)
    organisation.name = "Lastforening \(index)"
    organisation.kind = .voluntaryOrganisation
    organisation.addressKommunenummer = tenant
    organisation.inFrivillighetsregisteret = true
    organisation.foundedOn = "2015-01-01"
    organisation.bankAccount = "86011117947"
    return organisation
  }

  /// A valid organisasjonsnummer from an 8-digit start (the next prefix with a check digit).
  static func organisasjonsnummer(_ start: Int) -> String {
    var candidate = 10_000_000 + start % 89_999_999
    while true {
      let digits = String(candidate).compactMap(\.wholeNumberValue)
      let remainder = zip(digits, [3, 2, 7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 } % 11
      if remainder != 1 { return String(candidate) + String(remainder == 0 ? 0 : 11 - remainder) }
      candidate += 1
    }
  }

  static func today() -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.timeZone = TimeZone(identifier: "Europe/Oslo")
    return formatter.string(from: Date())
  }

  // MARK: Set-up and books

  public func prepare(client: GRPCClient) async throws {
    try await TenantCalls.withOversight(oversight) { imdi in
      try await prepare(client: client, imdi: imdi)
    }
  }

  private func prepare(client: GRPCClient, imdi: GRPCClient) async throws {
    let tenants = try await TenantCalls.testTenants(requested: requestedTenants, imdi: imdi)
    var listRequest = ListAllocationsRequest()
    listRequest.year = year
    let allocations = try await imdi.unary(
      GrantsOversightMethods.listAllocations, request: listRequest,
      responseType: ListAllocationsResponse.self
    ).message.allocations
    books.withLock { $0.tenants = tenants }
    for tenant in tenants {
      let current = allocations.first { $0.kommunenummer == tenant }
      var set = SetAllocationRequest()
      set.kommunenummer = tenant
      set.year = year
      // What the server reports is not trusted to leave room: raised at most to the maximum.
      let raised =
        (try? Money(ore: current?.amountOre ?? 0).adding(Money(ore: budgetOre))) ?? .maximum
      set.amountOre = min(raised, .maximum).ore
      set.letterReference = "samarbeid-load"
      set.expectedVersion = current?.version ?? 0
      _ = try await imdi.unary(
        GrantsOversightMethods.setAllocation, request: set, responseType: Allocation.self)
      var call = Call()
      call.year = year
      call.part = .activity
      call.purposes = [.a]
      call.title = "samarbeid-load"
      call.opensOn = Self.today()
      var create = CreateCallRequest()
      create.call = call
      var created = try await client.unary(
        GrantsMethods.createCall, request: create, responseType: Call.self,
        metadata: Self.metadata(tenant)
      ).message
      var open = CallTransitionRequest()
      open.id = created.id
      open.expectedVersion = created.version
      created = try await client.unary(
        GrantsMethods.openCall, request: open, responseType: Call.self,
        metadata: Self.metadata(tenant)
      ).message
      let callID = created.id
      books.withLock { $0.calls[tenant] = callID }
    }
  }

  public func verify(client: GRPCClient) async throws -> LoadBooks? {
    let acknowledged = books.withLock { $0 }
    var result = LoadBooks(checked: 0, missing: 0, violations: [])
    for tenant in acknowledged.tenants {
      let metadata = Self.metadata(tenant)
      var organisations: Set<String> = []
      var token = ""
      repeat {
        var request = ListOrganisationsRequest()
        request.pageSize = 500
        request.pageToken = token
        let page = try await client.unary(
          OrganisationsMethods.listOrganisations, request: request,
          responseType: ListOrganisationsResponse.self,
          metadata: metadata
        ).message
        organisations.formUnion(page.organisations.map(\.id))
        token = page.nextPageToken
      } while !token.isEmpty
      for id in acknowledged.organisations[tenant] ?? [] {
        result.checked += 1
        if !organisations.contains(id) { result.missing += 1 }
      }
      var applications: [String: Application] = [:]
      token = ""
      repeat {
        var request = ListApplicationsRequest()
        request.year = year
        request.pageSize = 500
        request.pageToken = token
        let page = try await client.unary(
          GrantsMethods.listApplications, request: request,
          responseType: ListApplicationsResponse.self,
          metadata: metadata
        ).message
        for application in page.applications { applications[application.id] = application }
        token = page.nextPageToken
      } while !token.isEmpty
      var decided: Int64 = 0
      for (id, amount) in acknowledged.decisions[tenant] ?? [:] {
        result.checked += 1
        decided += amount
        guard let application = applications[id] else {
          result.missing += 1
          continue
        }
        if application.decision?.amountOre != amount {
          result.violations.append(
            "\(tenant): application \(id) holds \(application.decision?.amountOre ?? 0) øre, acknowledged \(amount)"
          )
        }
        if application.paidOre > amount {
          result.violations.append(
            "\(tenant): application \(id) paid \(application.paidOre) øre, more than the \(amount) granted"
          )
        }
      }
      for (id, amount) in acknowledged.payments[tenant] ?? [:] {
        result.checked += 1
        guard let application = applications[id] else {
          result.missing += 1
          continue
        }
        if application.paidOre != amount {
          result.violations.append(
            "\(tenant): application \(id) paid \(application.paidOre) øre, acknowledged \(amount)")
        }
      }
      var get = GetAllocationRequest()
      get.year = year
      let allocation = try await client.unary(
        GrantsMethods.getAllocation, request: get, responseType: Allocation.self, metadata: metadata
      ).message
      if allocation.grantedOre > allocation.grantableOre {
        result.violations.append(
          "\(tenant): granted \(allocation.grantedOre) øre, more than the \(allocation.grantableOre) grantable"
        )
      }
      if allocation.grantedOre < decided {
        result.violations.append(
          "\(tenant): granted \(allocation.grantedOre) øre, less than the \(decided) acknowledged")
      }
    }
    return result
  }
}
