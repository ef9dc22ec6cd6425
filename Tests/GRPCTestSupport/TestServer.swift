public import GRPCServerTransport
import HTTP2
import Logging
import RPC
import StandardServices
public import TLS
import ZlibCompression

/// A samarbeid gRPC server in the test process on 127.0.0.1 and a free port.
public final class TestServer: Sendable {
  public let server: GRPCServer
  public let probe: ProbeService
  public var port: Int { server.port }

  public init(
    threads: Int = 1,
    clientCertificates: TLSConfiguration.ClientCertificates = .optional,
    configure: (inout GRPCServer.Configuration) -> Void = { _ in }
  ) throws {
    let tls = TLSConfiguration.server(
      certificateChainPath: TestCertificates.serverCertificatePath,
      privateKeyPath: TestCertificates.serverKeyPath,
      trustRootsPath: TestCertificates.caPath,
      clientCertificates: clientCertificates
    )
    var configuration = GRPCServer.Configuration(
      host: "127.0.0.1", port: 0, threads: threads, tls: tls)
    configuration.rpc.compression = CompressionRegistry([
      ZlibCompressor.gzip, ZlibCompressor.deflate,
    ])
    configure(&configuration)
    probe = ProbeService()
    var logger = Logger(label: "test.server")
    logger.logLevel = .critical
    server = try GRPCServer(
      configuration: configuration,
      services: [HealthService(), TestService(), probe],
      logger: logger
    )
    server.start()
  }

  public func stop() async { await server.shutdownGracefully() }

  /// Runs `body` with a started server and always shuts it down.
  public static func with<Result>(
    threads: Int = 1,
    clientCertificates: TLSConfiguration.ClientCertificates = .optional,
    configure: (inout GRPCServer.Configuration) -> Void = { _ in },
    _ body: (TestServer) async throws -> Result
  ) async throws -> Result {
    let server = try TestServer(
      threads: threads, clientCertificates: clientCertificates, configure: configure)
    do {
      let result = try await body(server)
      await server.stop()
      return result
    } catch {
      await server.stop()
      throw error
    }
  }
}
