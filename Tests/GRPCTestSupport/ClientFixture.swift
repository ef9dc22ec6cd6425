import Logging
import RPC
public import SamarbeidClient
import TLS
import ZlibCompression

/// Clients of the test servers, with a development identity.
public enum ClientFixture {
  /// A configuration for 127.0.0.1:`port` presenting `identity`, verifying the server as
  /// `localhost`, with gzip and deflate.
  public static func configuration(
    port: Int, identity: String? = "kommune-0301", serverName: String = "localhost"
  ) -> ClientConfiguration {
    let tls = TLSConfiguration.client(
      trustRootsPath: TestCertificates.caPath,
      certificateChainPath: identity.map { TestCertificates.certificatePath($0) },
      privateKeyPath: identity.map { TestCertificates.keyPath($0) }
    )
    var configuration = ClientConfiguration(
      host: "127.0.0.1", port: port, tls: tls, serverName: serverName)
    configuration.compression = CompressionRegistry([ZlibCompressor.gzip, ZlibCompressor.deflate])
    configuration.reconnectBackoff = .milliseconds(20)
    configuration.maxReconnectBackoff = .milliseconds(200)
    return configuration
  }

  /// Runs `body` with a client and always closes it.
  public static func with<Result>(
    _ configuration: ClientConfiguration,
    _ body: (GRPCClient) async throws -> Result
  ) async throws -> Result {
    var logger = Logger(label: "test.client")
    logger.logLevel = .critical
    let client = try GRPCClient(configuration: configuration, logger: logger)
    do {
      let result = try await body(client)
      await client.close()
      return result
    } catch {
      await client.close()
      throw error
    }
  }

  /// Runs `body` with a client of 127.0.0.1:`port`.
  public static func with<Result>(port: Int, _ body: (GRPCClient) async throws -> Result)
    async throws
    -> Result
  {
    try await with(configuration(port: port), body)
  }
}

extension ClientConfiguration {
  /// This configuration changed by `change`.
  public func with(_ change: (inout Self) -> Void) -> Self {
    var copy = self
    change(&copy)
    return copy
  }
}
