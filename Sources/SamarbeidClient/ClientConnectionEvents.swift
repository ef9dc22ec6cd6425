public import HTTP2
internal import Synchronization

/// What happened to a client's connections: how many became ready, how many the server
/// ended (GOAWAY) or lost while in use, and the defences the client applied to the server.
/// A client that never asked to close sees nothing but `ready` move.
public final class ClientConnectionEvents: Sendable {
  /// The counts at one moment.
  public struct Snapshot: Sendable, Hashable {
    /// Connections that completed TLS and HTTP/2 set-up.
    public var ready = 0
    /// GOAWAY frames received on ready connections.
    public var goAways = 0
    /// Ready connections that closed without the client asking.
    public var lost = 0

    /// Nothing happened yet.
    public init() {}
  }

  private let counts = Mutex(Snapshot())
  /// Defences the client's connections applied against the server.
  public let defences = HTTP2Defences()

  init() {}

  func record(_ change: (inout Snapshot) -> Void) { counts.withLock { change(&$0) } }

  /// The counts now.
  public var snapshot: Snapshot { counts.withLock { $0 } }
}
