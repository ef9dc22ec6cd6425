public import RPC

/// `samarbeid.v1.Grants`: The grant scheme as one municipality runs it, for municipalities (their own tenant) and load-test identities (test tenants).
///
/// One requirement per RPC, typed with its messages, so an implementation without a
/// handler does not compile; who may call is the scope's access. Written by
/// Tools/service_api.py from proto/.
public protocol GrantsAPI: SamarbeidService {
  /// What each handler receives about its caller.
  associatedtype Scope: TenantCallScope

  /// The year's allocation from IMDi. NOT_FOUND until oversight has set it.
  func getAllocation(_ request: GetAllocationRequest, scope: Scope) async throws -> Allocation

  /// Records the share the municipality keeps for administration: at most 5 % of the
  /// allocation, and never below what is already granted.
  func setAdministrationShare(_ request: SetAdministrationShareRequest, scope: Scope) async throws
    -> Allocation

  /// The year's local rules; IMDi's recommendations (version 0) until set.
  func getLocalPolicy(_ request: GetLocalPolicyRequest, scope: Scope) async throws -> LocalPolicy

  func setLocalPolicy(_ request: SetLocalPolicyRequest, scope: Scope) async throws -> LocalPolicy

  /// Calls for applications (utlysninger): created as drafts, opened, closed.
  func createCall(_ request: CreateCallRequest, scope: Scope) async throws -> Call

  func openCall(_ request: CallTransitionRequest, scope: Scope) async throws -> Call

  func closeCall(_ request: CallTransitionRequest, scope: Scope) async throws -> Call

  func getCall(_ request: GetCallRequest, scope: Scope) async throws -> Call

  func listCalls(_ request: ListCallsRequest, scope: Scope) async throws -> ListCallsResponse

  /// Applications, from draft to final decision. Each transition names the version it saw.
  func createApplication(_ request: CreateApplicationRequest, scope: Scope) async throws
    -> Application

  func updateApplication(_ request: UpdateApplicationRequest, scope: Scope) async throws
    -> Application

  /// Runs every eligibility rule; FAILED_PRECONDITION lists all that fail.
  func submitApplication(_ request: ApplicationTransitionRequest, scope: Scope) async throws
    -> Application

  func returnApplication(_ request: ReturnApplicationRequest, scope: Scope) async throws
    -> Application

  func startAssessment(_ request: ApplicationTransitionRequest, scope: Scope) async throws
    -> Application

  /// An assessor declares no conflict of interest (forvaltningsloven § 6) before scoring.
  func declareImpartiality(_ request: DeclareImpartialityRequest, scope: Scope) async throws
    -> Application

  func scoreApplication(_ request: ScoreApplicationRequest, scope: Scope) async throws
    -> Application

  /// Never more than applied for; never beyond the year's allocation less the
  /// administration share; operating grants from one municipality only per organisation and
  /// year (checked across municipalities).
  func decideApplication(_ request: DecideApplicationRequest, scope: Scope) async throws
    -> Application

  func appealDecision(_ request: AppealDecisionRequest, scope: Scope) async throws -> Application

  func decideAppeal(_ request: DecideAppealRequest, scope: Scope) async throws -> Application

  func getApplication(_ request: GetApplicationRequest, scope: Scope) async throws -> Application

  func listApplications(_ request: ListApplicationsRequest, scope: Scope) async throws
    -> ListApplicationsResponse

  /// Payments: never more than granted in total; a reference is applied once.
  func recordPayment(_ request: RecordPaymentRequest, scope: Scope) async throws -> Payment

  func listPayments(_ request: ListPaymentsRequest, scope: Scope) async throws
    -> ListPaymentsResponse

  /// The organisation's report on a grant, and its review.
  func submitReport(_ request: SubmitReportRequest, scope: Scope) async throws -> Application

  func reviewReport(_ request: ReviewReportRequest, scope: Scope) async throws -> Application

  /// Granted applications whose report is past due and not approved.
  func listOverdueReports(_ request: ListOverdueReportsRequest, scope: Scope) async throws
    -> ListApplicationsResponse

