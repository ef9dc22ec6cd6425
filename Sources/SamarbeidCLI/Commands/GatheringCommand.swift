import ArgumentParser
import SamarbeidAPI

/// `samarbeid gathering`: gatherings at meeting places, planned and then held or cancelled.
struct GatheringCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gathering", abstract: "Gatherings at meeting places.",
    subcommands: [Plan.self, Complete.self, Cancel.self, Get.self, List.self])

  struct Plan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Plan a gathering.")
    @Option(help: "The meeting place's id.") var place: String
    @Option(help: "When it starts, YYYY-MM-DDTHH:MM in Norway.") var startsAt: String
    @Option(help: "How people take part.") var mode: GatheringMode = .inPerson
    @Option(help: "Title.") var title: String
    @Option(
      name: .customLong("organisation"),
      help: "ORGANISATION_ID or ORGANISATION_ID:ROLE expected (repeat).")
    var organisations: [String] = []
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var gathering = Gathering()
      gathering.meetingPlaceID = place
      gathering.startsAt = startsAt
      gathering.mode = mode
      gathering.title = title
      gathering.organisations = try presence(organisations)
      try await connection.show(
        MeetingPlacesMethods.planGathering, PlanGatheringRequest(gathering: gathering))
    }
  }

  struct Complete: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record a gathering as held: attendance as counts only.")
    @Argument(help: "The gathering's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "People there.") var total: Int32
    @Option(help: "Of them, with an immigrant background.") var immigrantBackground: Int32?
    @Option(help: "Of them, women.") var women: Int32?
    @Option(name: .customLong("under-18"), help: "Of them, under 18.") var under18: Int32?
    @Option(help: "Of them, there for the first time.") var firstTime: Int32?
    @Option(help: "How the counts were arrived at.") var source: CountSource = .headcount
    @Option(
      name: .customLong("organisation"),
      help: "ORGANISATION_ID or ORGANISATION_ID:ROLE present (repeat).")
    var organisations: [String] = []
    @Option(help: "What came of it (stays in the municipality).") var notes: String = ""
    @Flag(
      name: .customLong("no-organisations"),
      help: "No organisation came: clears those expected when it was planned.")
    var noOrganisations = false
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      if noOrganisations && !organisations.isEmpty {
        throw ValidationError("--no-organisations and --organisation cannot both be given")
      }
      var attendance = Attendance()
      attendance.total = AttendanceCount(total, source)
      attendance.immigrantBackground = immigrantBackground.map { AttendanceCount($0, source) }
      attendance.women = women.map { AttendanceCount($0, source) }
      attendance.under18 = under18.map { AttendanceCount($0, source) }
      attendance.firstTime = firstTime.map { AttendanceCount($0, source) }
      var request = CompleteGatheringRequest()
      request.id = id
      request.expectedVersion = version
      request.attendance = attendance
      request.organisations = try presence(organisations)
      request.noOrganisationsPresent = noOrganisations
      request.outcomeNotes = notes
      try await connection.show(MeetingPlacesMethods.completeGathering, request)
    }
  }

  struct Cancel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Cancel a planned gathering.")
    @Argument(help: "The gathering's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "Why.") var reason: String
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = CancelGatheringRequest()
      request.id = id
      request.expectedVersion = version
      request.reason = reason
      try await connection.show(MeetingPlacesMethods.cancelGathering, request)
    }
  }

  struct Get: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a gathering.")
    @Argument(help: "The gathering's id.") var id: String
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      try await connection.show(MeetingPlacesMethods.getGathering, GetGatheringRequest(id: id))
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List gatherings in time order.")
    @Option(help: "Only at this meeting place.") var place: String?
    @Option(help: "Only in this state.") var state: GatheringState?
    @Option(help: "From this day, YYYY-MM-DD.") var from: String?
    @Option(help: "To this day, YYYY-MM-DD.") var to: String?
    @Option(help: "Only where this organisation was.") var organisation: String?
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListGatheringsRequest()
      request.meetingPlaceID = place ?? ""
      request.state = state ?? .unspecified
      request.fromDate = from ?? ""
      request.toDate = to ?? ""
      request.organisationID = organisation ?? ""
      try await connection.list(
        MeetingPlacesMethods.listGatherings, request, \.gatherings,
        columns: ["id", "meetingPlaceId", "startsAt", "title", "state", "attendance", "version"],
        paging: paging)
    }
  }
}

/// `ID` or `ID:ROLE` for each organisation at a gathering (attending when no role is given).
private func presence(_ texts: [String]) throws -> [OrganisationPresence] {
  try texts.map { text in
    let (id, role) = try MeetingPlaceCommand.PlaceOptions.reference(
      text, default: PresenceRole.attending)
    return OrganisationPresence(organisationID: id, role: role)
  }
}
