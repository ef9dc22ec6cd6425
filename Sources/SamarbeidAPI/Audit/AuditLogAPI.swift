public import RPC

/// `samarbeid.v1.AuditLog`: A municipality reads its own audit log.
///
/// One requirement per RPC, typed with its messages, so an implementation without a
/// handler does not compile; who may call is the scope's access. Written by
/// Tools/service_api.py from proto/.
public protocol AuditLogAPI: SamarbeidService {
  /// What each handler receives about its caller.
  associatedtype Scope: TenantCallScope

  /// The caller's tenant's audit events, oldest first.
  func listAuditEvents(_ request: ListAuditEventsRequest, scope: Scope) async throws
    -> ListAuditEventsResponse
}

extension AuditLogAPI {
  /// `samarbeid.v1.AuditLog`.
  public static var serviceName: String { AuditLogMethods.service }
  /// The access of the scope the handlers take.
  public static var access: ServiceAccess { Scope.access }

  /// Registers every method with its handler.
  public func register(with router: inout RPCRouter) {
    router.register(AuditLogMethods.listAuditEvents, in: Scope.self, listAuditEvents)
  }
}
