public import RPC

/// The methods of `samarbeid.v1.AuditLog`, with their message types.
public enum AuditLogMethods {
  public static let service = "samarbeid.v1.AuditLog"
  public static let listAuditEvents = UnaryMethod<ListAuditEventsRequest, ListAuditEventsResponse>(
    service: service, method: "ListAuditEvents")
}
