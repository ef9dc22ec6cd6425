public import RPC
public import SamarbeidClient
internal import StandardServices

/// One kind of work the harness sends: a named RPC with its request and checked answer, or
/// a workflow of several RPCs (a grant from organisation to payment) whose every RPC is
/// timed on its own.
public protocol LoadScenario: Sendable {
  /// The name used in `--mix` and in reports.
  var name: String { get }
  /// Makes one call.
  /// - Throws: ``RPCError`` with the status of a call that did not succeed, or INTERNAL
  ///   when the answer is not what the scenario expects.
  func perform(on client: GRPCClient, options: CallOptions) async throws(RPCError)
  /// One unit of work by `worker`; what each RPC took. A single-RPC scenario times
  /// ``perform(on:options:)``.
  func run(on client: GRPCClient, options: CallOptions, worker: Int) async -> [LoadStep]
  /// Set-up before the run (data the work needs).
  func prepare(client: GRPCClient) async throws
  /// After the run: the scenario's own books against the server.
  func verify(client: GRPCClient) async throws -> LoadBooks?
}

/// What one RPC of a unit of work took, and how it ended.
public struct LoadStep: Sendable {
  public var name: String
  public var microseconds: UInt64
  public var error: RPCError?

  public init(name: String, microseconds: UInt64, error: RPCError?) {
    self.name = name
    self.microseconds = microseconds
    self.error = error
  }

  /// Times `body` as the step `name`.
  public static func time(_ name: String, _ body: () async throws(RPCError) -> Void) async
    -> LoadStep
  {
    let start = ContinuousClock.now
    var failure: RPCError?
    do throws(RPCError) {
      try await body()
    } catch {
      failure = error
    }
    return LoadStep(
      name: name, microseconds: UInt64(max(0, (ContinuousClock.now - start) / .microseconds(1))),
      error: failure)
  }
}

extension LoadScenario {
  public func run(on client: GRPCClient, options: CallOptions, worker: Int) async -> [LoadStep] {
    [
      await LoadStep.time(name) { () throws(RPCError) in
        try await perform(on: client, options: options)
      }
    ]
  }

  public func prepare(client: GRPCClient) async throws {}

  public func verify(client: GRPCClient) async throws -> LoadBooks? { nil }
}

/// The scenarios the harness knows.
public enum LoadScenarios {
  /// The scenarios by name, for requests whose payloads are `payloadSize` bytes.
  public static func builtIn(payloadSize: Int) -> [String: any LoadScenario] {
    let scenarios: [any LoadScenario] = [
      EmptyCallScenario(), UnaryCallScenario(payloadSize: payloadSize), HealthCheckScenario(),
    ]
    return Dictionary(uniqueKeysWithValues: scenarios.map { ($0.name, $0) })
  }
}

/// `grpc.testing.TestService/EmptyCall`: the cost of an RPC itself.
struct EmptyCallScenario: LoadScenario {
  static let method = MethodDescriptor(service: "grpc.testing.TestService", method: "EmptyCall")
  var name: String { "empty" }

  func perform(on client: GRPCClient, options: CallOptions) async throws(RPCError) {
    _ = try await client.unary(
      Self.method, request: Empty(), responseType: Empty.self, options: options)
  }
}

/// `grpc.testing.TestService/UnaryCall` with a request payload and a response of the same
/// size.
struct UnaryCallScenario: LoadScenario {
  static let method = MethodDescriptor(service: "grpc.testing.TestService", method: "UnaryCall")
  let request: SimpleRequest
  let payloadSize: Int
  var name: String { "unary" }

  init(payloadSize: Int) {
    var request = SimpleRequest()
    request.responseSize = Int32(clamping: payloadSize)
    request.payload = Payload(body: [UInt8](repeating: 0, count: payloadSize))
    self.request = request
    self.payloadSize = payloadSize
  }

  func perform(on client: GRPCClient, options: CallOptions) async throws(RPCError) {
    let response = try await client.unary(
      Self.method, request: request, responseType: SimpleResponse.self, options: options)
    let size = response.message.payload?.body.count ?? 0
    guard size == payloadSize else {
      throw RPCError(
        code: .internal, message: "UnaryCall answered \(size) bytes, asked for \(payloadSize)")
    }
  }
}

/// `grpc.health.v1.Health/Check` for the whole server.
struct HealthCheckScenario: LoadScenario {
  var name: String { "health" }

  func perform(on client: GRPCClient, options: CallOptions) async throws(RPCError) {
    let response = try await client.unary(
      HealthService.check, request: HealthCheckRequest(), responseType: HealthCheckResponse.self,
      options: options)
    guard case .serving = response.message.status else {
      throw RPCError(code: .unavailable, message: "the server reports \(response.message.status)")
    }
  }
}
