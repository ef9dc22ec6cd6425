internal import DomainValues
internal import Grants
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension OversightService {
  public func importAllocations(_ request: ImportAllocationsRequest, scope: OversightScope)
    async throws -> ImportAllocationsResponse
  {
    let year = try Field.year(request.year)
    let budget = try Field.amount(request.budgetOre, field: "budget_ore")
    guard !request.allocations.isEmpty else {
      throw DomainError.invalid("allocations", "allocations must name at least one municipality")
    }
    try Field.distinct(
      request.allocations.map(\.kommunenummer), field: "allocations.kommunenummer",
      maximum: 1000)
    // Checked as a whole before anything is written.
    var lines: [(TenantScope, AllocationLine, Money, String, Allocation?)] = []
    var total = Money(ore: 0)
    for line in request.allocations {
      let amount = try Field.amount(
        line.amountOre, field: "allocations.amount_ore", allowZero: true)
      let letter = try Field.text(
        line.letterReference, field: "allocations.letter_reference", maximum: 200, required: true)
      let tenantScope = try await scope.tenantScope(kommunenummer: line.kommunenummer)
      let (floor, previous) = try await tenantScope.read { store -> (Money, Allocation?) in
        let stored = try GrantRecords.allocation(year: year, in: store)
        let granted = try GrantRecords.granted(year: year, in: store)
        return (try granted.adding(Money(ore: stored?.administrationShareOre ?? 0)), stored)
      }
      guard amount >= floor else {
        throw DomainError.violation(
          "allocation",
          "kommune \(line.kommunenummer) has granted and keeps \(floor) for \(year): its allocation cannot be \(amount)"
        )
      }
      total = try total.adding(amount)
      lines.append((tenantScope, line, amount, letter, previous))
    }
    guard total <= budget else {
      throw DomainError.violation(
        "allocation-budget",
        "the allocations sum to \(total), more than the budget of \(budget)")
    }
    var response = ImportAllocationsResponse()
    response.year = year
    response.nationalTotalOre = total.ore
    response.imdiShareOre = try budget.subtracting(total).ore
    // Written one municipality at a time; a failure puts back those already written.
    var written: [(TenantScope, String, Allocation, Allocation?)] = []
    for (tenantScope, line, amount, letter, previous) in lines {
      do {
        let allocation = try await Self.putAllocation(
          year: year, kommunenummer: line.kommunenummer, amount: amount, letter: letter,
          scope: tenantScope, request: request)
        response.allocations.append(allocation)
        written.append((tenantScope, line.kommunenummer, allocation, previous))
      } catch {
        var notPutBack: [String] = []
        for (tenantScope, kommunenummer, allocation, previous) in written.reversed() {
          do {
            try await Self.putBack(
              allocation, previous: previous, year: year, scope: tenantScope, request: request)
          } catch {
            notPutBack.append("kommune \(kommunenummer) (\(error))")
          }
        }
        guard notPutBack.isEmpty else {
          throw RPCError(
            code: .aborted,
            message:
              "the import stopped at kommune \(line.kommunenummer) (\(error)); these keep the imported allocation, as they changed since: \(notPutBack.joined(separator: "; ")). Read the allocations and send the import again"
          )
        }
        throw error
      }
    }
    return response
  }

  /// Undoes one municipality's imported `allocation`: back to `previous`, or removed when the
  /// import created it (so the year stays one the municipality had no allocation for).
  static func putBack(
    _ allocation: Allocation, previous: Allocation?, year: Int32, scope: TenantScope,
    request: ImportAllocationsRequest
  ) async throws {
    _ = try await scope.mutate(request: request, undoing: true) { store in
      guard let previous else {
        return try GrantRecords.withdrawAllocation(
          year: year, version: allocation.version, in: store)
      }
      return try GrantRecords.setAllocation(
        year: year, kommunenummer: previous.kommunenummer, amount: Money(ore: previous.amountOre),
        letterReference: previous.letterReference, expectedVersion: allocation.version, in: store)
    }
  }

  /// Sets one municipality's allocation as a new version of whatever is stored.
  static func putAllocation(
    year: Int32, kommunenummer: String, amount: Money, letter: String, scope: TenantScope,
    request: ImportAllocationsRequest
  ) async throws -> Allocation {
    try await scope.mutate(request: request) { store in
      let version = try GrantRecords.allocation(year: year, in: store)?.version ?? 0
      return try GrantRecords.setAllocation(
        year: year, kommunenummer: kommunenummer, amount: amount, letterReference: letter,
        expectedVersion: version, in: store)
    }
  }
}
