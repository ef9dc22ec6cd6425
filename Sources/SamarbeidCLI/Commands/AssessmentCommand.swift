import ArgumentParser
import SamarbeidAPI

/// `samarbeid assess`: assessment, with impartiality declared before scoring.
struct AssessmentCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assess", abstract: "Assessment.",
    subcommands: [Start.self, Declare.self, Score.self])

  struct Start: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Take a submitted application into assessment.")
    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The application's id.") var id: String
    @Option(help: "The version as last read.") var version: Int64

    func run() async throws {
      try await transition(
        GrantsMethods.startAssessment, id: id, version: version, connection: connection)
    }
  }

  struct Declare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Declare no conflict of interest (forvaltningsloven § 6) as an assessor.")
    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The application's id.") var id: String
    @Option(help: "The version as last read.") var version: Int64
    @Option(help: "The assessor's reference, e.g. saksbehandler-17.") var assessor: String

    func run() async throws {
      var request = DeclareImpartialityRequest()
      request.id = id
      request.expectedVersion = version
      request.assessor = assessor
      try await connection.show(GrantsMethods.declareImpartiality, request)
    }
  }

  struct Score: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Score IMDi's criteria, 1 to 5.")
    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The application's id.") var id: String
    @Option(help: "The version as last read.") var version: Int64
    @Option(help: "The assessor's reference.") var assessor: String
    @Option(help: "criterion=score pairs, e.g. purpose-fit=4,local-roots=5.") var scores: String
    @Option(help: "Comment.") var comment: String = ""

    func run() async throws {
      var request = ScoreApplicationRequest()
      request.id = id
      request.expectedVersion = version
      request.assessor = assessor
      request.scores = try Names.parseScores(scores)
      request.comment = comment
      try await connection.show(GrantsMethods.scoreApplication, request)
    }
  }
}
