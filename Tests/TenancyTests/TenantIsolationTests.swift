import DomainValues
import GRPCTestSupport
import ProtoWire
import RPC
import SamarbeidAPI
import SamarbeidApp
import SamarbeidClient
import StandardServices
import Tenancy
import Testing

/// Isolation seen from outside: real certificates for two municipalities and the oversight
/// client, over TLS, against the real services.
@Suite("Tenant isolation") struct TenantIsolationTests {
  static func code(_ call: () async throws -> Void) async -> Status.Code? {
    do {
      try await call()
      return nil
    } catch let error as RPCError {
      return error.code
    } catch {
      return .unknown
    }
  }

  @Test("a municipality creates, reads, lists and updates its own organisations")
  func ownRecords() async throws {
    try await ApplicationServer.with { server in
      try await Clients.with(port: server.port, ["kommune-0301"]) { clients in
        let oslo = clients["kommune-0301"]
        let created = try await oslo.createOrganisation(Sample.organisation(1))
        // Opaque: a kind prefix and 26 characters that name neither tenant nor sequence.
        #expect(created.id.hasPrefix("org_") && created.id.count == 30)
        #expect(created.version == 1)
        #expect(try await oslo.getOrganisation(created.id) == created)
        var changed = created
        changed.name = "Nytt navn"
        let updated = try await oslo.updateOrganisation(changed, expectedVersion: 1)
        #expect(updated.version == 2)
        #expect(updated.name == "Nytt navn")
        #expect(try await oslo.listOrganisations().organisations == [updated])
        // A stale version changes nothing.
        changed.name = "Tapt oppdatering"
        #expect(
          await Self.code { _ = try await oslo.updateOrganisation(changed, expectedVersion: 1) }
            == .aborted)
        #expect(try await oslo.getOrganisation(created.id).name == "Nytt navn")
      }
    }
  }

  @Test("neither municipality can read, list, update or guess the other's records")
  func crossTenant() async throws {
    try await ApplicationServer.with { server in
      try await Clients.with(port: server.port, ["kommune-0301", "kommune-4601", "oversight-imdi"])
      { clients in
        let oslo = clients["kommune-0301"]
        let bergen = clients["kommune-4601"]
        let osloRecord = try await oslo.createOrganisation(Sample.organisation(1))
        let bergenRecord = try await bergen.createOrganisation(
          Sample.organisation(2, kommune: "4601"))

        // Read: NOT_FOUND, with the message a record that never existed gets.
        let foreign = await CertificateTests.error {
          _ = try await bergen.getOrganisation(osloRecord.id)
        }
        #expect(foreign?.code == .notFound)
        #expect(foreign?.message == "organisation \"\(osloRecord.id)\" does not exist")
        let osloTenant = try #require(
          server.application.registry.tenant(number: "0301", on: CivilTime.today()))
        let bergenTenant = try #require(
          server.application.registry.tenant(number: "4601", on: CivilTime.today()))
        // Guesses, well formed or not, are just as unknown.
        let guess = "org_" + String(osloRecord.id.dropFirst(4).reversed())
        #expect(await Self.code { _ = try await bergen.getOrganisation(guess) } == .notFound)
        #expect(await Self.code { _ = try await bergen.getOrganisation("not-an-id") } == .notFound)

        // List: only one's own.
        #expect(try await bergen.listOrganisations().organisations.map(\.id) == [bergenRecord.id])
        #expect(try await oslo.listOrganisations().organisations.map(\.id) == [osloRecord.id])

        // Update: NOT_FOUND, and the record is untouched.
        var hijack = osloRecord
        hijack.name = "Kapret"
        #expect(
          await Self.code { _ = try await bergen.updateOrganisation(hijack, expectedVersion: 1) }
            == .notFound)
        #expect(try await oslo.getOrganisation(osloRecord.id).name == osloRecord.name)

        // The same organisation number is a separate record in each tenant.
        let bergenCopy = try await bergen.createOrganisation(
          Sample.organisation(1, kommune: "4601"))
        #expect(bergenCopy.id != osloRecord.id)

        // The attempts on Oslo's record were logged with both identities and counted.
        let events = try await clients["oversight-imdi"].securityEvents()
        #expect(events.count == 2)
        for event in events {
          #expect(event.identity == "spiffe://samarbeid/kommune/4601")
          #expect(event.callerTenantID == bergenTenant.id)
          #expect(event.targetTenantID == osloTenant.id)
        }
        #expect(events.map(\.recordID) == [osloRecord.id, osloRecord.id])
        #expect(
          events.map(\.rpc) == [
            "/samarbeid.v1.Organisations/GetOrganisation",
            "/samarbeid.v1.Organisations/UpdateOrganisation",
          ])
      }
    }
  }

  @Test("oversight never receives municipal records or their personal fields")
  func oversightSeesNoPersonalData() async throws {
    try await ApplicationServer.with { server in
      try await Clients.with(port: server.port, ["kommune-0301", "oversight-imdi"]) { clients in
        let record = try await clients["kommune-0301"].createOrganisation(Sample.organisation(1))
        let oversight = clients["oversight-imdi"]
        let refusal = await CertificateTests.error {
          _ = try await oversight.getOrganisation(record.id)
        }
        #expect(refusal?.code == .permissionDenied)
        #expect(refusal?.message.contains(record.contact?.name ?? "-") == false)
        #expect(
          await Self.code { _ = try await oversight.listOrganisations() } == .permissionDenied)
        #expect(await Self.code { _ = try await oversight.auditEvents() } == .permissionDenied)
        // What oversight does get carries no personal data.
        let tenants = try await oversight.tenants()
        #expect(tenants.count == 37)
        #expect(
          !tenants.map { $0.serializedBytes() }.contains { bytes in
            String(decoding: bytes, as: UTF8.self).contains("Kontakt")
          })
      }
    }
  }

  @Test("a municipality cannot manage tenants")
  func registryIsOversightOnly() async throws {
    try await ApplicationServer.with { server in
      try await Clients.with(port: server.port, ["kommune-0301", "loadtest"]) { clients in
        #expect(
          await Self.code { _ = try await clients["kommune-0301"].tenants() } == .permissionDenied)
        #expect(
          await Self.code { _ = try await clients["loadtest"].securityEvents() }
            == .permissionDenied)
      }
    }
  }

  @Test("a load-test identity acts on test tenants only, named in samarbeid-tenant")
  func loadTestIdentity() async throws {
    try await ApplicationServer.with { server in
      try await Clients.with(port: server.port, ["loadtest"]) { clients in
        let load = clients["loadtest"]
        let record = try await load.createOrganisation(
          Sample.organisation(1, kommune: "3999"), metadata: ["samarbeid-tenant": "3999"])
        #expect(
          try await load.getOrganisation(record.id, metadata: ["samarbeid-tenant": "3999"])
            == record)
        #expect(
          await Self.code {
            _ = try await load.listOrganisations(metadata: ["samarbeid-tenant": "0301"])
          } == .permissionDenied)
        #expect(await Self.code { _ = try await load.listOrganisations() } == .permissionDenied)
        // The other test tenant does not see the first one's records.
        #expect(
          await Self.code {
            _ = try await load.getOrganisation(record.id, metadata: ["samarbeid-tenant": "4699"])
          } == .notFound)
      }
    }
  }
}
