internal import DomainValues
internal import Foundation
internal import Logging
public import ProtoWire
public import RPC
internal import SamarbeidAPI
public import SamarbeidClient
public import StoreTestSupport
internal import Tenancy
internal import Testing

/// A server with the real services and clients for Oslo, Bergen and IMDi, plus the steps of
/// a grant year as one-line calls.
public struct GrantsFixture: Sendable {
  public let server: ApplicationServer
  public let oslo: GRPCClient
  public let bergen: GRPCClient
  public let oversight: GRPCClient
  public let year = Int32(Calendar(identifier: .gregorian).component(.year, from: Date()))

  /// Runs `body` against a fresh server on `store`.
  public static func with(
    store: StoreKind = TestStores.standard, _ body: (GrantsFixture) async throws -> Void
  ) async throws {
    try await ApplicationServer.with(store: store) { server in
      var logger = Logger(label: "test.grants")
      logger.logLevel = .critical
      func client(_ identity: String) throws -> GRPCClient {
        try GRPCClient(
          configuration: ClientFixture.configuration(port: server.port, identity: identity),
          logger: logger)
      }
      let fixture = GrantsFixture(
        server: server, oslo: try client("kommune-0301"), bergen: try client("kommune-4601"),
        oversight: try client("oversight-imdi"))
      do {
        try await body(fixture)
      } catch {
        await fixture.close()
        throw error
      }
      await fixture.close()
    }
  }

  public func close() async {
    for client in [oslo, bergen, oversight] { await client.close() }
  }

  /// Today, and days from it, as YYYY-MM-DD.
  public func day(_ offset: Int = 0) -> String {
    CivilTime.shift(CivilTime.today(), days: offset) ?? CivilTime.today()
  }
}

extension GRPCClient {
  /// A unary call of the Samarbeid API, with an idempotency key when given.
  public func call<Request: ProtoMessage, Response: ProtoMessage>(
    _ method: UnaryMethod<Request, Response>, _ request: Request,
    as: Response.Type = Response.self,
    key: String? = nil
  ) async throws(RPCError) -> Response {
    var metadata = Metadata()
    if let key { metadata.add("idempotency-key", key) }
    return try await unary(
      method, request: request, responseType: Response.self, metadata: metadata
    ).message
  }
}

/// The outcome of a call that is expected to fail: its status code and message.
public func refusal(_ call: () async throws -> Void) async -> RPCError? {
  do {
    try await call()
    return nil
  } catch let error as RPCError {
    return error
  } catch {
    return RPCError(code: .unknown, message: "\(error)")
  }
}
