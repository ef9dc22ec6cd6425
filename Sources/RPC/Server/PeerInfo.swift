/// Who is on the other end of a connection, as the transport established it.
public struct PeerInfo: Sendable, Hashable, CustomStringConvertible {
  /// The remote address, e.g. `127.0.0.1:52344`.
  public var address: String
  /// The TLS server name the client asked for (SNI), if any.
  public var serverName: String?
  /// The verified client certificate, if the client presented one.
  public var certificate: Certificate?

  /// Creates peer information.
  public init(address: String, serverName: String? = nil, certificate: Certificate? = nil) {
    self.address = address
    self.serverName = serverName
    self.certificate = certificate
  }

  /// What the service needs of a verified client certificate.
  public struct Certificate: Sendable, Hashable {
    /// The subject, in OpenSSL's one-line form.
    public var subject: String
    /// URI subject alternative names, e.g. `spiffe://samarbeid/kommune/0301`.
    public var uriSANs: [String]
    /// DNS subject alternative names.
    public var dnsSANs: [String]
    /// The serial number, in hexadecimal.
    public var serialNumber: String

    /// Creates a certificate description.
    public init(subject: String, uriSANs: [String], dnsSANs: [String], serialNumber: String) {
      self.subject = subject
      self.uriSANs = uriSANs
      self.dnsSANs = dnsSANs
      self.serialNumber = serialNumber
    }
  }

  public var description: String {
    var text = address
    if let uri = certificate?.uriSANs.first { text += " (\(uri))" }
    return text
  }
}
