internal import COpenSSL

/// A TLS session a client can offer to resume a later connection without a full handshake.
///
/// `@unchecked Sendable`: an `SSL_SESSION` is reference-counted by OpenSSL and not changed
/// after it is handed out here.
public final class TLSSession: @unchecked Sendable {
  let session: OpaquePointer

  init(_ session: OpaquePointer) { self.session = session }

  deinit { SSL_SESSION_free(session) }
}
