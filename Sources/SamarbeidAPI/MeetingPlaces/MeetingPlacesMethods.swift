public import RPC

/// The methods of `samarbeid.v1.MeetingPlaces`, with their message types.
public enum MeetingPlacesMethods {
  public static let service = "samarbeid.v1.MeetingPlaces"
  public static let createMeetingPlace = UnaryMethod<CreateMeetingPlaceRequest, MeetingPlace>(
    service: service, method: "CreateMeetingPlace")
  public static let getMeetingPlace = UnaryMethod<GetMeetingPlaceRequest, MeetingPlace>(
    service: service, method: "GetMeetingPlace")
  public static let listMeetingPlaces = UnaryMethod<
    ListMeetingPlacesRequest, ListMeetingPlacesResponse
  >(
    service: service, method: "ListMeetingPlaces")
  public static let updateMeetingPlace = UnaryMethod<UpdateMeetingPlaceRequest, MeetingPlace>(
    service: service, method: "UpdateMeetingPlace")
  public static let closeMeetingPlace = UnaryMethod<CloseMeetingPlaceRequest, MeetingPlace>(
    service: service, method: "CloseMeetingPlace")
  public static let planGathering = UnaryMethod<PlanGatheringRequest, Gathering>(
    service: service, method: "PlanGathering")
  public static let completeGathering = UnaryMethod<CompleteGatheringRequest, Gathering>(
    service: service, method: "CompleteGathering")
  public static let cancelGathering = UnaryMethod<CancelGatheringRequest, Gathering>(
    service: service, method: "CancelGathering")
  public static let getGathering = UnaryMethod<GetGatheringRequest, Gathering>(
    service: service, method: "GetGathering")
  public static let listGatherings = UnaryMethod<ListGatheringsRequest, ListGatheringsResponse>(
    service: service, method: "ListGatherings")
  public static let summariseMeetingPlaces = UnaryMethod<
    SummariseMeetingPlacesRequest, MeetingPlacesSummary
  >(
    service: service, method: "SummariseMeetingPlaces")
}
