/// How a TLS endpoint is set up: certificates, verification, protocols.
public struct TLSConfiguration: Sendable {
  /// Whether a server asks for and requires client certificates.
  public enum ClientCertificates: Sendable, Hashable {
    /// Not requested.
    case none
    /// Requested and verified when presented.
    case optional
    /// Requested, verified, and required: no certificate, no handshake.
    case required
  }

  /// PEM file with the certificate chain (leaf first).
  public var certificateChainPath: String?
  /// PEM file with the private key.
  public var privateKeyPath: String?
  /// PEM file with the CA certificates peers are verified against.
  public var trustRootsPath: String?
  /// Client certificate policy (servers only).
  public var clientCertificates: ClientCertificates
  /// PEM file with the CA's certificate revocation lists: peers whose certificate is listed
  /// are refused, and every peer certificate must be covered by a current CRL.
  public var crlPath: String?
  /// ALPN protocols offered or accepted; HTTP/2 only by default.
  public var applicationProtocols: [String]
  /// TLS 1.2 cipher suites: AEAD with forward secrecy only (RFC 7540 §9.2.2). TLS 1.3
  /// suites are all AEAD and keep OpenSSL's defaults.
  public var tls12CipherList: String

  /// A server configuration.
  public static func server(
    certificateChainPath: String,
    privateKeyPath: String,
    trustRootsPath: String? = nil,
    clientCertificates: ClientCertificates = .none
  ) -> TLSConfiguration {
    TLSConfiguration(
      certificateChainPath: certificateChainPath,
      privateKeyPath: privateKeyPath,
      trustRootsPath: trustRootsPath,
      clientCertificates: clientCertificates
    )
  }

  /// A client configuration.
  public static func client(
    trustRootsPath: String?,
    certificateChainPath: String? = nil,
    privateKeyPath: String? = nil
  ) -> TLSConfiguration {
    TLSConfiguration(
      certificateChainPath: certificateChainPath,
      privateKeyPath: privateKeyPath,
      trustRootsPath: trustRootsPath,
      clientCertificates: .none
    )
  }

  init(
    certificateChainPath: String?,
    privateKeyPath: String?,
    trustRootsPath: String?,
    clientCertificates: ClientCertificates
  ) {
    self.certificateChainPath = certificateChainPath
    self.privateKeyPath = privateKeyPath
    self.trustRootsPath = trustRootsPath
    self.clientCertificates = clientCertificates
    self.applicationProtocols = ["h2"]
    self.tls12CipherList = [
      "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
      "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
      "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
    ].joined(separator: ":")
  }
}
