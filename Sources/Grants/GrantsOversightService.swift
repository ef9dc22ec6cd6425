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
    let joined = try Field.joinedSchemeYear(
      request.joinedSchemeYear, allocationYear: year, field: "joined_scheme_year")
    let scope = try await oversight.tenantScope(kommunenummer: request.kommunenummer)
    let (number, version) = (request.kommunenummer, request.expectedVersion)
    return try await scope.mutate(request: request) { store in
      try GrantRecords.setAllocation(
        year: year, kommunenummer: number, amount: amount, letterReference: reference,
        joinedSchemeYear: joined == 0 ? nil : joined, expectedVersion: version, in: store)
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
