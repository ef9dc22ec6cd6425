public import RPC

/// A service of the Samarbeid API: its name, who may call it, and its methods (registered
/// by the service protocol generated for its `.proto`, one requirement per RPC).
public protocol SamarbeidService: RPCService {
  /// The fully qualified name, e.g. `samarbeid.v1.Grants`.
  static var serviceName: String { get }
  /// Who may call it.
  static var access: ServiceAccess { get }
}
