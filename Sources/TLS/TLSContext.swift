internal import COpenSSL

/// An OpenSSL `SSL_CTX`: the shared, read-only set-up from which each connection's `SSL` is
/// made.
///
/// `@unchecked Sendable`: after `init` the context is only read, and OpenSSL 3 makes
/// creating connections from one `SSL_CTX` on many threads safe.
public final class TLSContext: @unchecked Sendable {
  let context: OpaquePointer
  /// Whether connections from this context are servers.
  public let isServer: Bool
  /// ALPN protocols in wire format (length-prefixed names).
  let alpnWireFormat: [UInt8]

  /// A context from `configuration`.
  /// - Throws: ``TLSError`` (configuration) when a file cannot be read or does not fit.
  public init(configuration: TLSConfiguration, isServer: Bool) throws(TLSError) {
    ERR_clear_error()
    guard let context = SSL_CTX_new(isServer ? TLS_server_method() : TLS_client_method()) else {
      throw TLSError(.configuration, "SSL_CTX_new failed")
    }
    self.context = context
    self.isServer = isServer
    self.alpnWireFormat = configuration.applicationProtocols.flatMap { name in
      [UInt8(name.utf8.count)] + Array(name.utf8)
    }
    try configure(configuration)
  }

  deinit { SSL_CTX_free(context) }

  private func configure(_ configuration: TLSConfiguration) throws(TLSError) {
    guard samarbeid_SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION) == 1 else {
      throw TLSError(.configuration, "cannot require TLS 1.2")
    }
    guard SSL_CTX_set_cipher_list(context, configuration.tls12CipherList) == 1 else {
      throw TLSError(.configuration, "no usable TLS 1.2 cipher in \(configuration.tls12CipherList)")
    }
    // No compression (CRIME), no renegotiation; the server picks the cipher.
    var options = samarbeid_SSL_OP_NO_COMPRESSION() | samarbeid_SSL_OP_NO_RENEGOTIATION()
    if isServer { options |= samarbeid_SSL_OP_CIPHER_SERVER_PREFERENCE() }
    SSL_CTX_set_options(context, options)
    // Idle connections give their 16 KiB read and write buffers back; writes may be partial
    // and retried from a moved buffer, as non-blocking sockets need.
    _ = samarbeid_SSL_CTX_set_mode(
      context,
      Int(
        SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ENABLE_PARTIAL_WRITE
          | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER)
    )
    if let chain = configuration.certificateChainPath {
      guard SSL_CTX_use_certificate_chain_file(context, chain) == 1 else {
        throw TLSError(.configuration, "cannot use certificate chain \(chain)")
      }
    }
    if let key = configuration.privateKeyPath {
      guard SSL_CTX_use_PrivateKey_file(context, key, SSL_FILETYPE_PEM) == 1 else {
        throw TLSError(.configuration, "cannot use private key \(key)")
      }
      guard SSL_CTX_check_private_key(context) == 1 else {
        throw TLSError(.configuration, "private key \(key) does not match the certificate")
      }
    }
    if let roots = configuration.trustRootsPath {
      guard SSL_CTX_load_verify_locations(context, roots, nil) == 1 else {
        throw TLSError(.configuration, "cannot load CA certificates from \(roots)")
      }
    }
    if let crl = configuration.crlPath {
      try loadRevocationList(crl)
    }
    if isServer {
      try configureServer(configuration)
    } else {
      SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nil)
      if configuration.trustRootsPath == nil {
        guard SSL_CTX_set_default_verify_paths(context) == 1 else {
          throw TLSError(.configuration, "cannot load the system CA certificates")
        }
      }
    }
  }

  /// Adds the CRLs in `path` to the verification store and checks leaf certificates
  /// against them.
  private func loadRevocationList(_ path: String) throws(TLSError) {
    guard let store = SSL_CTX_get_cert_store(context),
      let lookup = X509_STORE_add_lookup(store, X509_LOOKUP_file()),
      X509_load_crl_file(lookup, path, X509_FILETYPE_PEM) > 0
    else {
      throw TLSError(.configuration, "cannot load a certificate revocation list from \(path)")
    }
    X509_STORE_set_flags(store, UInt(X509_V_FLAG_CRL_CHECK))
  }

  private func configureServer(_ configuration: TLSConfiguration) throws(TLSError) {
    switch configuration.clientCertificates {
    case .none:
      SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nil)
    case .optional, .required:
      guard let roots = configuration.trustRootsPath else {
        throw TLSError(.configuration, "verifying client certificates needs a CA file")
      }
      if let names = SSL_load_client_CA_file(roots) { SSL_CTX_set_client_CA_list(context, names) }
      let required = configuration.clientCertificates == .required
      SSL_CTX_set_verify(
        context,
        SSL_VERIFY_PEER | (required ? SSL_VERIFY_FAIL_IF_NO_PEER_CERT : 0),
        nil
      )
    }
    // Session resumption: a server-side cache and (OpenSSL's default) session tickets.
    _ = samarbeid_SSL_CTX_set_session_cache_mode(context, Int(SSL_SESS_CACHE_SERVER))
    _ = samarbeid_SSL_CTX_sess_set_cache_size(context, 20_000)
    let sessionContext = Array("samarbeid".utf8)
    SSL_CTX_set_session_id_context(context, sessionContext, UInt32(sessionContext.count))
    SSL_CTX_set_alpn_select_cb(
      context,
      { _, out, outLength, offered, offeredLength, argument in
        // Select h2 (or whatever was configured) or fail the handshake.
        let tlsContext = Unmanaged<TLSContext>.fromOpaque(argument!).takeUnretainedValue()
        return tlsContext.alpnWireFormat.withUnsafeBufferPointer { supported in
          var selected: UnsafeMutablePointer<UInt8>?
          var selectedLength: UInt8 = 0
          let result = SSL_select_next_proto(
            &selected,
            &selectedLength,
            supported.baseAddress,
            UInt32(supported.count),
            offered,
            offeredLength
          )
          guard result == OPENSSL_NPN_NEGOTIATED, let selected else {
            return SSL_TLSEXT_ERR_ALERT_FATAL
          }
          out?.pointee = UnsafePointer(selected)
          outLength?.pointee = selectedLength
          return SSL_TLSEXT_ERR_OK
        }
      },
      Unmanaged.passUnretained(self).toOpaque()
    )
  }
}
