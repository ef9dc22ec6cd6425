internal import DomainValues
internal import Identifiers
public import Logging
internal import ProtoWire
internal import RPC
public import SamarbeidAPI
public import Storage
internal import Synchronization

/// The municipalities this deployment serves, kept in the national registry database and
/// mirrored in memory so that every RPC can resolve its caller without a read.
public final class TenantRegistry: Sendable {
  /// The registry's own store (its audit log records every registry change).
  public let store: any RecordStore
  /// Makes and reads record identifiers.
  public let recordIDs: RecordIDs
  private let tenants: Mutex<[String: TenantRecord]>
  let logger: Logger

  /// The registry's tables.
  public static var schema: StoreSchema { RegistrySchema.schema }

  /// The registry kept in `store` (opened with ``schema``); loads every tenant.
  public init(store: any RecordStore, recordIDs: RecordIDs, logger: Logger) async throws {
    self.store = store
    self.recordIDs = recordIDs
    let loaded = try await store.read { store in try Self.loadAll(store) }
    tenants = Mutex(Dictionary(uniqueKeysWithValues: loaded.map { ($0.id, $0) }))
    self.logger = logger
  }

  /// Every tenant.
  public var all: [TenantRecord] {
    tenants.withLock { Array($0.values) }.sorted {
      $0.registeredAt < $1.registeredAt || ($0.registeredAt == $1.registeredAt && $0.id < $1.id)
    }
  }

  /// The tenant with `id`.
  public func tenant(id: String) -> TenantRecord? {
    tenants.withLock { $0[id] }
  }

  /// The tenant numbered `ordinal`.
  public func tenant(ordinal: Int) -> TenantRecord? {
    tenants.withLock { tenants in tenants.values.first { $0.ordinal == ordinal } }
  }

  /// The tenant whose number is `number` on `date`.
  public func tenant(number: String, on date: String) -> TenantRecord? {
    tenants.withLock { tenants in tenants.values.first { $0.number(on: date) == number } }
  }

  /// The tenant that ever held `number` (its latest holder).
  func tenant(everNumbered number: String) -> TenantRecord? {
    tenants.withLock { tenants in
      tenants.values.filter { $0.numbers.contains { $0.kommunenummer == number } }
        .max { ($0.numbers.last?.validFrom ?? "") < ($1.numbers.last?.validFrom ?? "") }
    }
  }

  private func remember(_ record: TenantRecord) {
    tenants.withLock { tenants in
      if let known = tenants[record.id], known.version >= record.version { return }
      tenants[record.id] = record
    }
  }

  // MARK: Changes

  /// Registers a municipality valid from `validFrom`.
  /// - Throws: ``RPCError`` INVALID_ARGUMENT for a bad number, name or date, ALREADY_EXISTS
  ///   when the number is taken at that time; ``StorageError``.
  public func register(
    number: String, name: String, validFrom: String, test: Bool, context: MutationContext
  ) async throws -> Tenant {
    let kommunenummer = try Self.validNumber(number)
    let name = try Self.validName(name)
    let from = validFrom.isEmpty ? CivilTime.today() : validFrom
    guard CivilTime.isDate(from) else { throw Self.badDate("valid_from", validFrom) }
    let id = RecordIDs.newTenantID()
    let response = try await store.mutate(context) { store in
      try Self.requireFree(kommunenummer.digits, from: from, in: store)
      let ordinal =
        Int(try store.aggregate(.max(Tenants.ordinal.name), from: Tenants.table, where: .all)) + 1
      let record = TenantRecord(
        id: id, ordinal: ordinal, name: name,
        numbers: [KommunenummerPeriod(kommunenummer: kommunenummer.digits, validFrom: from)],
        active: true, test: test, version: 1, registeredAt: context.at)
      try store.insert(
        into: Tenants.table,
        [
          Tenants.id(id), Tenants.name(name), Tenants.active(true), Tenants.test(test),
          Tenants.version(1), Tenants.registeredAt(context.at), Tenants.ordinal(ordinal),
        ])
      try Self.insertPeriod(record.numbers[0], tenantID: id, in: store)
      return Self.outcome(before: nil, after: record, on: from)
    }
    return try await remember(response)
  }

