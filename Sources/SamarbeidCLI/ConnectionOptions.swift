import ArgumentParser
import Foundation
import Logging
import ProtoWire
import RPC
import SamarbeidClient
import TLS

/// Where the server is, who we are, and how to print.
struct ConnectionOptions: ParsableArguments {
  @Option(help: "Server address.")
  var host = "127.0.0.1"

  @Option(help: "Server port.")
  var port = 8443

  @Option(help: "Name the server certificate must carry.")
  var serverName = "localhost"

  @Option(help: "PEM CA certificates the server is verified against.")
  var ca = "certs/out/ca.pem"

  @Option(help: "PEM client certificate (your identity).")
  var cert = "certs/out/kommune-0301.pem"

  @Option(help: "PEM private key of the client certificate.")
  var key = "certs/out/kommune-0301.key"

  @Option(help: "Test tenant (kommunenummer) for load-test identities.")
  var tenant: String?

  @Option(help: "Idempotency key of a change: a retry with the same key is applied once.")
  var idempotencyKey: String?

  @Option(help: "Seconds each call may take.")
  var timeout = 30.0

  @Flag(help: "Print JSON instead of tables.")
  var json = false

  /// A client for these options.
  func client() throws -> GRPCClient {
    var logger = Logger(label: "samarbeid.cli")
    logger.logLevel = .critical
    let configuration = ClientConfiguration(
      host: host, port: port,
      tls: .client(trustRootsPath: ca, certificateChainPath: cert, privateKeyPath: key),
      serverName: serverName)
    return try GRPCClient(configuration: configuration, logger: logger)
  }

  /// Calls `method` once and closes the client; gRPC errors become a message on stderr and
  /// exit status 1 (2 for bad input, 3 for a rule or state violation, 4 for not found).
  func call<Request: ProtoMessage, Response: ProtoMessage>(
    _ method: UnaryMethod<Request, Response>, _ request: Request,
    as: Response.Type = Response.self
  ) async throws -> Response {
    let client = try client()
    do {
      let response = try await client.unary(
        method, request: request, responseType: Response.self, metadata: metadata(),
        options: CallOptions(timeout: .seconds(timeout)))
      await client.close()
      return response.message
    } catch {
      await client.close()
      throw Self.exit(for: error)
    }
  }

  func metadata() -> Metadata {
    var metadata = Metadata()
    if let tenant { metadata.add("samarbeid-tenant", tenant) }
    if let idempotencyKey { metadata.add("idempotency-key", idempotencyKey) }
    return metadata
  }

  static func exit(for error: RPCError) -> ExitCode {
    FileHandle.standardError.write(Data("samarbeid: \(error.code): \(error.message)\n".utf8))
    switch error.code {
    case .invalidArgument: return ExitCode(2)
    case .failedPrecondition, .aborted, .alreadyExists: return ExitCode(3)
    case .notFound: return ExitCode(4)
    default: return ExitCode(1)
    }
  }
}
