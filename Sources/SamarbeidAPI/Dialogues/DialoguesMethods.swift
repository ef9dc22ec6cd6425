public import RPC

/// The methods of `samarbeid.v1.Dialogues`, with their message types.
public enum DialoguesMethods {
  public static let service = "samarbeid.v1.Dialogues"
  public static let createDialogueMeeting = UnaryMethod<
    CreateDialogueMeetingRequest, DialogueMeeting
  >(
    service: service, method: "CreateDialogueMeeting")
  public static let getDialogueMeeting = UnaryMethod<GetDialogueMeetingRequest, DialogueMeeting>(
    service: service, method: "GetDialogueMeeting")
  public static let listDialogueMeetings = UnaryMethod<
    ListDialogueMeetingsRequest, ListDialogueMeetingsResponse
  >(
    service: service, method: "ListDialogueMeetings")
  public static let updateDialogueMeeting = UnaryMethod<
    UpdateDialogueMeetingRequest, DialogueMeeting
  >(
    service: service, method: "UpdateDialogueMeeting")
  public static let approveMinutes = UnaryMethod<ApproveMinutesRequest, DialogueMeeting>(
    service: service, method: "ApproveMinutes")
  public static let updateAction = UnaryMethod<UpdateActionRequest, DialogueMeeting>(
    service: service, method: "UpdateAction")
  public static let recordAssessment = UnaryMethod<RecordAssessmentRequest, DialogueMeeting>(
    service: service, method: "RecordAssessment")
  public static let listOverdueActions = UnaryMethod<
    ListOverdueActionsRequest, ListOverdueActionsResponse
  >(
    service: service, method: "ListOverdueActions")
  public static let createAgreement = UnaryMethod<CreateAgreementRequest, CooperationAgreement>(
    service: service, method: "CreateAgreement")
  public static let getAgreement = UnaryMethod<GetAgreementRequest, CooperationAgreement>(
    service: service, method: "GetAgreement")
  public static let listAgreements = UnaryMethod<ListAgreementsRequest, ListAgreementsResponse>(
    service: service, method: "ListAgreements")
  public static let updateAgreement = UnaryMethod<UpdateAgreementRequest, CooperationAgreement>(
    service: service, method: "UpdateAgreement")
  public static let evaluateAgreement = UnaryMethod<EvaluateAgreementRequest, CooperationAgreement>(
    service: service, method: "EvaluateAgreement")
  public static let endAgreement = UnaryMethod<EndAgreementRequest, CooperationAgreement>(
    service: service, method: "EndAgreement")
  public static let listOverdueEvaluations = UnaryMethod<
    ListOverdueEvaluationsRequest, ListAgreementsResponse
  >(
    service: service, method: "ListOverdueEvaluations")
  public static let createCouncil = UnaryMethod<CreateCouncilRequest, ImmigrantCouncil>(
    service: service, method: "CreateCouncil")
  public static let getCouncil = UnaryMethod<GetCouncilRequest, ImmigrantCouncil>(
    service: service, method: "GetCouncil")
  public static let listCouncils = UnaryMethod<ListCouncilsRequest, ListCouncilsResponse>(
    service: service, method: "ListCouncils")
  public static let updateCouncil = UnaryMethod<UpdateCouncilRequest, ImmigrantCouncil>(
    service: service, method: "UpdateCouncil")
  public static let summariseDialogues = UnaryMethod<SummariseDialoguesRequest, DialoguesSummary>(
    service: service, method: "SummariseDialogues")
}
