internal import Storage

/// The national registry database: tenants, their number periods, security events and the
/// operating-grant holds.
enum RegistrySchema {
  enum Tenants {
    static let table = Table("tenants")
    static let id = Column<String>("id")
    static let name = Column<String>("name")
    static let active = Column<Bool>("active")
    static let test = Column<Bool>("test")
    static let version = Column<Int64>("version")
    static let registeredAt = Column<String>("registered_at")
    static let ordinal = Column<Int>("ordinal")
  }

  enum Periods {
    static let table = Table("kommunenummer_periods")
    static let kommunenummer = Column<String>("kommunenummer")
    static let validFrom = Column<String>("valid_from")
    static let validTo = Column<String>("valid_to")
    static let tenantID = Column<String>("tenant_id")
  }

  enum SecurityEvents {
    static let table = Table("security_events")
    static let sequence = Column<Int64>("sequence")
    static let at = Column<String>("at")
    static let identity = Column<String>("identity")
    static let callerTenantID = Column<String>("caller_tenant_id")
    static let targetTenantID = Column<String>("target_tenant_id")
    static let rpc = Column<String>("rpc")
    static let recordID = Column<String>("record_id")
  }

  enum Holds {
    static let table = Table("operating_grant_holders")
    static let organisasjonsnummer = Column<String>("organisasjonsnummer")
    static let year = Column<Int32>("year")
    static let tenantID = Column<String>("tenant_id")
    static let applicationID = Column<String>("application_id")
    static let reservedAt = Column<String>("reserved_at")
  }

  enum DeploymentKeys {
    static let table = Table("deployment_keys")
    static let name = Column<String>("name")
    static let value = Column<[UInt8]>("value")
  }

  static var schema: StoreSchema {
    var schema = StoreSchema()
    schema.add(
      "registry-v1",
      [
        .createTable(
          Tenants.table,
          columns: [
            ColumnDefinition(Tenants.id), ColumnDefinition(Tenants.name),
            ColumnDefinition(Tenants.active), ColumnDefinition(Tenants.test),
            ColumnDefinition(Tenants.version), ColumnDefinition(Tenants.registeredAt),
          ], primaryKey: ["id"]),
        .createTable(
          Periods.table,
          columns: [
            ColumnDefinition(Periods.kommunenummer), ColumnDefinition(Periods.validFrom),
            ColumnDefinition(Periods.validTo, default: ""), ColumnDefinition(Periods.tenantID),
          ], primaryKey: ["kommunenummer", "valid_from"]),
        .createIndex(
          "kommunenummer_periods_tenant", on: Periods.table, ["tenant_id", "valid_from"]),
        .createTable(
          SecurityEvents.table,
          columns: [
            .sequence(SecurityEvents.sequence), ColumnDefinition(SecurityEvents.at),
            ColumnDefinition(SecurityEvents.identity),
            ColumnDefinition(SecurityEvents.callerTenantID),
            ColumnDefinition(SecurityEvents.targetTenantID), ColumnDefinition(SecurityEvents.rpc),
            ColumnDefinition(SecurityEvents.recordID),
          ], primaryKey: []),
      ])
    // A small number per tenant, sealed into record identifiers: existing tenants are
    // numbered in the order they were registered.
    schema.add(
      "registry-v2",
      [
        .addColumn(Tenants.table, ColumnDefinition(Tenants.ordinal, default: 0)),
        .migrateData { store in
          let rows = try store.select(
            ["id"], from: Tenants.table, orderBy: ["registered_at", "id"])
          for (index, row) in rows.enumerated() {
            try store.update(
              Tenants.table, set: [Tenants.ordinal(index + 1)],
              where: Tenants.id == (try row(Tenants.id)))
          }
        },
        .createIndex("tenants_ordinal", on: Tenants.table, columns: ["ordinal"], unique: true),
      ])
    // The national rule: operating grants from one municipality only per organisation and
    // year. A municipality's decision holds the organisation's row for its year.
    schema.add(
      "registry-v3",
      [
        .createTable(
          Holds.table,
          columns: [
            ColumnDefinition(Holds.organisasjonsnummer), ColumnDefinition(Holds.year),
            ColumnDefinition(Holds.tenantID), ColumnDefinition(Holds.applicationID),
            ColumnDefinition(Holds.reservedAt),
          ], primaryKey: ["organisasjonsnummer", "year"])
      ])
    // Secrets of the whole deployment (the record-identifier key), kept with its data so
    // that every server sharing a database uses the same.
    schema.add(
      "registry-v4",
      [
        .createTable(
          DeploymentKeys.table,
          columns: [ColumnDefinition(DeploymentKeys.name), ColumnDefinition(DeploymentKeys.value)],
          primaryKey: ["name"])
      ])
    return schema
  }
}
