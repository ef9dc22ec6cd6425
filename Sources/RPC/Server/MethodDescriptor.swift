/// A method of a service: `/package.Service/Method` on the wire.
public struct MethodDescriptor: Sendable, Hashable, CustomStringConvertible {
  /// The fully qualified service name, e.g. `grpc.health.v1.Health`.
  public let service: String
  /// The method name, e.g. `Check`.
  public let method: String
  /// The HTTP/2 `:path`, `/service/method`.
  public let path: String

  /// Creates a descriptor.
  public init(service: String, method: String) {
    self.service = service
    self.method = method
    self.path = "/\(service)/\(method)"
  }

  /// A descriptor from a `:path`, or nil when it is not `/service/method`.
  public init?(path: String) {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].isEmpty, !parts[1].isEmpty, !parts[2].isEmpty else {
      return nil
    }
    self.init(service: String(parts[1]), method: String(parts[2]))
  }

  public var description: String { path }
}
