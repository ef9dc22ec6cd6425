/// Who may call a service: declared by the service (through the scope its handlers take),
/// checked for every call by the tenancy interceptor.
public enum ServiceAccess: Sendable, Hashable {
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
