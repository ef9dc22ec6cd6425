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

  @Option(help: "Test tenant (kommunenummer) for load-test identities (or SAMARBEID_TENANT).")
  var tenant: String?

  @Option(help: "Seconds each call may take.")
  var timeout = 30.0

  @Flag(help: "Wait for the server to be reachable instead of failing at once.")
  var waitForReady = false

  @Option(name: [.customShort("o"), .long], help: "How to print results.")
  var output: OutputFormat = .table

  @Flag(name: .customLong("json"), help: "Print JSON (the same as --output json).")
  var jsonFlag = false

  /// A configuration the operator must change: said on stderr, exit status 2.
  static func usage(_ error: ClientSettingsError) -> ExitCode {
    FileHandle.standardError.write(Data("samarbeid: \(error.description)\n".utf8))
    return ExitCode(ExitStatus.usage)
  }

  static func exit(for error: RPCError) -> ExitCode {
    FileHandle.standardError.write(
      Data("samarbeid: \(error.code): \(CLIMessages.rewrite(error))\n".utf8))
    return ExitCode(ExitStatus.of(error.code))
  }
}

/// The options of a command that calls the server: ``ConnectionOptions`` for one that only
/// reads, ``ChangeOptions`` (with `--idempotency-key`) for one that changes something.
protocol ServerOptions {
  /// Where the server is, who we are, and how to print.
  var options: ConnectionOptions { get }
  /// The idempotency key of a change (none for reads).
  var idempotencyKey: String? { get }
}

extension ConnectionOptions: ServerOptions {
  var options: ConnectionOptions { self }
  var idempotencyKey: String? { nil }
}

/// The options of a command that changes something: the connection's, and an idempotency
/// key, which only changes take.
struct ChangeOptions: ParsableArguments, ServerOptions {
  @OptionGroup var options: ConnectionOptions

  @Option(help: "Idempotency key of the change: a retry with the same key is applied once.")
  var idempotencyKey: String?
}

extension ServerOptions {
  /// Whether to print JSON.
  var json: Bool { options.jsonFlag || options.output == .json }

  /// How to print.
  var format: OutputFormat { options.jsonFlag ? .json : options.output }

  /// The settings in effect (flags, environment, profile, defaults).
  func settings() async throws -> ClientSettings {
    var extra: [ClientSettings.Key: String] = [:]
    extra[.tenant] = options.tenant
    do {
      return try await options.endpoint.settings(extra: extra)
    } catch let error as ClientSettingsError {
      throw ConnectionOptions.usage(error)
    }
  }

  /// A client for these options, and the metadata every call sends (the tenant, the key).
  func connect() async throws -> (client: GRPCClient, metadata: Metadata) {
    var logger = Logger(label: "samarbeid.cli")
    logger.logLevel = .critical
    do {
      let settings = try await settings()
      var metadata = Metadata()
      if let tenant = settings[.tenant] { metadata.add("samarbeid-tenant", tenant) }
      if let idempotencyKey { metadata.add("idempotency-key", idempotencyKey) }
      return (
        try GRPCClient(configuration: options.endpoint.configuration(settings), logger: logger),
        metadata
      )
    } catch let error as ClientSettingsError {
      throw ConnectionOptions.usage(error)
    } catch let error as TLSError where error.code == .configuration {
      // A certificate, key or CA that cannot be used is the configuration to change: exit 2.
      FileHandle.standardError.write(
        Data(
          "samarbeid: \(error); check --ca, --cert and --key (or the profile's, samarbeid config)\n"
            .utf8))
      throw ExitCode(ExitStatus.usage)
    }
  }

  /// The options of each call.
  var callOptions: CallOptions {
    var call = CallOptions(timeout: .seconds(options.timeout))
    call.waitForReady = options.waitForReady
    return call
  }

  /// Calls `method` once and closes the client; gRPC errors become a message on stderr and
  /// the exit status of ``ExitStatus``.
  func call<Request: ProtoMessage, Response: ProtoMessage>(
    _ method: UnaryMethod<Request, Response>, _ request: Request,
    as: Response.Type = Response.self
  ) async throws -> Response {
    let (client, metadata) = try await connect()
    do {
      let response = try await client.unary(
        method, request: request, responseType: Response.self, metadata: metadata,
        options: callOptions)
      await client.close()
      return response.message
    } catch {
      await client.close()
      throw ConnectionOptions.exit(for: error)
    }
  }

  /// Calls `method` once and prints the response.
  func show<Request: ProtoMessage, Response: ProtoMessage & Presentable>(
    _ method: UnaryMethod<Request, Response>, _ request: Request
  ) async throws {
    Output.object(try await call(method, request).fields, format: format)
  }

  /// Prints what `items` takes from the response of `method`, as rows with `columns`.
  func list<Request: ProtoMessage, Response: ProtoMessage, Item: Presentable>(
    _ method: UnaryMethod<Request, Response>, _ request: Request,
    _ items: (Response) -> [Item], columns: [String]
  ) async throws {
    Output.rows(
      items(try await call(method, request)).map(\.fields), columns: columns, format: format)
  }

  /// Prints a paged list as `paging` asks (one page, or every page), as rows with `columns`;
  /// when more pages exist, says on stderr how to get them.
  func list<Request: PagedRequest, Response: PagedResponse, Item: Presentable>(
    _ method: UnaryMethod<Request, Response>, _ request: Request,
    _ items: (Response) -> [Item], columns: [String], paging: PageOptions
  ) async throws {
    try await list(method, request, items, columns: columns, paging: paging) { $0.fields }
  }

  /// A paged list whose rows `fields` makes of each item.
  func list<Request: PagedRequest, Response: PagedResponse, Item>(
    _ method: UnaryMethod<Request, Response>, _ request: Request,
    _ items: (Response) -> [Item], columns: [String], paging: PageOptions,
    fields: (Item) -> [(String, Any)]
  ) async throws {
    var request = request
    request.pageSize = paging.pageSize
    request.pageToken = paging.pageToken
    let (rows, next) = try await pages(method, request, items, all: paging.all)
    Output.rows(rows.map(fields), columns: columns, format: format)
    if !next.isEmpty {
      FileHandle.standardError.write(
        Data(
          "samarbeid: \(rows.count) shown; there are more: add --page-token \(next) for the next page, or --all for every one\n"
            .utf8))
    }
  }

  /// Every item of a paged list, page after page.
  func all<Request: PagedRequest, Response: PagedResponse, Item>(
    _ method: UnaryMethod<Request, Response>, _ request: Request, _ items: (Response) -> [Item]
  ) async throws -> [Item] {
    try await pages(method, request, items, all: true).items
  }

  /// The items of the page `request` asks for, or of it and every later one; and the token
  /// of the page after them (empty after the last).
  func pages<Request: PagedRequest, Response: PagedResponse, Item>(
    _ method: UnaryMethod<Request, Response>, _ request: Request, _ items: (Response) -> [Item],
    all: Bool
  ) async throws -> (items: [Item], next: String) {
    let (client, metadata) = try await connect()
    var request = request
    var collected: [Item] = []
    do {
      repeat {
        let page = try await client.unary(
          method, request: request, responseType: Response.self, metadata: metadata,
          options: callOptions
        ).message
        collected += items(page)
        request.pageToken = page.nextPageToken
      } while all && !request.pageToken.isEmpty
      await client.close()
      return (collected, request.pageToken)
    } catch {
      await client.close()
      throw ConnectionOptions.exit(for: error)
    }
  }
}
