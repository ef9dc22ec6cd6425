import ArgumentParser
import Dispatch
import Foundation
import GRPCServerTransport
import HTTP2
import Logging
import RPC
import SamarbeidApp
import StandardServices
import Storage
import TLS
import Tenancy
import ZlibCompression

/// `samarbeid-server`: the Samarbeid gRPC service over TLS and HTTP/2.
@main
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "samarbeid-server",
    abstract: "Serve Samarbeid over gRPC (TLS, HTTP/2).",
    version: ProductVersion.current
  )

  @Option(help: "Numeric address to listen on.")
  var host = "127.0.0.1"

  @Option(help: "Port to listen on (0 picks a free one).")
  var port = 8443

  @Option(help: "PEM certificate chain of the server.")
  var cert = "certs/out/server.pem"

  @Option(help: "PEM private key of the server.")
  var key = "certs/out/server.key"

  @Option(help: "PEM CA certificates: client certificates are verified against them.")
  var ca: String?

  @Option(
    help:
      "PEM certificate revocation list of the CA: listed client certificates are refused (reloaded on SIGHUP)."
  )
  var crl: String?

  @Flag(help: "Refuse clients without a certificate (needs --ca).")
  var requireClientCertificate = false

  @Option(help: "Event-loop threads (default: one per core).")
  var threads = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Connections served at once.")
  var maxConnections = 10_000

  @Option(help: "Connections one client certificate (its identity) may hold; 0: no limit.")
  var maxConnectionsPerIdentity = 1000

  @Option(help: "Connections one address without a client certificate may hold; 0: no limit.")
  var maxConnectionsPerAddress = 256

  @Option(help: "SETTINGS_MAX_CONCURRENT_STREAMS per connection.")
  var maxConcurrentStreams = 100

  @Option(help: "Largest request message in bytes.")
  var maxReceiveMessageSize = 4 * 1024 * 1024

  @Option(help: "Largest request header list in bytes (name + value + 32 per field).")
  var maxHeaderListSize = 16 * 1024

  @Option(help: "Seconds a connection may stay without streams.")
  var idleTimeout = 300

  @Option(help: "Seconds running RPCs get to finish at shutdown.")
  var shutdownGrace = 10

  @Option(
    help:
      "Directory of the databases: registry.sqlite and tenants/<id>.sqlite (created if missing).")
  var dataDir = "data"

  @Option(
    help: ArgumentHelp(
      "Where the data lives: sqlite:DIR (the default, same as --data-dir) or a libpq connection string (postgres://USER@HOST[:PORT][,HOST2...]/DATABASE[?sslmode=...&target_session_attrs=read-write], or key=value pairs).",
      discussion:
        "PostgreSQL's password comes from PGPASSWORD, --store-password-file or ~/.pgpass, never from a flag or the string.",
      valueName: "location"))
  var store: String?

  @Option(help: "Connections to PostgreSQL this server keeps (1 to 256).")
  var storeConnections = 8

  @Option(help: "A file holding PostgreSQL's password (its first line); else PGPASSWORD.")
  var storePasswordFile: String?

  @Option(
    help: "Calls of one municipality (or IMDi) running at once; more wait their turn (0: no limit)."
  )
  var tenantMaxConcurrentCalls = TenantLimits().maxConcurrentCalls

  @Option(
    help:
      "Calls running at once on the whole server; when all run, the municipality with the fewest running goes next (0: no limit)."
  )
  var maxConcurrentCalls = TenantLimits().maxConcurrentCallsTotal

  @Option(help: "Calls of one municipality waiting for a turn; more are refused (0: no limit).")
  var tenantMaxQueuedCalls = TenantLimits().maxQueuedCalls

  @Option(help: "Calls one municipality may start per second; more are refused (0: no limit).")
  var tenantCallsPerSecond = TenantLimits().callsPerSecond

  @Option(help: "Change feeds one municipality may hold open (0: no limit).")
  var tenantMaxWatches = TenantLimits().maxWatches

  @Option(
    help: ArgumentHelp(
      "A municipality's own call rate instead of --tenant-calls-per-second (repeatable).",
      valueName: "kommunenummer=calls-per-second"))
  var tenantQuota: [String] = []

  @Option(
    help:
      "Register the municipalities listed here (<kommunenummer> <name> [test]) that are missing.")
  var tenantsFile: String?

  @Option(
    help:
      "Seconds after which a connection is shut down gracefully (GOAWAY max_age, ±10 %), so that clients move to new replicas; none: never."
  )
  var maxConnectionAge: Int?

  @Option(help: "Seconds an aged connection's running RPCs may take before it closes.")
  var maxConnectionAgeGrace = 10

  @Option(help: "Numeric address of the admin listener (/metrics, /healthz, /readyz).")
  var adminHost = "127.0.0.1"

  @Option(help: "Port of the admin listener, plain HTTP (0 picks a free one; none: off).")
  var adminPort: Int?

  @Option(
    help:
      "A JSON file of limits over the flags' (tenant-calls-per-second, tenant-quota, max-connections-per-identity, ...), read again on SIGHUP."
  )
  var limitsFile: String?

  @Option(help: "The least severe log messages written.")
  var logLevel = LogLevel.info

  @Option(help: "Log lines as text, or as JSON objects for log shippers.")
  var logFormat = LogFormat.text

  @Option(
    help: ArgumentHelp(
      "One log line per RPC (method, status, duration, bytes, peer, caller): on or off.",
      valueName: "on|off"))
  var accessLog = Switch.on

  func validate() throws {
    if let maxConnectionAge, maxConnectionAge < 1 {
      throw ValidationError("--max-connection-age is at least 1 second, not \(maxConnectionAge)")
    }
    guard maxConnectionAgeGrace >= 0 else {
      throw ValidationError("--max-connection-age-grace is 0 or more seconds")
    }
    if let adminPort, !(0...65_535).contains(adminPort) {
      throw ValidationError("--admin-port is 0 to 65535, not \(adminPort)")
    }
    guard maxConnectionsPerIdentity >= 0, maxConnectionsPerAddress >= 0 else {
      throw ValidationError(
        "--max-connections-per-identity and --max-connections-per-address are 0 (no limit) or more")
    }
  }

  /// Where the data lives, as --store (or --data-dir) says.
  func storeLocation() throws -> StoreLocation {
    var password = ProcessInfo.processInfo.environment["PGPASSWORD"]
    if let storePasswordFile {
      guard let text = try? String(contentsOfFile: storePasswordFile, encoding: .utf8) else {
        throw ValidationError("--store-password-file \(storePasswordFile) cannot be read")
      }
      password = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(
        String.init)
    }
    do {
      return try StoreLocation(
        parsing: store ?? "sqlite:\(dataDir)", password: password, connections: storeConnections)
    } catch {
      throw ValidationError(error.message)
    }
  }

  /// The changeable limits as the flags set them.
  func limitsFromFlags() throws -> ServerLimits {
    var limits = ServerLimits()
    limits.tenants.maxConcurrentCalls = tenantMaxConcurrentCalls
    limits.tenants.maxConcurrentCallsTotal = maxConcurrentCalls
    limits.tenants.maxQueuedCalls = tenantMaxQueuedCalls
    limits.tenants.callsPerSecond = tenantCallsPerSecond
    limits.tenants.maxWatches = tenantMaxWatches
    for quota in tenantQuota {
      let parts = quota.split(separator: "=")
      guard parts.count == 2, let rate = Int(parts[1]), rate >= 0 else {
        throw ValidationError(
          "--tenant-quota takes kommunenummer=calls-per-second, e.g. 0301=2000, not \(quota)")
      }
      limits.quotas[String(parts[0])] = rate
    }
    limits.connectionsPerIdentity = maxConnectionsPerIdentity > 0 ? maxConnectionsPerIdentity : nil
    limits.connectionsPerAddress = maxConnectionsPerAddress > 0 ? maxConnectionsPerAddress : nil
    return limits
  }

  func run() async throws {
    signal(SIGPIPE, SIG_IGN)
    Socket.tuneAllocatorForServer()
    let level = logLevel.level
    let format = logFormat
    LoggingSystem.bootstrap { label in
      ServerLogHandler(label: label, format: format, level: level)
    }
    defer { LogOutput.shared.flush() }
    let logger = Logger(label: "samarbeid.server")
    if requireClientCertificate && ca == nil {
      throw ValidationError("--require-client-certificate needs --ca")
    }
    if crl != nil && ca == nil { throw ValidationError("--crl needs --ca") }
    var tls = TLSConfiguration.server(
      certificateChainPath: cert,
      privateKeyPath: key,
      trustRootsPath: ca,
      clientCertificates: ca == nil ? .none : (requireClientCertificate ? .required : .optional)
    )
    tls.crlPath = crl
    var configuration = GRPCServer.Configuration(host: host, port: port, threads: threads, tls: tls)
    configuration.maxConnections = maxConnections
    configuration.connection.settings.maxConcurrentStreams = maxConcurrentStreams
    configuration.connection.settings.maxHeaderListSize = maxHeaderListSize
    configuration.connection.idleTimeout = .seconds(idleTimeout)
    configuration.connection.shutdownGracePeriod = .seconds(shutdownGrace)
    configuration.connection.maxConnectionAge = maxConnectionAge.map { .seconds($0) }
    configuration.connection.maxConnectionAgeGrace = .seconds(maxConnectionAgeGrace)
    configuration.rpc.maxReceiveMessageSize = maxReceiveMessageSize
    let registry = adminPort.map { _ in MetricsScrape.bootstrap() }
    if registry != nil { configuration.rpc.observers.append(RPCMetrics()) }
    if accessLog == .on {
      configuration.rpc.observers.append(AccessLog(logger: Logger(label: "samarbeid.access")))
    }
    configuration.rpc.compression = CompressionRegistry([
      ZlibCompressor.gzip, ZlibCompressor.deflate,
    ])

    let flagLimits = try limitsFromFlags()
    var limits = flagLimits
    if let limitsFile {
      do {
        limits = try flagLimits.overridden(by: limitsFile)
      } catch let error as ServerLimitsError {
        throw ValidationError(error.description)
      }
    }
    configuration.maxConnectionsPerIdentity = limits.connectionsPerIdentity
    configuration.maxConnectionsPerAddress = limits.connectionsPerAddress
    let application = try await SamarbeidApplication(
      store: try storeLocation(), tenantsFile: tenantsFile, limits: limits.tenants,
      quotas: limits.quotas, logger: logger)
    configuration.rpc.longLivedMethods = application.longLivedMethods
    if ca == nil {
      logger.warning("No --ca: clients cannot authenticate, so only health checks will be served")
    }
    let server = try GRPCServer(
      configuration: configuration,
      services: application.services,
      interceptors: [application.interceptor],
      logger: logger
    )
    let health = application.health
    let admin = try registry.map { registry in
      let scrape = MetricsScrape(registry: registry, server: server, stores: application.stores)
      return try AdminServer(host: adminHost, port: adminPort ?? 0) { scrape.render() }
    }
    admin?.start()
    server.start()
    admin?.setReady(true)
    // A database that goes away: NOT_SERVING and /readyz 503 until it is back.
    let storeWatch = application.watchStore(logger: logger) { reachable in
      admin?.setReady(reachable)
    }
    let clientCertificates =
      ca == nil ? "off" : (requireClientCertificate ? "required" : "verified if sent")
    // One line, unbuffered, that scripts and tests wait for.
    FileHandle.standardOutput.write(
      Data(
        ("samarbeid-server ready on \(host):\(server.port) (threads \(threads), TLS 1.2+ h2, "
          + "client certificates \(clientCertificates)"
          + (admin.map { ", admin http://\(adminHost):\($0.port)" } ?? "") + ")\n").utf8
      )
    )

    let signals = SignalWaiter(signals: [SIGTERM, SIGINT, SIGHUP])
    for await received in signals.stream {
      if received == SIGHUP {
        do {
          try server.reloadTLS(tls)
          logger.info("Reloaded TLS certificates")
        } catch {
          logger.error(
            "TLS reload failed; keeping the old certificates", metadata: ["error": "\(error)"])
        }
        if let limitsFile {
          do {
            let reloaded = try flagLimits.overridden(by: limitsFile)
            try application.applyLimits(reloaded.tenants, quotas: reloaded.quotas)
            server.admission.setLimits(
              perIdentity: reloaded.connectionsPerIdentity,
              perAddress: reloaded.connectionsPerAddress)
            let changes = reloaded.changes(from: limits)
            limits = reloaded
            logger.info(
              "Reloaded limits",
              metadata: [
                "changed": "\(changes.isEmpty ? "nothing" : changes.joined(separator: "; "))"
              ])
          } catch {
            logger.error(
              "Limits reload failed; keeping the limits in force", metadata: ["error": "\(error)"])
          }
        }
        continue
      }
      logger.info("Shutting down", metadata: ["signal": "\(received)"])
      storeWatch.cancel()
      admin?.setReady(false)
      health.shutDown()
      await server.shutdownGracefully()
      await application.close()
      logger.info("Stopped")
      // One line for operators and tests: did any defence against abusive peers fire?
      let fired = server.defences.snapshot.sorted { $0.key.rawValue < $1.key.rawValue }
        .map { "\($0.key.rawValue) \($0.value)" }
      FileHandle.standardOutput.write(
        Data(
          "samarbeid-server stopped (defences fired: \(fired.isEmpty ? "none" : fired.joined(separator: ", ")))\n"
            .utf8))
      return
    }
  }
}

/// A log level as the command line names it; anything else is refused with the list.
enum LogLevel: String, CaseIterable, ExpressibleByArgument {
  case trace, debug, info, notice, warning, error, critical

  var level: Logger.Level { Logger.Level(rawValue: rawValue) ?? .info }
}

/// How log lines are written.
enum LogFormat: String, CaseIterable, ExpressibleByArgument {
  case text, json
}

/// A feature turned on or off.
enum Switch: String, CaseIterable, ExpressibleByArgument {
  case on, off
}
