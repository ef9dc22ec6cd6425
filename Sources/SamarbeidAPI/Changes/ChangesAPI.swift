public import RPC

/// `samarbeid.v1.Changes`: The caller's tenant's changes.
///
/// One requirement per RPC, typed with its messages, so an implementation without a
/// handler does not compile; who may call is the scope's access. Written by
/// Tools/service_api.py from proto/.
public protocol ChangesAPI: SamarbeidService {
  /// What each handler receives about its caller.
  associatedtype Scope: TenantCallScope

  /// Every change to the tenant's records in commit order, then new ones as they happen,
  /// until the client goes. Resume after a disconnect with the last sequence received.
  func watchChanges(
    _ request: WatchChangesRequest, writer: ResponseStreamWriter<Change>, scope: Scope
  ) async throws
}

extension ChangesAPI {
  /// `samarbeid.v1.Changes`.
  public static var serviceName: String { ChangesMethods.service }
  /// The access of the scope the handlers take.
  public static var access: ServiceAccess { Scope.access }

  /// Registers every method with its handler.
  public func register(with router: inout RPCRouter) {
    router.register(ChangesMethods.watchChanges, in: Scope.self, watchChanges)
  }
}
