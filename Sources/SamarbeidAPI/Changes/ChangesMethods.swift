public import RPC

/// The methods of `samarbeid.v1.Changes`, with their message types.
public enum ChangesMethods {
  public static let service = "samarbeid.v1.Changes"
  public static let watchChanges = ServerStreamingMethod<WatchChangesRequest, Change>(
    service: service, method: "WatchChanges")
}
