public import RPC
internal import SamarbeidAPI

/// `samarbeid.v1.Grants`: the grant scheme as one municipality runs it, in its own tenant
/// database. Each group of methods is in its own extension file.
public struct GrantsService: RPCService {
  /// The service.
  public init() {}

  public func register(with router: inout RPCRouter) {
    Self.registerBudget(with: &router)
    Self.registerCalls(with: &router)
    Self.registerApplications(with: &router)
    Self.registerAssessment(with: &router)
    Self.registerDecisions(with: &router)
    Self.registerPayments(with: &router)
    Self.registerReports(with: &router)
    Self.registerRepaymentClaims(with: &router)
    Self.registerFeed(with: &router)
  }
}
