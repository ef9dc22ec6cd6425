public import Foundation
public import GRPCServerTransport
import Logging
import RPC
public import SamarbeidApp
public import StoreTestSupport
public import TLS
public import Tenancy
import ZlibCompression

/// Samarbeid's real services (tenancy, registry, organisations, audit) in the test process,
/// over TLS with the development CA and CRL, on 127.0.0.1 and a free port, with the tenants
/// of certs/tenants.txt registered in a temporary data directory.
public final class ApplicationServer: Sendable {
  public let server: GRPCServer
  public let application: SamarbeidApplication
  /// The SQLite directory (on PostgreSQL: a directory the test may use for its own files).
  public let dataDirectory: URL
  /// The PostgreSQL database, when the server runs on one.
  public let place: TestStorePlace?
  public let tls: TLSConfiguration
  public var port: Int { server.port }

  /// Starts a server on `dataDirectory` (a new temporary one by default), or on a fresh
  /// database when `store` is PostgreSQL, checking `crlPath`, with `limits` per tenant.
  public init(
    dataDirectory: URL? = nil, store: StoreKind = TestStores.standard,
    crlPath: String = TestCertificates.crlPath, limits: TenantLimits = TenantLimits(),
    modules: [any DomainModule.Type] = SamarbeidApplication.modules
  ) async throws {
    let directory =
      dataDirectory
      ?? FileManager.default.temporaryDirectory.appendingPathComponent("samarbeid-\(UUID())")
    self.dataDirectory = directory
    var logger = Logger(label: "test.application")
    logger.logLevel = .critical
    let location: StoreLocation
    switch store {
    case .sqlite:
      place = nil
      location = .sqlite(directory: directory.path)
    case .postgres:
      let template =
        ApplicationTemplate.fits(modules) ? try await ApplicationTemplate.database : nil
      let place = try await TestStores.fresh(.postgres, template: template)
      self.place = place
      location = place.storeLocation
    }
    application = try await SamarbeidApplication(
      store: location, tenantsFile: TestCertificates.tenantsFilePath, limits: limits,
      modules: modules, logger: logger)
    var tls = TLSConfiguration.server(
      certificateChainPath: TestCertificates.serverCertificatePath,
      privateKeyPath: TestCertificates.serverKeyPath,
      trustRootsPath: TestCertificates.caPath,
      clientCertificates: .optional
    )
    tls.crlPath = crlPath
    self.tls = tls
    var configuration = GRPCServer.Configuration(host: "127.0.0.1", port: 0, threads: 2, tls: tls)
    configuration.rpc.compression = CompressionRegistry([ZlibCompressor.gzip])
    configuration.rpc.longLivedMethods = application.longLivedMethods
    server = try GRPCServer(
      configuration: configuration, services: application.services,
      interceptors: [application.interceptor],
      logger: logger)
    server.start()
  }

  /// Stops serving and closes the databases (the directory or database stays).
  public func stop() async {
    await server.shutdownGracefully()
    await application.close()
  }

  /// Removes the data: the directory, and the database on PostgreSQL.
  public func removeData() async {
    try? FileManager.default.removeItem(at: dataDirectory)
    await place?.remove()
  }

  /// Runs `body` with a started server on `store`, then stops it and removes its data.
  public static func with<Result>(
    store: StoreKind = TestStores.standard,
    limits: TenantLimits = TenantLimits(),
    modules: [any DomainModule.Type] = SamarbeidApplication.modules,
    _ body: (ApplicationServer) async throws -> Result
  ) async throws -> Result {
    let server = try await ApplicationServer(store: store, limits: limits, modules: modules)
    do {
      let result = try await body(server)
      await server.stop()
      await server.removeData()
      return result
    } catch {
      await server.stop()
      await server.removeData()
      throw error
    }
  }
}
