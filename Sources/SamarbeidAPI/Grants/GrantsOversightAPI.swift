public import RPC

/// `samarbeid.v1.GrantsOversight`: IMDi's allocations, for IMDi's oversight identity.
///
/// One requirement per RPC, typed with its messages, so an implementation without a
/// handler does not compile; who may call is the scope's access. Written by
/// Tools/service_api.py from proto/.
public protocol GrantsOversightAPI: SamarbeidService {
  /// What each handler receives about its caller.
  associatedtype Scope: OversightCallScope

  /// Sets a municipality's allocation for a year.
  func setAllocation(_ request: SetAllocationRequest, scope: Scope) async throws -> Allocation

  /// Every municipality's allocation for a year, with what it has granted.
  func listAllocations(_ request: ListAllocationsRequest, scope: Scope) async throws
    -> ListAllocationsResponse
}

extension GrantsOversightAPI {
  /// `samarbeid.v1.GrantsOversight`.
  public static var serviceName: String { GrantsOversightMethods.service }
  /// The access of the scope the handlers take.
  public static var access: ServiceAccess { Scope.access }

  /// Registers every method with its handler.
  public func register(with router: inout RPCRouter) {
    router.register(GrantsOversightMethods.setAllocation, in: Scope.self, setAllocation)
    router.register(GrantsOversightMethods.listAllocations, in: Scope.self, listAllocations)
  }
}
