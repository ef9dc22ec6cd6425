import ArgumentParser
import SamarbeidAPI

extension CouncilCommand {
  struct Update: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change a council: the options given replace its fields.")
    @Argument(help: "The council's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.")
    var version: Int64
    @Option(help: "Name.") var name: String?
    @Option(help: "Its mandate.") var mandate: String?
    @Option(help: "Seats for members.") var members: Int32?
    @Option(help: "Seats for deputies.") var deputies: Int32?
    @Option(help: "Seats for municipal representatives.") var representatives: Int32?
    @Option(
      name: .customLong("nominated-by"),
      help: "The organisations that nominated members (repeat; replaces them).")
    var nominatedBy: [String] = []
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      try await connection.update(
        DialoguesMethods.getCouncil, DialoguesMethods.updateCouncil, id: id,
        expectedVersion: version
      ) { (council: inout ImmigrantCouncil) in
        if let name { council.name = name }
        if let mandate { council.mandate = mandate }
        for (role, count) in [
          (CouncilRole.member, members), (.deputy, deputies),
          (.municipalRepresentative, representatives),
        ] {
          guard let count else { continue }
          if let index = council.seats.firstIndex(where: { $0.role == role }) {
            council.seats[index].count = count
          } else {
            council.seats.append(CouncilSeats(role, count: count))
          }
        }
        if !nominatedBy.isEmpty, let index = council.seats.firstIndex(where: { $0.role == .member })
        {
          council.seats[index].nominatingOrganisationIDs = nominatedBy
        }
      }
    }
  }
}
