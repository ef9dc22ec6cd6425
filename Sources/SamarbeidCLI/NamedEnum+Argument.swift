import ArgumentParser
import Foundation
import ProtoWire
import SamarbeidAPI

extension NamedEnum {
  /// The CLI's name of the value: the proto name without the enum's prefix, in lower case
  /// with hyphens (`MUNICIPAL_ROLE_OWNER_OPERATOR`: `owner-operator`).
  var cliName: String {
    guard let name = protoName else { return "\(protoValue)" }
    let prefix = Self.protoNames[0].dropLast("UNSPECIFIED".count)
    return name.dropFirst(prefix.count).lowercased().replacingOccurrences(of: "_", with: "-")
  }
}

/// A named enum read from the command line by its CLI name; `--help` and errors list them.
protocol NamedArgument: NamedEnum, ExpressibleByArgument {}

extension NamedArgument {
  init?(argument: String) {
    guard let value = Self.allSpecified.first(where: { $0.cliName == argument.lowercased() })
    else { return nil }
    self = value
  }

  static var allValueStrings: [String] { allSpecified.map(\.cliName) }
  var defaultValueDescription: String { cliName }
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
