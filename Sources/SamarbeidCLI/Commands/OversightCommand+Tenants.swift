import ArgumentParser
import SamarbeidAPI

extension OversightCommand {
  struct Renumber: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Give a municipality a new number (a merger or a county reform); it keeps its records.")
    @Option(help: "Its kommunenummer today.") var kommune: String
    @Option(help: "The new kommunenummer.") var newKommune: String
    @Option(help: "Valid from, YYYY-MM-DD (the old number until the day before).")
    var effectiveFrom: String
    @Option(name: .customLong("expected-version"), help: "The tenant's version as last read.")
    var version: Int64
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = RenumberMunicipalityRequest()
      request.kommunenummer = kommune
      request.newKommunenummer = newKommune
      request.effectiveFrom = effectiveFrom
      request.expectedVersion = version
      let response = try await connection.call(
        TenantRegistryMethods.renumberMunicipality, request, as: RenumberMunicipalityResponse.self)
      Output.object(Fields.tenant(response.tenant ?? Tenant()), format: connection.format)
    }
  }

  struct Deactivate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Stop serving a municipality (its records are kept).")
    @Option(help: "Kommunenummer.") var kommune: String
    @Option(name: .customLong("expected-version"), help: "The tenant's version as last read.")
    var version: Int64
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = DeactivateMunicipalityRequest()
      request.kommunenummer = kommune
      request.expectedVersion = version
      let response = try await connection.call(
        TenantRegistryMethods.deactivateMunicipality, request,
        as: DeactivateMunicipalityResponse.self)
      Output.object(Fields.tenant(response.tenant ?? Tenant()), format: connection.format)
    }
  }
}
