import ArgumentParser
import SamarbeidAPI

/// `samarbeid meeting-place`: the municipality's meeting places and its role in them.
struct MeetingPlaceCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meeting-place", abstract: "Meeting places and the municipality's role in them.",
    subcommands: [
      Create.self, Get.self, List.self, Update.self, Close.self, MeetingPlaceSummaryCommand.self,
    ])

  /// The fields of a place as options; on update, only those given replace the stored ones.
  struct PlaceOptions: ParsableArguments {
    @Option(help: "Name.") var name: String?
    @Option(help: "What kind of place.") var kind: MeetingPlaceKind?
    @Option(name: .customLong("role"), help: "The municipality's role (repeat for several).")
    var roles: [MunicipalRole] = []
    @Option(help: "Whom it brings together.") var audience: Audience?
    @Option(help: "Street address.") var street: String?
    @Option(help: "Postal code (4 digits).") var postalCode: String?
    @Option(help: "Postal town.") var postalTown: String?
    @Option(help: "Kommunenummer of the address.") var kommune: String?
    @Option(help: "https:// address: the place is online.") var onlineURL: String?
    @Option(name: .customLong("language"), help: "ISO 639 code offered (repeat).")
    var languages: [String] = []
    @Option(name: .customLong("service"), help: "Service offered (repeat).")
    var services: [MeetingPlaceService] = []
    @Option(name: .customLong("co-host"), help: "ORGANISATION_ID or ORGANISATION_ID:ROLE (repeat).")
    var coHosts: [String] = []
    @Option(name: .customLong("funding"), help: "A granted application funding it (repeat).")
    var funding: [String] = []
    @Option(help: "First day, YYYY-MM-DD.") var startsOn: String?
    @Option(help: "Last day, YYYY-MM-DD.") var endsOn: String?
    @Option(help: "Status.") var status: MeetingPlaceStatus?
    @Option(help: "How often it opens.") var schedule: ScheduleFrequency?
    @Option(help: "When it opens, e.g. \"Tuesdays 17-20\".") var scheduleDescription: String?

    /// `place` with every option given applied.
    func apply(to place: inout MeetingPlace) throws {
      if let name { place.name = name }
      if let kind { place.kind = kind }
      if !roles.isEmpty { place.municipalRoles = roles }
      if let audience { place.audience = audience }
      var address = place.address ?? Address()
      if let onlineURL {
        address = Address()
        address.online = true
        address.url = onlineURL
      }
      if let street { address.streetAddress = street }
      if let postalCode { address.postalCode = postalCode }
      if let postalTown { address.postalTown = postalTown }
      if let kommune { address.kommunenummer = kommune }
      place.address = address
      if !languages.isEmpty { place.languages = languages }
      if !services.isEmpty { place.services = services }
      if !coHosts.isEmpty {
        place.coHosts = try coHosts.map { text in
          let (id, role) = try Self.reference(text, default: CoHostRole.coHost)
          return CoHost(organisationID: id, role: role)
        }
      }
      if !funding.isEmpty { place.fundingApplicationIDs = funding }
      if let startsOn { place.startsOn = startsOn }
      if let endsOn { place.endsOn = endsOn }
      if let status { place.status = status }
      if schedule != nil || scheduleDescription != nil {
        var opening = place.schedule ?? OpeningSchedule()
        if let schedule { opening.frequency = schedule }
        if let scheduleDescription { opening.description = scheduleDescription }
        place.schedule = opening
      }
    }

    /// `ID` or `ID:ROLE`.
    static func reference<Role: NamedArgument>(_ text: String, default role: Role) throws
      -> (String, Role)
    {
      let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { return (text, role) }
      guard let named = Role(argument: parts[1]) else {
        throw ValidationError(
          "'\(parts[1])' is not a role; use one of \(Role.allValueStrings.joined(separator: ", "))")
      }
      return (parts[0], named)
    }
  }

  struct Create: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record a meeting place.")
    @OptionGroup var place: PlaceOptions
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var record = MeetingPlace()
      try place.apply(to: &record)
      try await connection.show(
        MeetingPlacesMethods.createMeetingPlace, CreateMeetingPlaceRequest(meetingPlace: record))
    }
  }

  struct Get: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a meeting place.")
    @Argument(help: "The meeting place's id.") var id: String
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      try await connection.show(
        MeetingPlacesMethods.getMeetingPlace, GetMeetingPlaceRequest(id: id))
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List meeting places by name.")
    @Option(help: "Only where the municipality has this role.") var role: MunicipalRole?
    @Option(help: "Only this kind.") var kind: MeetingPlaceKind?
    @Option(help: "Only this audience.") var audience: Audience?
    @Option(help: "Only this status.") var status: MeetingPlaceStatus?
    @Option(help: "Only places this organisation co-hosts.") var organisation: String?
    @Option(help: "Active on or after, YYYY-MM-DD.") var from: String?
    @Option(help: "Active on or before, YYYY-MM-DD.") var to: String?
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListMeetingPlacesRequest()
      request.role = role ?? .unspecified
      request.kind = kind ?? .unspecified
      request.audience = audience ?? .unspecified
      request.status = status ?? .unspecified
      request.organisationID = organisation ?? ""
      request.activeFrom = from ?? ""
      request.activeTo = to ?? ""
      try await connection.list(
        MeetingPlacesMethods.listMeetingPlaces, request, \.meetingPlaces,
        columns: ["id", "name", "kind", "municipalRoles", "status", "startsOn", "version"],
        paging: paging)
    }
  }

  struct Update: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change a meeting place: the options given replace its fields.")
    @Argument(help: "The meeting place's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @OptionGroup var place: PlaceOptions
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var record = try await connection.call(
        MeetingPlacesMethods.getMeetingPlace, GetMeetingPlaceRequest(id: id))
      try place.apply(to: &record)
      var request = UpdateMeetingPlaceRequest()
      request.meetingPlace = record
      request.expectedVersion = version
      try await connection.show(MeetingPlacesMethods.updateMeetingPlace, request)
    }
  }

  struct Close: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Close a meeting place for good.")
    @Argument(help: "The meeting place's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "Why it closes.") var reason: String
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = CloseMeetingPlaceRequest()
      request.id = id
      request.expectedVersion = version
      request.reason = reason
      try await connection.show(MeetingPlacesMethods.closeMeetingPlace, request)
    }
  }
}
