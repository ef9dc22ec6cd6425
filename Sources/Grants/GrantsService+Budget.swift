internal import DomainValues
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension GrantsService {
  public func getAllocation(_ request: GetAllocationRequest, scope: TenantScope) async throws
    -> Allocation
  {
    let year = try Field.year(request.year)
    let allocation = try await scope.read { store in try Budget.allocation(year: year, in: store) }
    guard let allocation else {
      throw DomainError.notFound("IMDi has not set an allocation for \(year)")
    }
    return allocation
  }

  public func setAdministrationShare(_ request: SetAdministrationShareRequest, scope: TenantScope)
    async throws -> Allocation
  {
    let year = try Field.year(request.year)
    let share = try Field.amount(
      request.administrationShareOre, field: "administration_share_ore", allowZero: true)
    let id = Budget.allocationID(year: year)
    guard try await scope.read({ store in try GrantTables.allocations.find(id, in: store) }) != nil
    else {
      throw GrantRule.allocation.violation(
        "IMDi has not set the allocation for \(year)")
    }
    return try await scope.change(
      id, in: GrantTables.allocations, expectedVersion: request.expectedVersion, request: request
    ) { allocation, store in
      let amount = Money(ore: allocation.amountOre)
      let granted = Money(ore: try Budget.granted(year: year, excluding: nil, in: store))
      let limit = amount.permille(Budget.administrationShareLimitPermille)
      guard share <= limit else {
        throw GrantRule.administrationShare.violation(

          "the administration share may be at most 5 % of the allocation: \(limit), not \(share)")
      }
      let grantable = try amount.subtracting(share)
      guard grantable >= granted else {
        throw GrantRule.administrationShare.violation(

          "\(granted) is already granted for \(year): the administration share can be at most "
            + "\(try amount.subtracting(granted))")
      }
      allocation.administrationShareOre = share.ore
      allocation.grantableOre = grantable.ore
      allocation.grantedOre = granted.ore
    }
  }

  public func getLocalPolicy(_ request: GetLocalPolicyRequest, scope: TenantScope) async throws
    -> LocalPolicy
  {
    let year = try Field.year(request.year)
    return try await scope.read { store in try Budget.policy(year: year, in: store) }
  }

  public func setLocalPolicy(_ request: SetLocalPolicyRequest, scope: TenantScope) async throws
    -> LocalPolicy
  {
    let validated = try PolicyRules.validated(request.policy)
    return try await scope.mutate(request: request) { store in
      try GrantTables.policies.put(
        "policy-\(validated.year)", expectedVersion: request.expectedVersion,
        missing: "the local policy for \(validated.year) is not set yet; name version 0 to set it",
        in: store
      ) { policy in
        let version = policy.version
        policy = validated
        policy.version = version
      }
    }
  }

}
