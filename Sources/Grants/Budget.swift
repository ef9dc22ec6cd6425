internal import DomainValues
internal import SamarbeidAPI
internal import Storage
internal import Tenancy

/// The year's money: IMDi's allocation, the administration share, what is granted, and the
/// local policy (tenant database, one writer: every check and change is one transaction).
enum Budget {
  /// The most a municipality may keep for administration: 5 % of the allocation.
  static let administrationShareLimitPermille: Int64 = 50

  static func allocationID(year: Int32) -> String { "allocation-\(year)" }

  /// The allocation of `year` with what is granted so far; nil when IMDi has not set it.
  static func allocation(year: Int32, in store: any StoreReader) throws -> Allocation? {
    guard var allocation = try storedAllocation(year: year, in: store) else { return nil }
    allocation.grantedOre = try granted(year: year, excluding: nil, in: store)
    return allocation
  }

  /// The allocation of `year` and what may be granted, without summing what is granted.
  private static func storedAllocation(year: Int32, in store: any StoreReader) throws -> Allocation?
  {
    guard var allocation = try GrantTables.allocations.find(allocationID(year: year), in: store)
    else {
      return nil
    }
    allocation.grantableOre = try Money(ore: allocation.amountOre).subtracting(
      Money(ore: allocation.administrationShareOre)
    ).ore
    return allocation
  }

  /// What the year's decisions grant, without `excluding`.
  static func granted(year: Int32, excluding applicationID: String?, in store: any StoreReader)
    throws -> Int64
  {
    try GrantTables.applications.sum(
      GrantTables.Columns.grantedOre,
      where: GrantTables.Columns.year == year
        && RecordTable<Application>.id != (applicationID ?? ""), in: store)
  }

  /// Refuses a grant that would take the year past its allocation less the administration
  /// share; `amount` is what `applicationID` would grant.
  static func requireRoom(
    for amount: Money, year: Int32, applicationID: String, in store: any StoreReader
  )
    throws
  {
    guard let allocation = try storedAllocation(year: year, in: store) else {
      throw GrantRule.allocation.violation(

        "IMDi has not set the allocation for \(year): nothing can be granted before it")
    }
    let others = Money(ore: try granted(year: year, excluding: applicationID, in: store))
    let total = try others.adding(amount)
    let grantable = Money(ore: allocation.grantableOre)
    guard total <= grantable else {
      throw GrantRule.budget.violation(

        "granting \(amount) would bring \(year)'s grants to \(total), above the \(grantable) that may be "
          + "granted (the allocation of \(Money(ore: allocation.amountOre)) less the administration share of "
          + "\(Money(ore: allocation.administrationShareOre)))")
    }
  }

  /// The local policy of `year`, or IMDi's recommendations.
  static func policy(year: Int32, in store: any StoreReader) throws -> LocalPolicy {
    try GrantTables.policies.find("policy-\(year)", in: store) ?? DefaultPolicy.policy(year: year)
  }
}
