public import RPC

/// The methods of `samarbeid.v1.GrantsOversight`, with their message types.
public enum GrantsOversightMethods {
  public static let service = "samarbeid.v1.GrantsOversight"
  public static let setAllocation = UnaryMethod<SetAllocationRequest, Allocation>(
    service: service, method: "SetAllocation")
  public static let listAllocations = UnaryMethod<ListAllocationsRequest, ListAllocationsResponse>(
    service: service, method: "ListAllocations")
}
