import ArgumentParser
import SamarbeidAPI

/// `samarbeid call`: calls for applications.
struct CallCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "call", abstract: "Calls for applications.",
    subcommands: [Create.self, Open.self, Close.self, Get.self, List.self])

  struct Create: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a call (a draft).")
    @Option(help: "The year.") var year: Int32
    @Option(help: "The part of the scheme.") var part: GrantPart
    @Option(
      help: "Activity grants: purposes, e.g. A,B,C.",
      transform: { text in
        try text.split(separator: ",").map { name in
          guard let purpose = ActivityPurpose(argument: String(name)) else {
            throw ValidationError("a purpose is A, B or C, not \(name)")
          }
          return purpose
        }
      })
    var purposes: [ActivityPurpose] = []
    @Option(help: "Title.") var title: String
    @Option(help: "Opens, YYYY-MM-DD.") var opens: String
    @Option(help: "Closes, YYYY-MM-DD (omit for rolling).") var closes: String = ""
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var call = Call()
      call.year = year
      call.part = part
      call.purposes = purposes
      call.title = title
      call.opensOn = opens
      call.closesOn = closes
      var request = CreateCallRequest()
      request.call = call
      try await connection.show(GrantsMethods.createCall, request)
    }
  }

  struct Open: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open a draft call.")
    @Argument(help: "The call's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = CallTransitionRequest()
      request.id = id
      request.expectedVersion = version
      try await connection.show(GrantsMethods.openCall, request)
    }
  }

  struct Close: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Close an open call.")
    @Argument(help: "The call's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = CallTransitionRequest()
      request.id = id
      request.expectedVersion = version
      try await connection.show(GrantsMethods.closeCall, request)
    }
  }

  struct Get: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a call.")
    @Argument(help: "The call's id.") var id: String
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = GetCallRequest()
      request.id = id
      try await connection.show(GrantsMethods.getCall, request)
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List calls.")
    @Option(help: "Only this year.") var year: Int32 = 0
    @Option(help: "Only calls in this state.") var state: CallState?
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListCallsRequest()
      request.year = year
      if let state { request.state = state }
      try await connection.list(
        GrantsMethods.listCalls, request, \.calls,
        columns: ["id", "year", "part", "title", "state", "version"], paging: paging)
    }
  }
}
