import ArgumentParser
import SamarbeidAPI

/// `samarbeid report`: the organisation's report on a grant.
struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Reports.",
    subcommands: [Submit.self, Review.self, Overdue.self])

  struct Submit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Submit the report on a grant.")
    @Option(help: "The application's id.") var application: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "How the money was used.") var useOfFunds: String
    @Option(help: "Goal achievement.") var goalAchievement: String
    @Option(help: "Activities held.") var activities: Int32 = 0
    @Option(help: "Participants (a count).") var participants: Int32 = 0
    @Option(help: "Kroner spent.") var spent: Kroner
    @Flag(help: "The auditor's statement is attached.") var auditorStatement = false
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var report = GrantReport()
      report.useOfFunds = useOfFunds
      report.goalAchievement = goalAchievement
      report.activitiesHeld = activities
      report.participants = participants
      report.spentOre = spent.ore
      report.auditorStatementAttached = auditorStatement
      var request = SubmitReportRequest()
      request.applicationID = application
      request.expectedVersion = version
      request.report = report
      try await connection.show(GrantsMethods.submitReport, request)
    }
  }

  struct Review: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Approve or return a report.")
    @Option(help: "The application's id.") var application: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Flag(help: "Approve (otherwise the report is returned).") var approve = false
    @Option(help: "Comment (required when returning).") var comment: String = ""
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = ReviewReportRequest()
      request.applicationID = application
      request.expectedVersion = version
      request.approved = approve
      request.comment = comment
      try await connection.show(GrantsMethods.reviewReport, request)
    }
  }

  struct Overdue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Granted applications whose report is overdue.")
    @Option(help: "As of, YYYY-MM-DD (default today).") var asOf: String = ""
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListOverdueReportsRequest()
      request.asOf = asOf
      try await connection.list(
        GrantsMethods.listOverdueReports, request, \.applications,
        columns: ["id", "reportDue", "granted", "report"], paging: paging)
    }
  }
}
