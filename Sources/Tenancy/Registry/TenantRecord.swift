internal import Identifiers
public import SamarbeidAPI

/// A tenant as the registry holds it.
public struct TenantRecord: Sendable, Equatable {
  /// Stable identifier, e.g. `t-7f3k9q2m4x`.
  public var id: String
  /// A small number, unique per tenant, sealed into its record identifiers.
  public var ordinal: Int
  public var name: String
  /// Every number the municipality has had, oldest first.
  public var numbers: [KommunenummerPeriod]
  public var active: Bool
  public var test: Bool
  public var version: Int64
  public var registeredAt: String

  /// The number valid on `date` (YYYY-MM-DD), if any.
  public func number(on date: String) -> String? {
    numbers.first { $0.validFrom <= date && ($0.validTo.isEmpty || date < $0.validTo) }?
      .kommunenummer
  }

  /// The number valid on `date`, or the latest one.
  public func currentNumber(on date: String) -> String {
    number(on: date) ?? numbers.last?.kommunenummer ?? ""
  }

  /// The API form, as of `date`.
  public func message(on date: String) -> Tenant {
    var tenant = Tenant()
    tenant.id = id
    tenant.name = name
    tenant.kommunenummer = currentNumber(on: date)
    tenant.numberHistory = numbers
    tenant.active = active
    tenant.test = test
    tenant.version = version
    tenant.registeredAt = registeredAt
    return tenant
  }
}
