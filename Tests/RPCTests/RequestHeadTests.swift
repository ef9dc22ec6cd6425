import Logging
import RPC
import Testing
import ZlibCompression

@Suite("Request headers checked against the gRPC protocol")
struct RequestHeadTests {
  let compression = CompressionRegistry([ZlibCompressor.gzip])

  func parse(_ extra: [(String, String)] = [], replacing: [String: String] = [:], size: Int = 100)
    -> Result<RequestHead, RequestRejection>
  {
    var headers: [(name: String, value: String)] = [
      (":method", "POST"), (":scheme", "https"), (":path", "/pkg.Svc/Do"),
      (":authority", "localhost"),
      ("content-type", "application/grpc"), ("te", "trailers"),
    ]
    headers = headers.map { (name: $0.name, value: replacing[$0.name] ?? $0.value) }
    headers += extra.map { (name: $0.0, value: $0.1) }
    return RequestHead.parse(
      headers, headerListSize: size, maxHeaderListSize: 16_384, compression: compression)
  }

  @Test("a valid request yields its method, timeout, encodings and metadata")
  func valid() throws {
    let head = try parse([
      ("grpc-timeout", "5S"), ("grpc-encoding", "gzip"), ("grpc-accept-encoding", "gzip, deflate"),
      ("x-tenant", "0301"),
    ]).get()
    #expect(head.path == "/pkg.Svc/Do")
    #expect(head.timeout == .seconds(5))
    #expect(head.encoding == "gzip")
    #expect(head.acceptEncodings == ["gzip", "deflate"])
    #expect(head.metadata[stringValues: "x-tenant"] == ["0301"])
    #expect(head.metadata["te"].isEmpty, "protocol headers are not metadata")
  }

  @Test(
    "content types",
    arguments: [
      ("application/grpc", true), ("application/grpc+proto", true),
      ("application/grpc;charset=utf-8", true),
      ("application/grpcx", false), ("application/json", false), ("text/plain", false),
    ]
  )
  func contentTypes(value: String, accepted: Bool) {
    switch parse(replacing: ["content-type": value]) {
    case .success: #expect(accepted)
    case .failure(let rejection):
      #expect(!accepted)
      #expect(rejection.httpStatus == 415)
    }
  }

  @Test("a method other than POST is 405")
  func method() {
    guard case .failure(let rejection) = parse(replacing: [":method": "GET"]) else {
      Issue.record("accepted")
      return
    }
    #expect(rejection.httpStatus == 405)
  }

  @Test(
    "a path that is not /service/method routes to UNIMPLEMENTED and says so",
    arguments: ["/", "/onlyservice", "//m", "/a/b/c", "nopath"]
  )
  func paths(path: String) throws {
    let server = RPCServer(services: [], logger: Logger(label: "test"))
    let head = try parse(replacing: [":path": path]).get()
    guard case .failure(let rejection) = server.route(head) else {
      Issue.record("routed \(path)")
      return
    }
    #expect(rejection.status.code == .unimplemented)
    #expect(rejection.status.message.contains("is not /package.Service/Method"))
  }

  @Test("identity encoding is no encoding; unknown encodings are UNIMPLEMENTED with the list")
  func encodings() throws {
    #expect(try parse([("grpc-encoding", "identity")]).get().encoding == nil)
    guard case .failure(let rejection) = parse([("grpc-encoding", "br")]) else {
      Issue.record("accepted br")
      return
    }
    #expect(rejection.status.code == .unimplemented)
    #expect(
      rejection.headers.contains {
        $0.name == "grpc-accept-encoding" && $0.value == "identity,gzip"
      })
  }

  @Test("a header list over the limit is RESOURCE_EXHAUSTED and says the limit")
  func headerListSize() {
    guard case .failure(let rejection) = parse(size: 20_000) else {
      Issue.record("accepted")
      return
    }
    #expect(rejection.status.code == .resourceExhausted)
    #expect(rejection.status.message.contains("16384"))
  }
}
