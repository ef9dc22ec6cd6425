public import SamarbeidAPI

/// The access of every service the server offers, as each service declares it (through the
/// scope its handlers take); services it does not list are refused.
public struct AccessPolicy: Sendable {
  private var access: [String: ServiceAccess]

  /// A policy of `services` by fully qualified name.
  public init(_ services: [String: ServiceAccess]) {
    self.access = services
  }

  /// The policy of the services' own declarations, and `others` (services outside the
  /// Samarbeid API: health, interop).
  public init(services: [any SamarbeidService], others: [String: ServiceAccess] = [:]) {
    var access = others
    for service in services { access[type(of: service).serviceName] = type(of: service).access }
    self.access = access
  }

  /// The services the policy lists.
  public var services: [String] { access.keys.sorted() }

  /// The access of `service`, nil when the policy does not list it.
  public func access(for service: String) -> ServiceAccess? {
    access[service]
  }
}
