/// Who may call a service. Decided per service, in one table the interceptor reads.
public enum Access: Sendable, Hashable {
  /// Anyone, with or without a certificate (health checks).
  case open
  /// Any client with a certificate from the service's CA, whatever its identity (the
  /// interop test service).
  case anyCertificate
  /// A municipality on its own tenant, or a load-test identity on a test tenant.
  case tenant
  /// IMDi's oversight identity only.
  case oversight
}

/// The access of every service the server offers; services it does not list are refused.
public struct AccessPolicy: Sendable {
  private var access: [String: Access]

  /// A policy of `services` by fully qualified name.
  public init(_ services: [String: Access]) {
    self.access = services
  }

  /// The services the policy lists.
  public var services: [String] { access.keys.sorted() }

  /// The access of `service`, nil when the policy does not list it.
  public func access(for service: String) -> Access? {
    access[service]
  }
}