  /// Gives the municipality numbered `number` today the number `newNumber` from
  /// `effectiveFrom`.
  public func renumber(
    number: String, to newNumber: String, effectiveFrom: String, expectedVersion: Int64,
    context: MutationContext
  ) async throws -> Tenant {
    let today = CivilTime.today()
    let current = try requireTenant(number: number, on: today)
    let next = try Self.validNumber(newNumber)
    guard CivilTime.isDate(effectiveFrom) else {
      throw Self.badDate("effective_from", effectiveFrom)
    }
    let response = try await store.mutate(context) { store in
      let before = try Self.load(id: current.id, in: store)
      try Self.requireVersion(before, expectedVersion)
      guard let last = before.numbers.last, last.validTo.isEmpty, effectiveFrom > last.validFrom
      else {
        throw RPCError(
          code: .failedPrecondition,
          message: "effective_from \(effectiveFrom) must be after the current number's start "
            + "(\(before.numbers.last?.validFrom ?? "none"))")
      }
      guard next.digits != last.kommunenummer else {
        throw RPCError(
          code: .invalidArgument,
          message: "kommunenummer \(next) is already the municipality's number")
      }
      try Self.requireFree(next.digits, from: effectiveFrom, in: store)
      var after = before
      after.numbers[after.numbers.count - 1].validTo = effectiveFrom
      after.numbers.append(
        KommunenummerPeriod(kommunenummer: next.digits, validFrom: effectiveFrom))
      after.version += 1
      try store.update(
        Periods.table, set: [Periods.validTo(effectiveFrom)],
        where: Periods.kommunenummer == last.kommunenummer && Periods.validFrom == last.validFrom)
      try Self.insertPeriod(after.numbers[after.numbers.count - 1], tenantID: after.id, in: store)
      try store.update(
        Tenants.table, set: [Tenants.version(after.version)], where: Tenants.id == after.id)
      return Self.outcome(before: before, after: after, on: today)
    }
    return try await remember(response)
  }

  /// Deactivates the municipality numbered `number` today.
  public func deactivate(number: String, expectedVersion: Int64, context: MutationContext)
    async throws
    -> Tenant
  {
    let today = CivilTime.today()
    let current = try requireTenant(number: number, on: today)
    let response = try await store.mutate(context) { store in
      let before = try Self.load(id: current.id, in: store)
      try Self.requireVersion(before, expectedVersion)
      guard before.active else {
        throw RPCError(
          code: .failedPrecondition, message: "kommune \(number) is already deactivated")
      }
      var after = before
      after.active = false
      after.version += 1
      try store.update(
        Tenants.table, set: [Tenants.active(false), Tenants.version(after.version)],
        where: Tenants.id == after.id)
      return Self.outcome(before: before, after: after, on: today)
    }
    return try await remember(response)
  }

  /// The tenant a (possibly replayed) response carries; the mirror is refreshed from the
  /// store, which may be newer than a replayed response.
  private func remember(_ response: [UInt8]) async throws -> Tenant {
    let tenant: Tenant
    do {
      tenant = try Tenant(serializedBytes: response, limits: .default)
    } catch {
      throw StorageError(.corrupt, "a stored registry response does not decode")
    }
    let stored = try await store.read { store in try Self.load(id: tenant.id, in: store) }
    remember(stored)
    return tenant
  }

  private func requireTenant(number: String, on date: String) throws(RPCError) -> TenantRecord {
    _ = try Self.validNumber(number)
    guard let tenant = tenant(number: number, on: date) else {
      throw RPCError(
        code: .notFound,
        message: "no registered municipality has kommunenummer \(number) today (\(date))")
    }
    return tenant
  }

