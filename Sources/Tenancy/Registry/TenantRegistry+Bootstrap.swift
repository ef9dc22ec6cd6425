internal import DomainValues
internal import Storage

extension TenantRegistry {
  /// The identity recorded in the audit log for registrations from a tenants file.
  public static let bootstrapIdentity = "samarbeid-server --tenants-file"

  /// Registers every entry of `file` whose number no tenant has held; returns how many.
  public func bootstrap(from file: TenantsFile) async throws -> Int {
    var registered = 0
    for entry in file.entries where tenant(everNumbered: entry.kommunenummer) == nil {
      let context = MutationContext(
        identity: Self.bootstrapIdentity, rpc: "bootstrap", idempotencyKey: nil, requestDigest: [],
        at: CivilTime.now())
      _ = try await register(
        number: entry.kommunenummer, name: entry.name, validFrom: "", test: entry.test,
        context: context)
      registered += 1
    }
    return registered
  }
}
