public import SamarbeidAPI
public import Storage
public import Tenancy

/// The organisations table, for this module and others (grants read organisations inside
/// their own transactions).
public enum OrganisationRecords {
  /// The prefix of organisations' opaque identifiers.
  public static let kind = "org"

  enum Columns {
    static let organisasjonsnummer = Column<String>("organisasjonsnummer")
    static let name = Column<String>("name")
    static let kind = Column<Int32>("kind")
    static let createdAt = Column<String>("created_at")
    static let updatedAt = Column<String>("updated_at")
  }

  /// Organisations: searched by name, unique by organisasjonsnummer, counted by kind.
  public static let table = RecordTable<Organisation>(
    "organisations", noun: "organisation", kind: kind,
    columns: [
      RecordColumn(Columns.organisasjonsnummer) { $0.organisasjonsnummer },
      RecordColumn(Columns.name) { $0.name },
      RecordColumn(Columns.kind) { $0.kind.protoValue },
      RecordColumn(Columns.createdAt) { $0.createdAt },
      RecordColumn(Columns.updatedAt) { $0.updatedAt },
    ])

  /// The organisation `id` of the tenant whose store `store` reads.
  public static func find(_ id: String, in store: any StoreReader) throws -> Organisation? {
    try table.find(id, in: store)
  }

  /// The organisation `id` of the caller's tenant.
  /// - Throws: NOT_FOUND otherwise, another tenant's organisation included (that attempt
  ///   logged and recorded by ``TenantScope/notFound(_:kind:what:)``).
  public static func existing(_ id: String, scope: TenantScope) async throws -> Organisation {
    try await table.existing(id, scope: scope)
  }

  /// Each of `ids` is an organisation of the caller's tenant (NOT_FOUND for the first that
  /// is not, another tenant's recorded as such): the references other records make.
  public static func requireExisting(_ ids: some Sequence<String>, scope: TenantScope)
    async throws
  {
    for id in Set(ids) {
      _ = try await existing(id, scope: scope)
    }
  }
}
