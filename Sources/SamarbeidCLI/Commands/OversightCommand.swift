import ArgumentParser
import SamarbeidAPI

/// `samarbeid oversight`: IMDi's commands (the oversight identity's certificate).
struct OversightCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "oversight", abstract: "IMDi: allocations, tenants, security events, indicators.",
    subcommands: [
      SetAllocation.self, Allocations.self, Tenants.self, Register.self, Renumber.self,
      Deactivate.self, SecurityEvents.self, PopulationsCommand.self, IndicatorsCommand.self,
      CompareCommand.self, SeriesCommand.self, OversightReportCommand.self,
    ])

  struct SetAllocation: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set-allocation", abstract: "Set a municipality's allocation.")
    @Option(help: "Kommunenummer.") var kommune: String
    @Option(help: "The year.") var year: Int32
    @Option(help: "Kroner allocated.") var amount: Kroner
    @Option(help: "IMDi's letter.") var letter: String
    @Option(
      name: .customLong("expected-version"), help: "The version as last read (0 for a new year).")
    var version: Int64 = 0
    @Option(
      name: .customLong("joined-scheme-year"),
      help: "The year the municipality joined the scheme (oversight's cohorts); kept when left out."
    )
    var joined: Int32 = 0
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = SetAllocationRequest()
      request.kommunenummer = kommune
      request.year = year
      request.amountOre = amount.ore
      request.letterReference = letter
      request.expectedVersion = version
      request.joinedSchemeYear = joined
      try await connection.show(GrantsOversightMethods.setAllocation, request)
    }
  }

  struct Allocations: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Every municipality's allocation: list them, or import a year's from a CSV.",
      subcommands: [ListAllocations.self, ImportAllocationsCommand.self],
      defaultSubcommand: ListAllocations.self)
  }

  struct ListAllocations: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "Every municipality's allocation and what it granted.")
    @Option(help: "The year.") var year: Int32
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListAllocationsRequest()
      request.year = year
      try await connection.list(
        GrantsOversightMethods.listAllocations, request, \.allocations,
        columns: ["kommunenummer", "amount", "administrationShare", "granted", "version"])
    }
  }

  struct Tenants: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List municipalities.")
    @Flag(help: "Include deactivated ones.") var all = false
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListTenantsRequest()
      request.includeInactive = all
      try await connection.list(
        TenantRegistryMethods.listTenants, request, \.tenants,
        columns: ["id", "kommunenummer", "name", "active", "test"])
    }
  }

  struct Register: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Register a municipality.")
    @Option(help: "Kommunenummer.") var kommune: String
    @Option(help: "Name.") var name: String
    @Option(help: "Valid from, YYYY-MM-DD (default today).") var validFrom: String = ""
    @Flag(help: "A test tenant for load tests.") var test = false
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = RegisterMunicipalityRequest()
      request.kommunenummer = kommune
      request.name = name
      request.validFrom = validFrom
      request.test = test
      let response = try await connection.call(
        TenantRegistryMethods.registerMunicipality, request, as: RegisterMunicipalityResponse.self)
      Output.object(Fields.tenant(response.tenant ?? Tenant()), format: connection.format)
    }
  }

  struct SecurityEvents: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "security-events", abstract: "Attempts to reach another tenant's records.")
    @Option(help: "After this sequence.") var after: Int64 = 0
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      // Municipalities by their kommunenummer, as IMDi knows them, not by internal ids.
      var tenants = ListTenantsRequest()
      tenants.includeInactive = true
      let numbers = Dictionary(
        try await connection.call(TenantRegistryMethods.listTenants, tenants).tenants.map {
          ($0.id, $0.kommunenummer)
        }, uniquingKeysWith: { first, _ in first })
      var request = ListSecurityEventsRequest()
      request.afterSequence = after
      try await connection.list(
        TenantRegistryMethods.listSecurityEvents, request, \.events,
        columns: ["sequence", "at", "identity", "targetKommunenummer", "rpc", "recordId"],
        paging: paging
      ) { Fields.securityEvent($0, kommunenummer: numbers) }
    }
  }
}
