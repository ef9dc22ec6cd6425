internal import DomainValues
internal import GRDB
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension GrantsService {
  public func getAllocation(_ request: GetAllocationRequest, scope: TenantScope) async throws
    -> Allocation
  {
    let year = try GrantRules.year(request.year)
    guard
      let allocation = try await scope.read({ db in try Budget.allocation(year: year, db: db) })
    else {
      throw RPCError(code: .notFound, message: "IMDi has not set an allocation for \(year)")
    }
    return allocation
  }

  public func setAdministrationShare(_ request: SetAdministrationShareRequest, scope: TenantScope)
    async throws -> Allocation
  {
    let year = try GrantRules.year(request.year)
    let share = try GrantRules.amount(
      request.administrationShareOre, field: "administration_share_ore", allowZero: true)
    let expected = request.expectedVersion
    let now = CivilTime.now()
    return try await scope.mutate(request: request, responseType: Allocation.self) { db in
      guard let before = try Budget.allocation(year: year, db: db) else {
        throw GrantRules.violation("IMDi has not set the allocation for \(year)")
      }
      let amount = Money(ore: before.amountOre)
      let granted = Money(ore: before.grantedOre)
      let limit = amount.permille(Budget.administrationShareLimitPermille)
      guard share <= limit else {
        throw GrantRules.violation(
          "the administration share may be at most 5 % of the allocation: \(limit), not \(share)")
      }
      let grantable = try amount.subtracting(share)
      guard grantable >= granted else {
        throw GrantRules.violation(
          "\(granted) is already granted for \(year): the administration share can be at most "
            + "\(try amount.subtracting(granted))")
      }
      var after = before
      after.administrationShareOre = share.ore
      after.grantableOre = grantable.ore
      after.version = before.version + 1
      after.updatedAt = now
      try GrantTables.allocations.update(
        after, id: Budget.allocationID(year: year), expectedVersion: expected,
        version: after.version, db: db)
      return (
        after, [AuditRecord(before: before, after: after, id: Budget.allocationID(year: year))]
      )
    }
  }

  public func getLocalPolicy(_ request: GetLocalPolicyRequest, scope: TenantScope) async throws
    -> LocalPolicy
  {
    let year = try GrantRules.year(request.year)
    return try await scope.read { db in try Budget.policy(year: year, db: db) }
  }

  public func setLocalPolicy(_ request: SetLocalPolicyRequest, scope: TenantScope) async throws
    -> LocalPolicy
  {
    let validated = try PolicyRules.validated(request.policy)
    let expected = request.expectedVersion
    let id = "policy-\(validated.year)"
    return try await scope.mutate(request: request, responseType: LocalPolicy.self) { db in
      let before = try GrantTables.policies.find(id, db: db)
      var policy = validated
      policy.version = (before?.version ?? 0) + 1
      if let before {
        try GrantTables.policies.update(
          policy, id: id, expectedVersion: expected, version: policy.version, db: db)
        return (policy, [AuditRecord(before: before, after: policy, id: id)])
      }
      guard expected == 0 else {
        throw StorageError(
          .versionConflict,
          "the local policy for \(policy.year) is not set yet; name version 0 to set it")
      }
      try GrantTables.policies.insert(
        policy, id: id, version: policy.version, columns: ["year": policy.year], db: db)
      return (policy, [AuditRecord(before: nil, after: policy, id: id)])
    }
  }

}
