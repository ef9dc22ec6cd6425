public import TLS

/// The secure byte stream an ``HTTP2Connection`` runs over: a ``TLSConnection`` on its
/// socket in service, bytes in memory when the HTTP/2 and gRPC layers are fuzzed.
///
/// Results are TLS's: `.wantRead` and `.wantWrite` ask the connection to wait for its
/// socket, `.closed` is the peer's end.
public protocol HTTP2Transport: AnyObject {
  /// Advances the handshake; `.done(0)` once it has finished.
  func handshake() -> TLSConnection.IOResult
  /// Reads plaintext into `buffer`.
  func read(into buffer: UnsafeMutableRawBufferPointer) -> TLSConnection.IOResult
  /// Writes plaintext; may write fewer bytes than given.
  func write(_ bytes: UnsafeRawBufferPointer) -> TLSConnection.IOResult
  /// Ends the stream from this side, best effort.
  func shutdown()
  /// The name the client asked for (SNI), when it sent one.
  var serverName: String? { get }
  /// The peer's verified certificate, when it presented one.
  var peerCertificate: TLSPeerCertificate? { get }
}

extension TLSConnection: HTTP2Transport {}
