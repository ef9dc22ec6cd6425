internal import DomainValues
internal import Grants
internal import RPC
public import SamarbeidAPI
internal import Storage
internal import Synchronization
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
    var lines: [(TenantScope, AllocationLine, Money, String)] = []
    var total = Money(ore: 0)
    for line in request.allocations {
      let amount = try Field.amount(
        line.amountOre, field: "allocations.amount_ore", allowZero: true)
      let letter = try Field.text(
        line.letterReference, field: "allocations.letter_reference", maximum: 200, required: true)
      _ = try Field.joinedSchemeYear(
        line.joinedSchemeYear, allocationYear: year, field: "allocations.joined_scheme_year")
      let tenantScope = try await scope.tenantScope(kommunenummer: line.kommunenummer)
      let floor = try await tenantScope.read { store -> Money in
        let stored = try GrantRecords.allocation(year: year, in: store)
        let granted = try GrantRecords.granted(year: year, in: store)
        return try granted.adding(Money(ore: stored?.administrationShareOre ?? 0))
      }
      guard amount >= floor else {
        throw DomainError.violation(
          "allocation",
          "kommune \(line.kommunenummer) has granted and keeps \(floor) for \(year): its allocation cannot be \(amount)"
        )
      }
      total = try total.adding(amount)
      lines.append((tenantScope, line, amount, letter))
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
    var written: [(TenantScope, String, Allocation, Before)] = []
    for (tenantScope, line, amount, letter) in lines {
      do {
        let (allocation, before) = try await Self.putAllocation(
          year: year, line: line, amount: amount, letter: letter, scope: tenantScope,
          request: request)
        response.allocations.append(allocation)
        written.append((tenantScope, line.kommunenummer, allocation, before))
      } catch {
        var notPutBack: [String] = []
        for (tenantScope, kommunenummer, allocation, before) in written.reversed() {
          guard case .was(let previous) = before else {
            notPutBack.append(
              "kommune \(kommunenummer) (written by an earlier attempt of this request)")
            continue
          }
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
              "the import stopped at kommune \(line.kommunenummer) (\(error)); these keep the imported allocation: \(notPutBack.joined(separator: "; ")). Read the allocations and send the import again"
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
        letterReference: previous.letterReference, joinedSchemeYear: previous.joinedSchemeYear,
        expectedVersion: allocation.version, in: store)
    }
  }

  /// What a municipality's allocation was before the import wrote it.
  enum Before: Sendable {
    /// As read in the write's own transaction (nil: it had none).
    case was(Allocation?)
    /// Unknown: the write was an earlier attempt's, replayed for its idempotency key.
    case replayed
  }

  /// Sets one municipality's allocation as a new version of whatever is stored; returns it
  /// and what it replaced, read in the same transaction (so that a put-back restores exactly
  /// that, not an earlier reading).
  static func putAllocation(
    year: Int32, line: AllocationLine, amount: Money, letter: String, scope: TenantScope,
    request: ImportAllocationsRequest
  ) async throws -> (Allocation, Before) {
    let before = Mutex(Before.replayed)
    let kommunenummer = line.kommunenummer
    let joined = line.joinedSchemeYear == 0 ? nil : line.joinedSchemeYear
    let allocation = try await scope.mutate(request: request) { store in
      let stored = try GrantRecords.allocation(year: year, in: store)
      before.withLock { $0 = .was(stored) }
      return try GrantRecords.setAllocation(
        year: year, kommunenummer: kommunenummer, amount: amount, letterReference: letter,
        joinedSchemeYear: joined, expectedVersion: stored?.version ?? 0, in: store)
    }
    return (allocation, before.withLock { $0 })
  }
}