  /// Claims for repayment.
  func createRepaymentClaim(_ request: CreateRepaymentClaimRequest, scope: Scope) async throws
    -> RepaymentClaim

  func setRepaymentClaimState(_ request: SetRepaymentClaimStateRequest, scope: Scope) async throws
    -> RepaymentClaim

  func listRepaymentClaims(_ request: ListRepaymentClaimsRequest, scope: Scope) async throws
    -> ListRepaymentClaimsResponse

  /// Deprecated: use samarbeid.v1.Changes/WatchChanges, which this answers the same way
  /// (every module's changes, not only the grant scheme's). Kept for one release.
  func watchChanges(
    _ request: WatchChangesRequest, writer: ResponseStreamWriter<Change>, scope: Scope
  ) async throws

  /// Decided grants of a year in the 360Giving Data Standard's JSON shape (public fields only).
  func exportOpenData(_ request: ExportOpenDataRequest, scope: Scope) async throws
    -> ExportOpenDataResponse
}

extension GrantsAPI {
  /// `samarbeid.v1.Grants`.
  public static var serviceName: String { GrantsMethods.service }
  /// The access of the scope the handlers take.
  public static var access: ServiceAccess { Scope.access }

  /// Registers every method with its handler.
  public func register(with router: inout RPCRouter) {
    router.register(GrantsMethods.getAllocation, in: Scope.self, getAllocation)
    router.register(GrantsMethods.setAdministrationShare, in: Scope.self, setAdministrationShare)
    router.register(GrantsMethods.getLocalPolicy, in: Scope.self, getLocalPolicy)
    router.register(GrantsMethods.setLocalPolicy, in: Scope.self, setLocalPolicy)
    router.register(GrantsMethods.createCall, in: Scope.self, createCall)
    router.register(GrantsMethods.openCall, in: Scope.self, openCall)
    router.register(GrantsMethods.closeCall, in: Scope.self, closeCall)
    router.register(GrantsMethods.getCall, in: Scope.self, getCall)
    router.register(GrantsMethods.listCalls, in: Scope.self, listCalls)
    router.register(GrantsMethods.createApplication, in: Scope.self, createApplication)
    router.register(GrantsMethods.updateApplication, in: Scope.self, updateApplication)
    router.register(GrantsMethods.submitApplication, in: Scope.self, submitApplication)
    router.register(GrantsMethods.returnApplication, in: Scope.self, returnApplication)
    router.register(GrantsMethods.startAssessment, in: Scope.self, startAssessment)
    router.register(GrantsMethods.declareImpartiality, in: Scope.self, declareImpartiality)
    router.register(GrantsMethods.scoreApplication, in: Scope.self, scoreApplication)
    router.register(GrantsMethods.decideApplication, in: Scope.self, decideApplication)
    router.register(GrantsMethods.appealDecision, in: Scope.self, appealDecision)
    router.register(GrantsMethods.decideAppeal, in: Scope.self, decideAppeal)
    router.register(GrantsMethods.getApplication, in: Scope.self, getApplication)
    router.register(GrantsMethods.listApplications, in: Scope.self, listApplications)
    router.register(GrantsMethods.recordPayment, in: Scope.self, recordPayment)
    router.register(GrantsMethods.listPayments, in: Scope.self, listPayments)
    router.register(GrantsMethods.submitReport, in: Scope.self, submitReport)
    router.register(GrantsMethods.reviewReport, in: Scope.self, reviewReport)
    router.register(GrantsMethods.listOverdueReports, in: Scope.self, listOverdueReports)
    router.register(GrantsMethods.createRepaymentClaim, in: Scope.self, createRepaymentClaim)
    router.register(GrantsMethods.setRepaymentClaimState, in: Scope.self, setRepaymentClaimState)
    router.register(GrantsMethods.listRepaymentClaims, in: Scope.self, listRepaymentClaims)
    router.register(GrantsMethods.watchChanges, in: Scope.self, watchChanges)
    router.register(GrantsMethods.exportOpenData, in: Scope.self, exportOpenData)
  }
}
