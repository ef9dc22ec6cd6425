internal import DomainValues
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

/// `samarbeid.v1.GrantsOversight`: IMDi sets each municipality's yearly allocation and sees
/// what each has granted. The allocation is kept in the municipality's database, so the
/// budget ceiling is checked in the same transaction as every decision.
public struct GrantsOversightService: GrantsOversightAPI {
  public typealias Scope = OversightScope

  /// The service.
  public init() {}

  public func setAllocation(_ request: SetAllocationRequest, scope oversight: OversightScope)
    async throws -> Allocation
  {
    let year = try Field.year(request.year)
    let amount = try Field.amount(request.amountOre, field: "amount_ore", allowZero: true)
    guard !request.kommunenummer.isEmpty else {
      throw DomainError.invalid(
        "kommunenummer", "kommunenummer is required: the municipality's four digits")
    }
    let reference = try Field.text(
      request.letterReference, field: "letter_reference", maximum: 200, required: true)
    let scope = try await oversight.tenantScope(kommunenummer: request.kommunenummer)
    let number = request.kommunenummer
    return try await scope.mutate(request: request) { store in
      let granted = Money(ore: try Budget.granted(year: year, excluding: nil, in: store))
      return try GrantTables.allocations.put(
        Budget.allocationID(year: year), expectedVersion: request.expectedVersion,
        missing: "kommune \(number) has no allocation for \(year) yet; name version 0", in: store
      ) { allocation in
        allocation.year = year
        allocation.kommunenummer = number
        allocation.amountOre = amount.ore
        allocation.letterReference = reference
        let share = Money(ore: allocation.administrationShareOre)
        let grantable = try amount.subtracting(share)
        guard grantable >= granted else {
          throw GrantRule.allocation.violation(

            "kommune \(number) has granted \(granted) for \(year) and keeps \(share) for administration: "
              + "the allocation cannot be below \(try granted.adding(share))")
        }
        allocation.grantableOre = grantable.ore
        allocation.grantedOre = granted.ore
      }
    }
  }

  public func listAllocations(_ request: ListAllocationsRequest, scope oversight: OversightScope)
    async throws -> ListAllocationsResponse
  {
    // One read per municipality: off the connection's event loop.
    try await withTaskExecutorPreference(globalConcurrentExecutor) {
      try await Self.listAllocations(request, oversight: oversight)
    }
  }

  private static func listAllocations(_ request: ListAllocationsRequest, oversight: OversightScope)
    async throws -> ListAllocationsResponse
  {
    let year = try Field.year(request.year)
    var response = ListAllocationsResponse()
    // Each municipality by its identity, never by a number it may not have today: one
    // municipality's registration cannot break the list for the others.
    for tenant in oversight.registry.all where tenant.active {
      let scope = try await oversight.tenantScope(tenant: tenant)
      if let allocation = try await scope.read({ store in
        try Budget.allocation(year: year, in: store)
      }
      ) {
        response.allocations.append(allocation)
      }
    }
    return response
  }
}
