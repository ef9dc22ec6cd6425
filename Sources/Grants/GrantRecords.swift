public import DomainValues
public import SamarbeidAPI
public import Storage
public import Tenancy

/// What other modules may read of the grant scheme, inside their own transactions: a
/// meeting place names the granted applications that fund it.
public enum GrantRecords {
  /// The application `id` of the caller's tenant.
  /// - Throws: NOT_FOUND otherwise, another tenant's application included (recorded as such).
  public static func existingApplication(_ id: String, scope: TenantScope) async throws
    -> Application
  {
    try await GrantTables.applications.existing(id, scope: scope)
  }

  /// The application `id` in the tenant store `store` reads.
  public static func application(_ id: String, in store: any StoreReader) throws -> Application? {
    try GrantTables.applications.find(id, in: store)
  }

  /// Sets `kommunenummer`'s allocation for `year` in its store (version 0 creates it): never
  /// below what it has granted and keeps for administration. IMDi's writes, one or many.
  /// `joinedSchemeYear` nil keeps the year it joined the scheme as the allocation states it.
  public static func setAllocation(
    year: Int32, kommunenummer number: String, amount: Money, letterReference reference: String,
    joinedSchemeYear joined: Int32? = nil, expectedVersion: Int64, in store: any StoreWriter
  ) throws -> (Allocation, [AuditRecord]) {
    let granted = Money(ore: try Budget.granted(year: year, excluding: nil, in: store))
    return try GrantTables.allocations.put(
      Budget.allocationID(year: year), expectedVersion: expectedVersion,
      missing: "kommune \(number) has no allocation for \(year) yet; name version 0", in: store
    ) { allocation in
      allocation.year = year
      allocation.kommunenummer = number
      allocation.amountOre = amount.ore
      allocation.letterReference = reference
      if let joined { allocation.joinedSchemeYear = joined }
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

  /// Removes the allocation of `year` that a call created at `version` and now undoes.
  /// - Throws: version conflict when it changed since; the allocation rule when something
  ///   has been granted from it.
  public static func withdrawAllocation(year: Int32, version: Int64, in store: any StoreWriter)
    throws -> (Allocation, [AuditRecord])
  {
    let id = Budget.allocationID(year: year)
    let allocation = try GrantTables.allocations.get(id, in: store)
    guard try Budget.granted(year: year, excluding: nil, in: store) == 0 else {
      throw GrantRule.allocation.violation(
        "kommune \(allocation.kommunenummer) has granted from its \(year) allocation since it was written: it cannot be withdrawn"
      )
    }
    return (
      allocation, try GrantTables.allocations.remove(id, expectedVersion: version, in: store)
    )
  }

  /// What `year`'s decisions have granted so far.
  public static func granted(year: Int32, in store: any StoreReader) throws -> Money {
    Money(ore: try Budget.granted(year: year, excluding: nil, in: store))
  }

  /// The year the municipality joined the scheme, as IMDi stated it on its latest allocation
  /// that states one; nil when none does.
  public static func joinedSchemeYear(in store: any StoreReader) throws -> Int32? {
    try GrantTables.allocations.records(in: store).filter { $0.joinedSchemeYear != 0 }
      .max { $0.year < $1.year }?.joinedSchemeYear
  }

  /// The allocation of `year` as stored, or nil.
  public static func allocation(year: Int32, in store: any StoreReader) throws -> Allocation? {
    try GrantTables.allocations.find(Budget.allocationID(year: year), in: store)
  }

  /// Whether `application` holds a grant now: decided (or appealed, or final) with money
  /// granted.
  /// `state` in words, as the grant workflow's refusals write it ("in assessment").
  public static func stateName(_ state: ApplicationState) -> String {
    ApplicationRules.name(state)
  }

  public static func holdsGrant(_ application: Application) -> Bool {
    ApplicationRules.holdsGrant(application)
  }
}
