import ArgumentParser
import ClientOptions
import Foundation
import Logging
import ProtoWire
import RPC
import SamarbeidClient
import TLS

/// A municipality's identity (Oslo's development certificate) unless `--cert` names another.
enum MunicipalityIdentity: DefaultIdentity {
  static var name: String { "kommune-0301" }
}

/// Where the server is, who we are, and how to print.
struct ConnectionOptions: ParsableArguments {
  @OptionGroup var endpoint: ClientConnectionOptions<MunicipalityIdentity>

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
    return try GRPCClient(configuration: endpoint.configuration(), logger: logger)
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

  /// Calls `method` once and prints the response.
  func show<Request: ProtoMessage, Response: ProtoMessage & Presentable>(
    _ method: UnaryMethod<Request, Response>, _ request: Request
  ) async throws {
    Output.object(try await call(method, request).fields, json: json)
  }

  /// Prints what `items` takes from the response of `method`, as rows with `columns`.
  func list<Request: ProtoMessage, Response: ProtoMessage, Item: Presentable>(
    _ method: UnaryMethod<Request, Response>, _ request: Request,
    _ items: (Response) -> [Item], columns: [String]
  ) async throws {
    Output.rows(items(try await call(method, request)).map(\.fields), columns: columns, json: json)
  }

  /// Prints every item of a paged list (page after page; the first `limit` when given), as
  /// rows with `columns`.
  func list<Request: PagedRequest, Response: PagedResponse, Item: Presentable>(
    _ method: UnaryMethod<Request, Response>, _ request: Request,
    _ items: (Response) -> [Item], columns: [String], limit: Int? = nil
  ) async throws {
    Output.rows(
      try await all(method, request, items, limit: limit).map(\.fields), columns: columns,
      json: json)
  }

  /// Every item of a paged list, page after page (the first `limit` when given).
  func all<Request: PagedRequest, Response: PagedResponse, Item>(
    _ method: UnaryMethod<Request, Response>, _ request: Request, _ items: (Response) -> [Item],
    limit: Int? = nil
  ) async throws -> [Item] {
    let client = try client()
    do {
      let all = try await client.all(
        method, request, items: items, limit: limit, metadata: metadata(),
        options: CallOptions(timeout: .seconds(timeout)))
      await client.close()
      return all
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
