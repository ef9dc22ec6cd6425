import Foundation
import GRPCServerTransport
import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import StandardServices
import StoreTestSupport
import Testing

/// Which certificates the service accepts, and what it answers the others.
@Suite("Client certificates") struct CertificateTests {
  static func error(_ call: () async throws -> Void) async -> RPCError? {
    do {
      try await call()
      return nil
    } catch let error as RPCError {
      return error
    } catch {
      return RPCError(code: .unknown, message: "\(error)")
    }
  }

  @Test(
    "expired, revoked and foreign-CA certificates fail the handshake",
    arguments: ["expired-kommune-0301", "revoked-kommune-0301", "foreign-kommune-0301"])
  func refusedAtHandshake(identity: String) async throws {
    try await ApplicationServer.with { server in
      try await Clients.with(port: server.port, [identity]) { clients in
        let refusal = await Self.error { _ = try await clients[identity].listOrganisations() }
        #expect(refusal?.code == .unavailable)
        // The server's alert (or its closing the connection) ends the handshake.
        let message = refusal?.message ?? ""
        #expect(message.contains("TLS") || message.contains("closed"), "\(message)")
        // A refused certificate is not a reason to wait: say what to do instead.
        if message.lowercased().contains("certificate") {
          #expect(message.contains("use a valid one") && !message.contains("waitForReady"))
        }
      }
    }
  }

  @Test(
    "a certificate without a URI SAN, or with two, is UNAUTHENTICATED",
    arguments: ["no-uri", "two-uris"])
  func identityRequired(identity: String) async throws {
    try await ApplicationServer.with { server in
      try await Clients.with(port: server.port, [identity]) { clients in
        let refusal = await Self.error { _ = try await clients[identity].listOrganisations() }
        #expect(refusal?.code == .unauthenticated)
        #expect(refusal?.message.contains("exactly one URI SAN") == true)
      }
    }
  }

