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
    @Argument(help: "The application's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      try await transition(
        GrantsMethods.startAssessment, id: id, version: version, connection: connection)
    }
  }

  struct Declare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Declare no conflict of interest (forvaltningsloven § 6) as an assessor.")
    @Argument(help: "The application's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "The assessor's reference, e.g. saksbehandler-17.") var assessor: String
    @OptionGroup var connection: ChangeOptions

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
    @Argument(help: "The application's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "The assessor's reference.") var assessor: String
    @Option(
      help: "criterion=score pairs, e.g. purpose-fit=4,local-roots=5.", transform: Names.parseScores
    )
    var scores: [CriterionScore]
    @Option(help: "Comment.") var comment: String = ""
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = ScoreApplicationRequest()
      request.id = id
      request.expectedVersion = version
      request.assessor = assessor
      request.scores = scores
      request.comment = comment
      try await connection.show(GrantsMethods.scoreApplication, request)
    }
  }
}
