public import ArgumentParser
internal import Foundation
public import SamarbeidClient
internal import TLS

/// The identity a tool uses when the operator names none.
public protocol DefaultIdentity: Sendable {
  /// The certificate's base name in certs/out, e.g. `kommune-0301`.
  static var name: String { get }
}

/// Where the server is and who the client is: the flags every client tool takes (`samarbeid`,
/// `samarbeid-load`), the same names and help in each. A flag not given comes from the
/// environment (`SAMARBEID_ADDRESS`, ...), else from the profile of the configuration file,
/// else from the built-in default (the development certificates in `certs/out`).
public struct ClientConnectionOptions<Identity: DefaultIdentity>: ParsableArguments, Sendable {
  @Option(help: "Profile of the configuration file to use (or SAMARBEID_PROFILE).")
  public var profile: String?

  @Option(
    help: "Configuration file (or SAMARBEID_CONFIG; default ~/.config/samarbeid/config.json).")
  public var config: String?

  @Option(help: "Server as host:port (default 127.0.0.1:8443; or SAMARBEID_ADDRESS).")
  public var address: String?

  @Option(help: "Server host, overriding the address's.")
  public var host: String?

  @Option(help: "Server port, overriding the address's.")
  public var port: Int?

  @Option(help: "Name the server certificate must carry (default localhost).")
  public var serverName: String?

  @Option(help: "PEM CA certificates the server is verified against (or SAMARBEID_CA).")
  public var ca: String?

  @Option(help: "PEM client certificate, your mTLS identity (or SAMARBEID_CERT).")
  public var cert: String?

  @Option(help: "PEM private key of the client certificate (or SAMARBEID_KEY).")
  public var key: String?

  public init() {}

  /// The built-in defaults: the repository's development certificates, from the current
  /// directory.
  public static var defaults: [ClientSettings.Key: String] {
    [
      .address: "127.0.0.1:8443", .serverName: "localhost", .ca: "certs/out/ca.pem",
      .cert: "certs/out/\(Identity.name).pem", .key: "certs/out/\(Identity.name).key",
    ]
  }

  /// The flags given.
  var flags: [ClientSettings.Key: String] {
    var flags: [ClientSettings.Key: String] = [:]
    flags[.address] = address
    flags[.serverName] = serverName
    flags[.ca] = ca
    flags[.cert] = cert
    flags[.key] = key
    return flags
  }

  /// The settings in effect and where each came from; `extra` adds flags of the tool's own
  /// (its `--tenant`).
  public func settings(extra: [ClientSettings.Key: String] = [:]) async throws -> ClientSettings {
    try await ClientSettings.resolve(
      flags: flags.merging(extra) { first, _ in first }, configFlag: config, profileFlag: profile,
      defaults: Self.defaults)
  }

  /// The client configuration for these settings, as `certificate` and `privateKey` when
  /// given (a second identity of the same tool).
  /// - Throws: ``ClientSettingsError`` naming the setting, its value and where it came from,
  ///   when the address does not parse or a file it names does not exist.
  public func configuration(
    _ settings: ClientSettings, certificate: String? = nil, privateKey: String? = nil
  ) throws -> ClientConfiguration {
    let (host, port) = try endpoint(settings)
    for key in [ClientSettings.Key.ca, .cert, .key] {
      guard let setting = settings.values[key] else { continue }
      if key == .cert && certificate != nil || key == .key && privateKey != nil { continue }
      guard FileManager.default.fileExists(atPath: setting.value) else {
        throw ClientSettingsError(
          "no file \(setting.value) for \(key.flag) (from \(setting.source)); "
            + "name one with \(key.flag) or \(key.variable), or a profile "
            + "(samarbeid config init --certs DIR; samarbeid config shows what is in effect)")
      }
    }
    return ClientConfiguration(
      host: host, port: port,
      tls: .client(
        trustRootsPath: settings[.ca] ?? "",
        certificateChainPath: certificate ?? settings[.cert]
          ?? "", privateKeyPath: privateKey ?? settings[.key] ?? ""),
      serverName: settings[.serverName] ?? "localhost")
  }

  /// The host and port: `--host` and `--port` over the address in effect.
  public func endpoint(_ settings: ClientSettings) throws -> (host: String, port: Int) {
    let address = settings.values[.address] ?? .init(value: "127.0.0.1:8443", source: "default")
    guard let colon = address.value.lastIndex(of: ":"),
      let parsedPort = Int(address.value[address.value.index(after: colon)...]),
      (1...65_535).contains(parsedPort), colon > address.value.startIndex
    else {
      throw ClientSettingsError(
        "the address \"\(address.value)\" (from \(address.source)) is not host:port, "
          + "e.g. 127.0.0.1:8443")
    }
    var parsedHost = String(address.value[..<colon])
    if parsedHost.hasPrefix("["), parsedHost.hasSuffix("]") {
      parsedHost = String(parsedHost.dropFirst().dropLast())
    }
    return (host ?? parsedHost, port ?? parsedPort)
  }
}
