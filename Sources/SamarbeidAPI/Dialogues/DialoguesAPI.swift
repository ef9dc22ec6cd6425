public import RPC

/// `samarbeid.v1.Dialogues`: A municipality's dialogue meetings, cooperation agreements and immigrant councils, in its own tenant. Another municipality's record, organisation or meeting place is NOT_FOUND.
///
/// One requirement per RPC, typed with its messages, so an implementation without a
/// handler does not compile; who may call is the scope's access. Written by
/// Tools/service_api.py from proto/.
public protocol DialoguesAPI: SamarbeidService {
  /// What each handler receives about its caller.
  associatedtype Scope: TenantCallScope

  /// Records a dialogue meeting: who convened it, who set the agenda, the topics, the
  /// participants and the actions agreed. Send an idempotency-key to make a retry safe.
  func createDialogueMeeting(_ request: CreateDialogueMeetingRequest, scope: Scope) async throws
    -> DialogueMeeting

  func getDialogueMeeting(_ request: GetDialogueMeetingRequest, scope: Scope) async throws
    -> DialogueMeeting

  /// Meetings by date, filtered, a page at a time.
  func listDialogueMeetings(_ request: ListDialogueMeetingsRequest, scope: Scope) async throws
    -> ListDialogueMeetingsResponse

  /// Replaces a meeting's fields. Actions are matched by id (new ones have none) and never
  /// removed; changed minutes need approving again.
  func updateDialogueMeeting(_ request: UpdateDialogueMeetingRequest, scope: Scope) async throws
    -> DialogueMeeting

  /// One party approves the minutes; approving twice changes nothing.
  func approveMinutes(_ request: ApproveMinutesRequest, scope: Scope) async throws
    -> DialogueMeeting

  /// An agreed action done or dropped (with a reason); done on time is computed.
  func updateAction(_ request: UpdateActionRequest, scope: Scope) async throws -> DialogueMeeting

  /// A party's view of a held meeting: the three preconditions scored 1 to 5. One per party;
  /// recording again replaces it. Only parties present.
  func recordAssessment(_ request: RecordAssessmentRequest, scope: Scope) async throws
    -> DialogueMeeting

  /// Open actions past their due date.
  func listOverdueActions(_ request: ListOverdueActionsRequest, scope: Scope) async throws
    -> ListOverdueActionsResponse

  /// Cooperation agreements (samarbeidsavtaler).
  func createAgreement(_ request: CreateAgreementRequest, scope: Scope) async throws
    -> CooperationAgreement

  func getAgreement(_ request: GetAgreementRequest, scope: Scope) async throws
    -> CooperationAgreement

  func listAgreements(_ request: ListAgreementsRequest, scope: Scope) async throws
    -> ListAgreementsResponse

  func updateAgreement(_ request: UpdateAgreementRequest, scope: Scope) async throws
    -> CooperationAgreement

  /// Records an evaluation and the date of the next one (the only way the next date moves).
  func evaluateAgreement(_ request: EvaluateAgreementRequest, scope: Scope) async throws
    -> CooperationAgreement

  /// Ends an agreement, with a reason: its term ends that day (or earlier, as set); ended
  /// before it started, it never ran.
  func endAgreement(_ request: EndAgreementRequest, scope: Scope) async throws
    -> CooperationAgreement

  /// Active agreements whose evaluation is past due, their term not over.
  func listOverdueEvaluations(_ request: ListOverdueEvaluationsRequest, scope: Scope) async throws
    -> ListAgreementsResponse

  /// Immigrant councils (innvandrerråd).
  func createCouncil(_ request: CreateCouncilRequest, scope: Scope) async throws -> ImmigrantCouncil

  func getCouncil(_ request: GetCouncilRequest, scope: Scope) async throws -> ImmigrantCouncil

  func listCouncils(_ request: ListCouncilsRequest, scope: Scope) async throws
    -> ListCouncilsResponse

  func updateCouncil(_ request: UpdateCouncilRequest, scope: Scope) async throws -> ImmigrantCouncil

  /// A year of dialogue: meetings, who set the agenda, goals against formal requirements,
  /// actions done on time, minutes approved by both, each party's view and the gap between
  /// them, agreements evaluated on time. Counts and means only, no free text.
  func summariseDialogues(_ request: SummariseDialoguesRequest, scope: Scope) async throws
    -> DialoguesSummary
}

extension DialoguesAPI {
  /// `samarbeid.v1.Dialogues`.
  public static var serviceName: String { DialoguesMethods.service }
  /// The access of the scope the handlers take.
  public static var access: ServiceAccess { Scope.access }

  /// Registers every method with its handler.
  public func register(with router: inout RPCRouter) {
    router.register(DialoguesMethods.createDialogueMeeting, in: Scope.self, createDialogueMeeting)
    router.register(DialoguesMethods.getDialogueMeeting, in: Scope.self, getDialogueMeeting)
    router.register(DialoguesMethods.listDialogueMeetings, in: Scope.self, listDialogueMeetings)
    router.register(DialoguesMethods.updateDialogueMeeting, in: Scope.self, updateDialogueMeeting)
    router.register(DialoguesMethods.approveMinutes, in: Scope.self, approveMinutes)
    router.register(DialoguesMethods.updateAction, in: Scope.self, updateAction)
    router.register(DialoguesMethods.recordAssessment, in: Scope.self, recordAssessment)
    router.register(DialoguesMethods.listOverdueActions, in: Scope.self, listOverdueActions)
    router.register(DialoguesMethods.createAgreement, in: Scope.self, createAgreement)
    router.register(DialoguesMethods.getAgreement, in: Scope.self, getAgreement)
    router.register(DialoguesMethods.listAgreements, in: Scope.self, listAgreements)
    router.register(DialoguesMethods.updateAgreement, in: Scope.self, updateAgreement)
    router.register(DialoguesMethods.evaluateAgreement, in: Scope.self, evaluateAgreement)
    router.register(DialoguesMethods.endAgreement, in: Scope.self, endAgreement)
    router.register(DialoguesMethods.listOverdueEvaluations, in: Scope.self, listOverdueEvaluations)
    router.register(DialoguesMethods.createCouncil, in: Scope.self, createCouncil)
    router.register(DialoguesMethods.getCouncil, in: Scope.self, getCouncil)
    router.register(DialoguesMethods.listCouncils, in: Scope.self, listCouncils)
    router.register(DialoguesMethods.updateCouncil, in: Scope.self, updateCouncil)
    router.register(DialoguesMethods.summariseDialogues, in: Scope.self, summariseDialogues)
  }
}