  // MARK: Rows

  typealias Tenants = RegistrySchema.Tenants
  typealias Periods = RegistrySchema.Periods

  static func loadAll(_ store: any StoreReader) throws -> [TenantRecord] {
    try store.select(["id"], from: Tenants.table).map {
      try load(id: try $0(Tenants.id), in: store)
    }
  }

  static func load(id: String, in store: any StoreReader) throws -> TenantRecord {
    guard
      let row = try store.first(
        ["id", "ordinal", "name", "active", "test", "version", "registered_at"],
        from: Tenants.table, where: Tenants.id == id)
    else {
      throw StorageError(.notFound, "no tenant \(id)")
    }
    let periods = try store.select(
      ["kommunenummer", "valid_from", "valid_to"], from: Periods.table,
      where: Periods.tenantID == id, orderBy: ["valid_from"]
    ).map {
      KommunenummerPeriod(
        kommunenummer: try $0(Periods.kommunenummer), validFrom: try $0(Periods.validFrom),
        validTo: try $0(Periods.validTo))
    }
    return TenantRecord(
      id: try row(Tenants.id), ordinal: try row(Tenants.ordinal), name: try row(Tenants.name),
      numbers: periods, active: try row(Tenants.active), test: try row(Tenants.test),
      version: try row(Tenants.version), registeredAt: try row(Tenants.registeredAt))
  }

  static func insertPeriod(
    _ period: KommunenummerPeriod, tenantID: String, in store: any StoreWriter
  )
    throws
  {
    try store.insert(
      into: Periods.table,
      [
        Periods.kommunenummer(period.kommunenummer), Periods.validFrom(period.validFrom),
        Periods.validTo(period.validTo), Periods.tenantID(tenantID),
      ])
  }

  /// Refuses a number some tenant holds on or after `from`.
  static func requireFree(_ number: String, from: String, in store: any StoreReader) throws {
    let clash = try store.first(
      ["tenant_id", "valid_from", "valid_to"], from: Periods.table,
      where: Periods.kommunenummer == number && (Periods.validTo == "" || Periods.validTo > from))
    if let clash {
      let validTo = try clash(Periods.validTo)
      throw RPCError(
        code: .alreadyExists,
        message: "kommunenummer \(number) belongs to tenant \(try clash(Periods.tenantID)) from "
          + "\(try clash(Periods.validFrom))\(validTo.isEmpty ? "" : " to \(validTo)")")
    }
  }

  static func requireVersion(_ record: TenantRecord, _ expected: Int64) throws {
    guard record.version == expected else {
      throw StorageError(
        .versionConflict,
        "tenant \(record.id) is at version \(record.version), the request named \(expected); read it again"
      )
    }
  }

  static func outcome(before: TenantRecord?, after: TenantRecord, on date: String)
    -> MutationOutcome
  {
    let response = after.message(on: date).serializedBytes()
    return MutationOutcome(
      response: response,
      audit: [
        AuditRecord(
          entityType: Tenant.protoMessageName, entityID: after.id,
          before: before.map { $0.message(on: date).serializedBytes() }, after: response)
      ])
  }

  static func validNumber(_ text: String) throws(RPCError) -> Kommunenummer {
    do {
      return try Kommunenummer(text)
    } catch {
      throw RPCError(code: .invalidArgument, message: error.message)
    }
  }

  static func validName(_ text: String) throws(RPCError) -> String {
    do {
      return try Field.text(text, field: "name", maximum: 100, required: true)
    } catch {
      throw RPCError(code: .invalidArgument, message: error.message)
    }
  }

  static func badDate(_ field: String, _ text: String) -> RPCError {
    RPCError(
      code: .invalidArgument,
      message: "\(field) \(Quote.short(text)) is not a date written YYYY-MM-DD")
  }
}

extension String {
  func trimmingCharacters(in character: Character) -> String {
    String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
  }
}
