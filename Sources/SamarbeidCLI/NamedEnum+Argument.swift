import ArgumentParser
import SamarbeidAPI

/// A named enum read from the command line by its CLI name; `--help` and errors list them.
protocol NamedArgument: NamedEnum, ExpressibleByArgument {}

extension NamedArgument {
  init?(argument: String) {
    guard let value = Self.allSpecified.first(where: { $0.shortName == argument.lowercased() })
    else { return nil }
    self = value
  }

  static var allValueStrings: [String] { allSpecified.map(\.shortName) }
  var defaultValueDescription: String { shortName }
}

extension MeetingPlaceKind: NamedArgument {}
extension MunicipalRole: NamedArgument {}
extension Audience: NamedArgument {}
extension MeetingPlaceService: NamedArgument {}
extension CoHostRole: NamedArgument {}
extension MeetingPlaceStatus: NamedArgument {}
extension ScheduleFrequency: NamedArgument {}
extension GatheringMode: NamedArgument {}
extension GatheringState: NamedArgument {}
extension CountSource: NamedArgument {}
extension PresenceRole: NamedArgument {}
extension DialogueMeetingType: NamedArgument {}
extension Side: NamedArgument {}
extension ParticipationLevel: NamedArgument {}
extension MeetingCadence: NamedArgument {}
extension AgreementStatus: NamedArgument {}
extension CouncilRole: NamedArgument {}
