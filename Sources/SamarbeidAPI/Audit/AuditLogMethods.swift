public import RPC

/// The methods of `samarbeid.v1.AuditLog`.
public enum AuditLogMethods {
  public static let service = "samarbeid.v1.AuditLog"
  public static let listAuditEvents = MethodDescriptor(service: service, method: "ListAuditEvents")
}
