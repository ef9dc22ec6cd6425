public import RPC

/// The methods of `samarbeid.v1.Grants`, with their message types.
public enum GrantsMethods {
  public static let service = "samarbeid.v1.Grants"
  public static let getAllocation = UnaryMethod<GetAllocationRequest, Allocation>(
    service: service, method: "GetAllocation")
  public static let setAdministrationShare = UnaryMethod<SetAdministrationShareRequest, Allocation>(
    service: service, method: "SetAdministrationShare")
  public static let getLocalPolicy = UnaryMethod<GetLocalPolicyRequest, LocalPolicy>(
    service: service, method: "GetLocalPolicy")
  public static let setLocalPolicy = UnaryMethod<SetLocalPolicyRequest, LocalPolicy>(
    service: service, method: "SetLocalPolicy")
  public static let createCall = UnaryMethod<CreateCallRequest, Call>(
    service: service, method: "CreateCall")
  public static let openCall = UnaryMethod<CallTransitionRequest, Call>(
    service: service, method: "OpenCall")
  public static let closeCall = UnaryMethod<CallTransitionRequest, Call>(
    service: service, method: "CloseCall")
  public static let getCall = UnaryMethod<GetCallRequest, Call>(
    service: service, method: "GetCall")
  public static let listCalls = UnaryMethod<ListCallsRequest, ListCallsResponse>(
    service: service, method: "ListCalls")
  public static let createApplication = UnaryMethod<CreateApplicationRequest, Application>(
    service: service, method: "CreateApplication")
  public static let updateApplication = UnaryMethod<UpdateApplicationRequest, Application>(
    service: service, method: "UpdateApplication")
  public static let submitApplication = UnaryMethod<ApplicationTransitionRequest, Application>(
    service: service, method: "SubmitApplication")
  public static let returnApplication = UnaryMethod<ReturnApplicationRequest, Application>(
    service: service, method: "ReturnApplication")
  public static let startAssessment = UnaryMethod<ApplicationTransitionRequest, Application>(
    service: service, method: "StartAssessment")
  public static let declareImpartiality = UnaryMethod<DeclareImpartialityRequest, Application>(
    service: service, method: "DeclareImpartiality")
  public static let scoreApplication = UnaryMethod<ScoreApplicationRequest, Application>(
    service: service, method: "ScoreApplication")
  public static let decideApplication = UnaryMethod<DecideApplicationRequest, Application>(
    service: service, method: "DecideApplication")
  public static let appealDecision = UnaryMethod<AppealDecisionRequest, Application>(
    service: service, method: "AppealDecision")
  public static let decideAppeal = UnaryMethod<DecideAppealRequest, Application>(
    service: service, method: "DecideAppeal")
  public static let getApplication = UnaryMethod<GetApplicationRequest, Application>(
    service: service, method: "GetApplication")
  public static let listApplications = UnaryMethod<
    ListApplicationsRequest, ListApplicationsResponse
  >(
    service: service, method: "ListApplications")
  public static let recordPayment = UnaryMethod<RecordPaymentRequest, Payment>(
    service: service, method: "RecordPayment")
  public static let listPayments = UnaryMethod<ListPaymentsRequest, ListPaymentsResponse>(
    service: service, method: "ListPayments")
  public static let submitReport = UnaryMethod<SubmitReportRequest, Application>(
    service: service, method: "SubmitReport")
  public static let reviewReport = UnaryMethod<ReviewReportRequest, Application>(
    service: service, method: "ReviewReport")
  public static let listOverdueReports = UnaryMethod<
    ListOverdueReportsRequest, ListApplicationsResponse
  >(
    service: service, method: "ListOverdueReports")
  public static let createRepaymentClaim = UnaryMethod<CreateRepaymentClaimRequest, RepaymentClaim>(
    service: service, method: "CreateRepaymentClaim")
  public static let setRepaymentClaimState = UnaryMethod<
    SetRepaymentClaimStateRequest, RepaymentClaim
  >(
    service: service, method: "SetRepaymentClaimState")
  public static let listRepaymentClaims = UnaryMethod<
    ListRepaymentClaimsRequest, ListRepaymentClaimsResponse
  >(
    service: service, method: "ListRepaymentClaims")
  public static let watchChanges = ServerStreamingMethod<WatchChangesRequest, Change>(
    service: service, method: "WatchChanges")
  public static let exportOpenData = UnaryMethod<ExportOpenDataRequest, ExportOpenDataResponse>(
    service: service, method: "ExportOpenData")
}
