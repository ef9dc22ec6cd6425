internal import DomainValues
internal import GRDB
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
  public let store: DurableStore
  /// Makes and reads record identifiers.
  public let recordIDs: RecordIDs
  private let tenants: Mutex<[String: TenantRecord]>
  let logger: Logger

  /// Opens the registry at `path` and loads every tenant.
  public init(path: String, recordIDs: RecordIDs, logger: Logger) async throws {
    store = try DurableStore(path: path, schema: RegistrySchema.schema, logger: logger)
    self.recordIDs = recordIDs
    let loaded = try await store.read { db in try Self.loadAll(db) }
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
    let response = try await store.mutate(context) { db in
      try Self.requireFree(kommunenummer.digits, from: from, db: db)
      let ordinal =
        try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(ordinal), 0) + 1 FROM tenants") ?? 1
      let record = TenantRecord(
        id: id, ordinal: ordinal, name: name,
        numbers: [KommunenummerPeriod(kommunenummer: kommunenummer.digits, validFrom: from)],
        active: true, test: test, version: 1, registeredAt: context.at)
      try db.execute(
        sql: """
          INSERT INTO tenants (id, name, active, test, version, registered_at, ordinal)
          VALUES (?, ?, 1, ?, 1, ?, ?)
          """,
        arguments: [id, name, test, context.at, ordinal])
      try Self.insertPeriod(record.numbers[0], tenantID: id, db: db)
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
    let response = try await store.mutate(context) { db in
      let before = try Self.load(id: current.id, db: db)
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
      try Self.requireFree(next.digits, from: effectiveFrom, db: db)
      var after = before
      after.numbers[after.numbers.count - 1].validTo = effectiveFrom
      after.numbers.append(
        KommunenummerPeriod(kommunenummer: next.digits, validFrom: effectiveFrom))
      after.version += 1
      try db.execute(
        sql:
          "UPDATE kommunenummer_periods SET valid_to = ? WHERE kommunenummer = ? AND valid_from = ?",
        arguments: [effectiveFrom, last.kommunenummer, last.validFrom])
      try Self.insertPeriod(after.numbers[after.numbers.count - 1], tenantID: after.id, db: db)
      try db.execute(
        sql: "UPDATE tenants SET version = ? WHERE id = ?", arguments: [after.version, after.id])
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
    let response = try await store.mutate(context) { db in
      let before = try Self.load(id: current.id, db: db)
      try Self.requireVersion(before, expectedVersion)
      guard before.active else {
        throw RPCError(
          code: .failedPrecondition, message: "kommune \(number) is already deactivated")
      }
      var after = before
      after.active = false
      after.version += 1
      try db.execute(
        sql: "UPDATE tenants SET active = 0, version = ? WHERE id = ?",
        arguments: [after.version, after.id])
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
    let stored = try await store.read { db in try Self.load(id: tenant.id, db: db) }
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

  // MARK: SQL

  static func loadAll(_ db: Database) throws -> [TenantRecord] {
    try String.fetchAll(db, sql: "SELECT id FROM tenants").map { try load(id: $0, db: db) }
  }

  static func load(id: String, db: Database) throws -> TenantRecord {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM tenants WHERE id = ?", arguments: [id])
    else {
      throw StorageError(.notFound, "no tenant \(id)")
    }
    let periods = try Row.fetchAll(
      db, sql: "SELECT * FROM kommunenummer_periods WHERE tenant_id = ? ORDER BY valid_from",
      arguments: [id]
    ).map {
      KommunenummerPeriod(
        kommunenummer: $0["kommunenummer"], validFrom: $0["valid_from"], validTo: $0["valid_to"])
    }
    return TenantRecord(
      id: row["id"], ordinal: row["ordinal"], name: row["name"], numbers: periods,
      active: row["active"],
      test: row["test"], version: row["version"], registeredAt: row["registered_at"])
  }

  static func insertPeriod(_ period: KommunenummerPeriod, tenantID: String, db: Database) throws {
    try db.execute(
      sql:
        "INSERT INTO kommunenummer_periods (kommunenummer, valid_from, valid_to, tenant_id) VALUES (?, ?, ?, ?)",
      arguments: [period.kommunenummer, period.validFrom, period.validTo, tenantID])
  }

  /// Refuses a number some tenant holds on or after `from`.
  static func requireFree(_ number: String, from: String, db: Database) throws {
    let clash = try Row.fetchOne(
      db,
      sql:
        "SELECT tenant_id, valid_from, valid_to FROM kommunenummer_periods WHERE kommunenummer = ? AND (valid_to = '' OR valid_to > ?)",
      arguments: [number, from])
    if let clash {
      let validTo: String = clash["valid_to"]
      throw RPCError(
        code: .alreadyExists,
        message: "kommunenummer \(number) belongs to tenant \(clash["tenant_id"] as String) from "
          + "\(clash["valid_from"] as String)\(validTo.isEmpty ? "" : " to \(validTo)")")
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
    let name = text.trimmingCharacters(in: " ")
    guard (1...100).contains(name.count) else {
      throw RPCError(
        code: .invalidArgument, message: "name must be 1 to 100 characters, not \(name.count)")
    }
    return name
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
