public import ArgumentParser
public import SamarbeidClient
internal import TLS

/// The identity a tool uses when the operator names none.
public protocol DefaultIdentity: Sendable {
  /// The certificate's base name in certs/out, e.g. `kommune-0301`.
  static var name: String { get }
}

/// Where the server is and who the client is: the flags every client tool takes (`samarbeid`,
/// `samarbeid-load`), the same names, defaults and help in each.
public struct ClientConnectionOptions<Identity: DefaultIdentity>: ParsableArguments, Sendable {
  @Option(help: "Server address (numeric or a name).")
  public var host = "127.0.0.1"

  @Option(help: "Server port.")
  public var port = 8443

  @Option(help: "Name the server certificate must carry.")
  public var serverName = "localhost"

  @Option(help: "PEM CA certificates the server is verified against.")
  public var ca = "certs/out/ca.pem"

  @Option(help: "PEM client certificate (your mTLS identity).")
  public var cert = "certs/out/\(Identity.name).pem"

  @Option(help: "PEM private key of the client certificate.")
  public var key = "certs/out/\(Identity.name).key"

  public init() {}

  /// The client configuration for these flags, as `certificate` and `privateKey` when given
  /// (a second identity of the same tool).
  public func configuration(certificate: String? = nil, privateKey: String? = nil)
    -> ClientConfiguration
  {
    ClientConfiguration(
      host: host, port: port,
      tls: .client(
        trustRootsPath: ca, certificateChainPath: certificate ?? cert,
        privateKeyPath: privateKey ?? key),
      serverName: serverName)
  }

  /// `host:port`.
  public var target: String { "\(host):\(port)" }
}
