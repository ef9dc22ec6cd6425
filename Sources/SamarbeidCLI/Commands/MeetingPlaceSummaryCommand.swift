import ArgumentParser
import Foundation
import SamarbeidAPI

/// `samarbeid meeting-place summary`: a year of meeting-place work.
struct MeetingPlaceSummaryCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "A year's gatherings, attendance and organisations, per place and by role.")
  @Option(help: "The year.") var year: Int32
  @Option(help: "Only this meeting place.") var place: String?
  @OptionGroup var connection: ConnectionOptions

  func run() async throws {
    var request = SummariseMeetingPlacesRequest()
    request.year = year
    request.meetingPlaceID = place ?? ""
    let summary = try await connection.call(MeetingPlacesMethods.summariseMeetingPlaces, request)
    let roles = summary.placesByRole.map { ($0.role.shortName, Int($0.meetingPlaces) as Any) }
    let places = summary.meetingPlaces.map { place -> [(String, Any)] in
      [("id", place.meetingPlaceID), ("name", place.name)] + (place.totals?.fields ?? [])
        + [
          (
            "months",
            place.months.map {
              ["month": $0.month, "held": Int($0.gatheringsHeld), "attendance": Int($0.attendance)]
            }
          )
        ]
    }
    if connection.json {
      Output.object(
        [
          ("year", Int(summary.year)),
          ("totals", Output.dictionary(summary.totals?.fields ?? [])),
          ("placesByRole", Output.dictionary(roles)),
          ("meetingPlaces", places.map(Output.dictionary)),
        ], json: true)
      return
    }
    Output.object(
      [("year", Int(summary.year))] + (summary.totals?.fields ?? [])
        + [("placesByRole", roles.map { "\($0.0)=\($0.1)" }.joined(separator: " "))], json: false)
    print("")
    Output.rows(
      places, columns: ["id", "name", "held", "planned", "cancelled", "attendance"], json: false)
  }
}
