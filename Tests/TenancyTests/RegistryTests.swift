import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidApp
import SamarbeidClient
import Storage
import Tenancy
import Testing

/// The registry as IMDi's oversight client uses it.
@Suite("Tenant registry") struct RegistryTests {
  static func register(_ client: GRPCClient, _ number: String, name: String) async throws(RPCError)
    -> Tenant
  {
    var request = RegisterMunicipalityRequest()
    request.kommunenummer = number
    request.name = name
    request.validFrom = "2024-01-01"
    return try await client.unary(
      TenantRegistryMethods.registerMunicipality, request: request,
      responseType: RegisterMunicipalityResponse.self
    ).message.tenant ?? Tenant()
  }

  @Test(
    "register, refuse duplicates and bad numbers, renumber keeping data and history, deactivate")
  func lifecycle() async throws {
    try await ApplicationServer.with { server in
      try await Clients.with(port: server.port, ["oversight-imdi", "kommune-0301"]) { clients in
        let oversight = clients["oversight-imdi"]
        let tenant = try await Self.register(oversight, "4626", name: "Øygarden")
        #expect(tenant.kommunenummer == "4626")
        #expect(tenant.active && tenant.version == 1 && tenant.id.hasPrefix("t-"))
        #expect(
          tenant.numberHistory == [
            KommunenummerPeriod(kommunenummer: "4626", validFrom: "2024-01-01")
          ])

        let duplicate = await CertificateTests.error {
          _ = try await Self.register(oversight, "4626", name: "Igjen")
        }
        #expect(duplicate?.code == .alreadyExists)
        let badNumber = await CertificateTests.error {
          _ = try await Self.register(oversight, "9926", name: "Ingen")
        }
        #expect(badNumber?.code == .invalidArgument)
        #expect(badNumber?.message.contains("county number") == true)

        // Oslo keeps its records through a renumbering that starts tomorrow... and today's
        // number keeps working until then.
        let record = try await clients["kommune-0301"].createOrganisation(Sample.organisation(1))
        let oslo = try #require(try await oversight.tenants().first { $0.kommunenummer == "0301" })
        var renumber = RenumberMunicipalityRequest()
        renumber.kommunenummer = "0301"
        renumber.newKommunenummer = "0302"
        renumber.effectiveFrom = "2099-01-01"
        renumber.expectedVersion = oslo.version + 1
        let stale = await CertificateTests.error {
          _ = try await oversight.unary(
            TenantRegistryMethods.renumberMunicipality, request: renumber,
            responseType: RenumberMunicipalityResponse.self)
        }
        #expect(stale?.code == .aborted)
        renumber.expectedVersion = oslo.version
        let renumbered = try #require(
          try await oversight.unary(
            TenantRegistryMethods.renumberMunicipality, request: renumber,
            responseType: RenumberMunicipalityResponse.self
          ).message.tenant)
        #expect(renumbered.id == oslo.id)
        #expect(renumbered.kommunenummer == "0301")
        #expect(renumbered.numberHistory.map(\.kommunenummer) == ["0301", "0302"])
        #expect(renumbered.numberHistory[0].validTo == "2099-01-01")
        #expect(try await clients["kommune-0301"].getOrganisation(record.id) == record)

        // The registry's own audit log records who changed what.
        let audit = try await server.application.registry.store.auditEntries(after: 0, limit: 1000)
        #expect(
          audit.contains {
            $0.rpc == "/samarbeid.v1.TenantRegistry/RenumberMunicipality"
              && $0.identity == "spiffe://samarbeid/oversight/imdi" && $0.entityID == oslo.id
          })

        var deactivate = DeactivateMunicipalityRequest()
        deactivate.kommunenummer = "4626"
        deactivate.expectedVersion = 1
        let inactive = try await oversight.unary(
          TenantRegistryMethods.deactivateMunicipality, request: deactivate,
          responseType: DeactivateMunicipalityResponse.self)
        #expect(inactive.message.tenant?.active == false)
        #expect(try await oversight.tenants().contains { $0.kommunenummer == "4626" } == false)
        #expect(
          try await oversight.tenants(includeInactive: true).contains { $0.kommunenummer == "4626" }
        )
      }
    }
  }
}
