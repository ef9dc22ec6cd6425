internal import COpenSSL

/// One TLS connection over a non-blocking socket: an OpenSSL `SSL`.
///
/// Not `Sendable`: the event-loop thread that owns the socket owns this object, so the
/// `SSL` needs no lock.
public final class TLSConnection {
  private let ssl: OpaquePointer
  /// The context this connection came from; kept alive as long as the `SSL` is.
  public let context: TLSContext

  /// The outcome of one read, write or handshake step.
  public enum IOResult: Equatable {
    /// That many bytes were read or written (or the handshake finished: 0).
    case done(Int)
    /// Wait until the socket is readable, then retry.
    case wantRead
    /// Wait until the socket is writable, then retry.
    case wantWrite
    /// The peer closed the connection cleanly.
    case closed
    /// The connection failed.
    case failed(TLSError)
  }

  /// A connection on socket `fileDescriptor`.
  /// - Parameters:
  ///   - serverName: for clients, the name to send (SNI) and to verify the certificate
  ///     against; an IP address is verified as one and not sent.
  public init(context: TLSContext, fileDescriptor: Int32, serverName: String? = nil)
    throws(TLSError)
  {
    ERR_clear_error()
    guard let ssl = SSL_new(context.context) else {
      throw TLSError(.configuration, "SSL_new failed")
    }
    self.ssl = ssl
    self.context = context
    guard SSL_set_fd(ssl, fileDescriptor) == 1 else {
      throw TLSError(.configuration, "SSL_set_fd failed")
    }
    if context.isServer {
      SSL_set_accept_state(ssl)
    } else {
      SSL_set_connect_state(ssl)
      try configureClient(serverName: serverName)
    }
  }

  deinit { SSL_free(ssl) }

  private func configureClient(serverName: String?) throws(TLSError) {
    let alpn = context.alpnWireFormat
    guard SSL_set_alpn_protos(ssl, alpn, UInt32(alpn.count)) == 0 else {
      throw TLSError(.configuration, "cannot offer ALPN")
    }
    guard let serverName else { return }
    if IPAddress.isLiteral(serverName) {
      guard X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), serverName) == 1 else {
        throw TLSError(.configuration, "cannot verify against IP address \(serverName)")
      }
    } else {
      guard samarbeid_SSL_set_tlsext_host_name(ssl, serverName) == 1,
        SSL_set1_host(ssl, serverName) == 1
      else { throw TLSError(.configuration, "cannot use server name \(serverName)") }
    }
  }

  /// Advances the handshake; `.done(0)` once it has finished and HTTP/2 was agreed.
  public func handshake() -> IOResult {
    ERR_clear_error()
    let result = SSL_do_handshake(ssl)
    if result == 1 {
      guard negotiatedProtocol == "h2" || !context.alpnWireFormat.contains(2) else {
        return .failed(TLSError(.noApplicationProtocol, "the peer did not agree on ALPN h2"))
      }
      return .done(0)
    }
    return outcome(of: result, failure: .handshake)
  }

  /// Reads decrypted bytes into `buffer`.
  public func read(into buffer: UnsafeMutableRawBufferPointer) -> IOResult {
    ERR_clear_error()
    var count = 0
    if SSL_read_ex(ssl, buffer.baseAddress, buffer.count, &count) == 1 { return .done(count) }
    return outcome(of: 0, failure: .io)
  }

  /// Encrypts and writes `bytes`; may write fewer (partial writes are on).
  public func write(_ bytes: UnsafeRawBufferPointer) -> IOResult {
    ERR_clear_error()
    var count = 0
    if SSL_write_ex(ssl, bytes.baseAddress, bytes.count, &count) == 1 { return .done(count) }
    return outcome(of: 0, failure: .io)
  }

  /// Bytes OpenSSL has decrypted and buffered beyond what was read.
  public var pendingReadableBytes: Int { Int(SSL_pending(ssl)) }

  /// Sends close_notify, best effort (the socket is closed right after).
  public func shutdown() {
    ERR_clear_error()
    _ = SSL_shutdown(ssl)
    ERR_clear_error()
  }

  private func outcome(of result: Int32, failure: TLSError.Code) -> IOResult {
    switch SSL_get_error(ssl, result) {
    case SSL_ERROR_WANT_READ: return .wantRead
    case SSL_ERROR_WANT_WRITE: return .wantWrite
    case SSL_ERROR_ZERO_RETURN: return .closed
    case SSL_ERROR_SYSCALL:
      let queued = TLSError.drainErrorQueue()
      return queued.isEmpty ? .closed : .failed(TLSError(failure, queued.joined(separator: "; ")))
    default:
      let verify = SSL_get_verify_result(ssl)
      let reason =
        verify == X509_V_OK
        ? "OpenSSL error"
        : "certificate verification failed: "
          + String(cString: X509_verify_cert_error_string(verify))
      return .failed(TLSError(failure, reason))
    }
  }

  // MARK: What was agreed

  /// The ALPN protocol agreed, e.g. `h2`.
  public var negotiatedProtocol: String? {
    var data: UnsafePointer<UInt8>?
    var length: UInt32 = 0
    SSL_get0_alpn_selected(ssl, &data, &length)
    guard let data, length > 0 else { return nil }
    return String(decoding: UnsafeBufferPointer(start: data, count: Int(length)), as: UTF8.self)
  }

  /// The server name the client sent (SNI), if any.
  public var serverName: String? {
    guard let name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name) else { return nil }
    return String(cString: name)
  }

  /// The TLS version, e.g. `TLSv1.3`.
  public var protocolVersion: String { String(cString: SSL_get_version(ssl)) }

  /// The cipher suite, e.g. `TLS_AES_256_GCM_SHA384`.
  public var cipherName: String {
    guard let cipher = SSL_get_current_cipher(ssl) else { return "" }
    return String(cString: SSL_CIPHER_get_name(cipher))
  }

  /// The session to offer when reconnecting (clients), once the server has sent it; with
  /// TLS 1.3 it arrives after the handshake, with the first data read.
  public var resumableSession: TLSSession? {
    guard let session = SSL_get1_session(ssl) else { return nil }
    guard SSL_SESSION_is_resumable(session) == 1 else {
      SSL_SESSION_free(session)
      return nil
    }
    return TLSSession(session)
  }

  /// Offers `session` for resumption (clients, before the handshake).
  public func offer(_ session: TLSSession) {
    SSL_set_session(ssl, session.session)
  }

  /// Whether the session was resumed rather than negotiated afresh.
  public var isSessionReused: Bool { SSL_session_reused(ssl) == 1 }

  /// The peer's certificate, when it sent one and it verified.
  public var peerCertificate: TLSPeerCertificate? {
    guard SSL_get_verify_result(ssl) == X509_V_OK, let certificate = SSL_get1_peer_certificate(ssl)
    else {
      return nil
    }
    defer { X509_free(certificate) }
    return TLSPeerCertificate(certificate)
  }
}