  @Test("no certificate: health is served, everything else is UNAUTHENTICATED")
  func anonymous() async throws {
    try await ApplicationServer.with { server in
      try await Clients.with(port: server.port, ["anonymous"]) { clients in
        let client = clients["anonymous"]
        let health = try await client.unary(
          HealthService.check, request: HealthCheckRequest(), responseType: HealthCheckResponse.self
        )
        #expect(health.message.status == .serving)
        #expect(
          await Self.error { _ = try await client.listOrganisations() }?.code == .unauthenticated)
        #expect(await Self.error { _ = try await client.tenants() }?.code == .unauthenticated)
        let interop = await Self.error {
          _ = try await client.unary(
            MethodDescriptor(service: "grpc.testing.TestService", method: "EmptyCall"),
            request: Empty(),
            responseType: Empty.self)
        }
        #expect(interop?.code == .unauthenticated)
      }
    }
  }

  @Test("the interop TestService is open to any valid certificate, whatever its identity")
  func interopOpen() async throws {
    try await ApplicationServer.with { server in
      try await Clients.with(port: server.port, ["oversight-imdi", "loadtest", "no-uri"]) {
        clients in
        for identity in ["oversight-imdi", "loadtest", "no-uri"] {
          let response = try await clients[identity].unary(
            MethodDescriptor(service: "grpc.testing.TestService", method: "EmptyCall"),
            request: Empty(),
            responseType: Empty.self)
          #expect(response.message == Empty())
        }
      }
    }
  }

  @Test("an unregistered or deactivated municipality is PERMISSION_DENIED")
  func unregisteredAndDeactivated() async throws {
    try await ApplicationServer.with { server in
      try await Clients.with(port: server.port, ["kommune-5601", "oversight-imdi"]) { clients in
        let alta = clients["kommune-5601"]
        _ = try await alta.listOrganisations()
        let tenant = try #require(
          try await clients["oversight-imdi"].tenants().first { $0.kommunenummer == "5601" })
        var request = DeactivateMunicipalityRequest()
        request.kommunenummer = "5601"
        request.expectedVersion = tenant.version
        let response = try await clients["oversight-imdi"].unary(
          TenantRegistryMethods.deactivateMunicipality, request: request,
          responseType: DeactivateMunicipalityResponse.self)
        #expect(response.message.tenant?.active == false)
        let refusal = await Self.error { _ = try await alta.listOrganisations() }
        #expect(refusal?.code == .permissionDenied)
        #expect(refusal?.message == "kommune 5601 is deactivated")
      }
    }
  }

  @Test("a reloaded revocation list refuses new handshakes and keeps open connections")
  func revocationReload() async throws {
    let crl = FileManager.default.temporaryDirectory.appendingPathComponent("crl-\(UUID()).pem")
    try FileManager.default.copyItem(atPath: TestCertificates.emptyCRLPath, toPath: crl.path)
    defer { try? FileManager.default.removeItem(at: crl) }
    let server = try await ApplicationServer(store: .sqlite, crlPath: crl.path)
    defer { try? FileManager.default.removeItem(at: server.dataDirectory) }
    do {
      try await Clients.with(port: server.port, ["revoked-kommune-0301"]) { clients in
        let revoked = clients["revoked-kommune-0301"]
        // Not yet revoked: served.
        _ = try await revoked.listOrganisations()
        // What SIGHUP does: read the files again.
        try FileManager.default.removeItem(at: crl)
        try FileManager.default.copyItem(atPath: TestCertificates.crlPath, toPath: crl.path)
        try server.server.reloadTLS(server.tls)
        // The open connection goes on.
        _ = try await revoked.listOrganisations()
      }
      // A new connection with the revoked certificate is refused.
      try await Clients.with(port: server.port, ["revoked-kommune-0301", "kommune-0301"]) {
        clients in
        let refusal = await Self.error {
          _ = try await clients["revoked-kommune-0301"].listOrganisations()
        }
        #expect(refusal?.code == .unavailable)
        _ = try await clients["kommune-0301"].listOrganisations()
      }
    } catch {
      await server.stop()
      throw error
    }
    await server.stop()
  }
}

/// The revocation list of the running binary, reloaded on SIGHUP.
@Suite("Certificate reload (samarbeid-server)") struct CertificateReloadTests {
  @Test("SIGHUP reloads the CRL: the revoked certificate's new connections fail, open ones go on")
  func sighup() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: ServerProcess.binary),
      "\(BuiltProducts.missing)"
    )
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reload-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let crl = directory.appendingPathComponent("crl.pem")
    try FileManager.default.copyItem(atPath: TestCertificates.emptyCRLPath, toPath: crl.path)
    try await ServerProcess.with(
      dataDirectory: directory.appendingPathComponent("data"), crlPath: crl.path
    ) {
      server in
      try await Self.reload(server: server, crl: crl)
    }
  }

  static func reload(server: ServerProcess, crl: URL) async throws {
    try await Clients.with(port: server.port, ["revoked-kommune-0301"]) { clients in
      _ = try await clients["revoked-kommune-0301"].listOrganisations()
      try FileManager.default.removeItem(at: crl)
      try FileManager.default.copyItem(atPath: TestCertificates.crlPath, toPath: crl.path)
      server.reload()
      // Bounded wait for the reload (a signal is asynchronous): new handshakes then fail.
      var refused = false
      for _ in 0..<100 where !refused {
        try await Task.sleep(for: .milliseconds(20))
        refused = try await Clients.with(port: server.port, ["revoked-kommune-0301"]) { fresh in
          await CertificateTests.error {
            _ = try await fresh["revoked-kommune-0301"].listOrganisations()
          }?.code
            == .unavailable
        }
      }
      #expect(refused)
      // The connection opened before the reload is still served.
      _ = try await clients["revoked-kommune-0301"].listOrganisations()
    }
  }
}
