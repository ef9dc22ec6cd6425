public import RPC

/// The methods of `samarbeid.v1.Grants`.
public enum GrantsMethods {
  public static let service = "samarbeid.v1.Grants"
  static func method(_ name: String) -> MethodDescriptor {
    MethodDescriptor(service: service, method: name)
  }

  public static let getAllocation = method("GetAllocation")
  public static let setAdministrationShare = method("SetAdministrationShare")
  public static let getLocalPolicy = method("GetLocalPolicy")
  public static let setLocalPolicy = method("SetLocalPolicy")
  public static let createCall = method("CreateCall")
  public static let openCall = method("OpenCall")
  public static let closeCall = method("CloseCall")
  public static let getCall = method("GetCall")
  public static let listCalls = method("ListCalls")
  public static let createApplication = method("CreateApplication")
  public static let updateApplication = method("UpdateApplication")
  public static let submitApplication = method("SubmitApplication")
  public static let returnApplication = method("ReturnApplication")
  public static let startAssessment = method("StartAssessment")
  public static let declareImpartiality = method("DeclareImpartiality")
  public static let scoreApplication = method("ScoreApplication")
  public static let decideApplication = method("DecideApplication")
  public static let appealDecision = method("AppealDecision")
  public static let decideAppeal = method("DecideAppeal")
  public static let getApplication = method("GetApplication")
  public static let listApplications = method("ListApplications")
  public static let recordPayment = method("RecordPayment")
  public static let listPayments = method("ListPayments")
  public static let submitReport = method("SubmitReport")
  public static let reviewReport = method("ReviewReport")
  public static let listOverdueReports = method("ListOverdueReports")
  public static let createRepaymentClaim = method("CreateRepaymentClaim")
  public static let setRepaymentClaimState = method("SetRepaymentClaimState")
  public static let listRepaymentClaims = method("ListRepaymentClaims")
  public static let watchChanges = method("WatchChanges")
  public static let exportOpenData = method("ExportOpenData")
}

/// The methods of `samarbeid.v1.GrantsOversight`.
public enum GrantsOversightMethods {
  public static let service = "samarbeid.v1.GrantsOversight"
  public static let setAllocation = MethodDescriptor(service: service, method: "SetAllocation")
  public static let listAllocations = MethodDescriptor(service: service, method: "ListAllocations")
}
