public import RPC

/// `samarbeid.v1.MeetingPlaces`: A municipality's meeting places and the gatherings held at them, in its own tenant. Another municipality's place, gathering, organisation or application is NOT_FOUND.
///
/// One requirement per RPC, typed with its messages, so an implementation without a
/// handler does not compile; who may call is the scope's access. Written by
/// Tools/service_api.py from proto/.
public protocol MeetingPlacesAPI: SamarbeidService {
  /// What each handler receives about its caller.
  associatedtype Scope: TenantCallScope

  /// Records a meeting place. Co-hosts must be the municipality's organisations, funding its
  /// granted applications. Send an idempotency-key to make a retry safe.
  func createMeetingPlace(_ request: CreateMeetingPlaceRequest, scope: Scope) async throws
    -> MeetingPlace

  /// One meeting place.
  func getMeetingPlace(_ request: GetMeetingPlaceRequest, scope: Scope) async throws -> MeetingPlace

  /// The municipality's meeting places by name, filtered, a page at a time.
  func listMeetingPlaces(_ request: ListMeetingPlacesRequest, scope: Scope) async throws
    -> ListMeetingPlacesResponse

  /// Replaces a place's fields; the status may move from planned to active, and between
  /// active and paused (a planned place cannot be paused; CloseMeetingPlace closes one).
  /// ABORTED when expected_version is not its version; FAILED_PRECONDITION once closed.
  func updateMeetingPlace(_ request: UpdateMeetingPlaceRequest, scope: Scope) async throws
    -> MeetingPlace

  /// Closes a place for good, with a reason; it takes no new gatherings. Its period ends
  /// that day (ends_on is set to it unless it was earlier); gatherings still planned after
  /// it are cancelled or held first.
  func closeMeetingPlace(_ request: CloseMeetingPlaceRequest, scope: Scope) async throws
    -> MeetingPlace

  /// Plans a gathering at a place that is not closed, on a day inside the place's period
  /// (online at an online place).
  func planGathering(_ request: PlanGatheringRequest, scope: Scope) async throws -> Gathering

  /// Records a planned gathering as held: attendance, organisations present, outcome,
  /// follow-up actions. Not before it has started.
  func completeGathering(_ request: CompleteGatheringRequest, scope: Scope) async throws
    -> Gathering

  /// Cancels a planned gathering, with a reason.
  func cancelGathering(_ request: CancelGatheringRequest, scope: Scope) async throws -> Gathering

  /// One gathering.
  func getGathering(_ request: GetGatheringRequest, scope: Scope) async throws -> Gathering

  /// Gatherings by time, filtered, a page at a time.
  func listGatherings(_ request: ListGatheringsRequest, scope: Scope) async throws
    -> ListGatheringsResponse

  /// A year's gatherings, attendance, organisations and places by the municipality's role,
  /// for the municipality and per place with the trend by month. Small numbers are personal
  /// data too: this summary shows counts below 5 because only the municipality itself may
  /// call it; what leaves the tenant (IMDi's oversight) never shows a per-gathering count
  /// below 5.
  func summariseMeetingPlaces(_ request: SummariseMeetingPlacesRequest, scope: Scope) async throws
    -> MeetingPlacesSummary
}

extension MeetingPlacesAPI {
  /// `samarbeid.v1.MeetingPlaces`.
  public static var serviceName: String { MeetingPlacesMethods.service }
  /// The access of the scope the handlers take.
  public static var access: ServiceAccess { Scope.access }

  /// Registers every method with its handler.
  public func register(with router: inout RPCRouter) {
    router.register(MeetingPlacesMethods.createMeetingPlace, in: Scope.self, createMeetingPlace)
    router.register(MeetingPlacesMethods.getMeetingPlace, in: Scope.self, getMeetingPlace)
    router.register(MeetingPlacesMethods.listMeetingPlaces, in: Scope.self, listMeetingPlaces)
    router.register(MeetingPlacesMethods.updateMeetingPlace, in: Scope.self, updateMeetingPlace)
    router.register(MeetingPlacesMethods.closeMeetingPlace, in: Scope.self, closeMeetingPlace)
    router.register(MeetingPlacesMethods.planGathering, in: Scope.self, planGathering)
    router.register(MeetingPlacesMethods.completeGathering, in: Scope.self, completeGathering)
    router.register(MeetingPlacesMethods.cancelGathering, in: Scope.self, cancelGathering)
    router.register(MeetingPlacesMethods.getGathering, in: Scope.self, getGathering)
    router.register(MeetingPlacesMethods.listGatherings, in: Scope.self, listGatherings)
    router.register(
      MeetingPlacesMethods.summariseMeetingPlaces, in: Scope.self, summariseMeetingPlaces)
  }
}
