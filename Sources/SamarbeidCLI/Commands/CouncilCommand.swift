import ArgumentParser
import SamarbeidAPI

/// `samarbeid council`: immigrant councils (innvandrerråd).
struct CouncilCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "council", abstract: "Immigrant councils.",
    subcommands: [Create.self, Update.self, Get.self, List.self])

  struct Create: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record an immigrant council.")
    @Option(help: "Name.") var name: String
    @Option(help: "Its mandate.") var mandate = ""
    @Option(help: "The council period by its first year (2023 for 2023-2027).") var period: Int32
    @Option(help: "Seats for members.") var members: Int32 = 0
    @Option(help: "Seats for deputies.") var deputies: Int32 = 0
    @Option(help: "Seats for municipal representatives.") var representatives: Int32 = 0
    @Option(
      name: .customLong("nominated-by"), help: "An organisation that nominated members (repeat).")
    var nominatedBy: [String] = []
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var council = ImmigrantCouncil()
      council.name = name
      council.mandate = mandate
      council.councilPeriodStart = period
      council.seats = [
        CouncilSeats(.member, count: members, nominatedBy: nominatedBy),
        CouncilSeats(.deputy, count: deputies),
        CouncilSeats(.municipalRepresentative, count: representatives),
      ]
      try await connection.show(
        DialoguesMethods.createCouncil, CreateCouncilRequest(council: council))
    }
  }

  struct Get: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a council.")
    @Argument(help: "The council's id.") var id: String
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      try await connection.show(DialoguesMethods.getCouncil, GetCouncilRequest(id: id))
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List councils by name.")
    @Option(help: "Only this council period (its first year).") var period: Int32 = 0
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListCouncilsRequest()
      request.councilPeriodStart = period
      try await connection.list(
        DialoguesMethods.listCouncils, request, \.councils,
        columns: ["id", "name", "councilPeriod", "seats", "version"], paging: paging)
    }
  }
}
