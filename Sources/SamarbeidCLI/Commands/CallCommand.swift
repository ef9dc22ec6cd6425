import ArgumentParser
import SamarbeidAPI

/// `samarbeid call`: calls for applications.
struct CallCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "call", abstract: "Calls for applications.",
    subcommands: [Create.self, Open.self, Close.self, Get.self, List.self])

  struct Create: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a call (a draft).")
    @OptionGroup var connection: ConnectionOptions
    @Option(help: "The year.") var year: Int32
    @Option(help: "operating or activity.") var part: String
    @Option(help: "Activity grants: purposes, e.g. A,B,C.") var purposes: String = ""
    @Option(help: "Title.") var title: String
    @Option(help: "Opens, YYYY-MM-DD.") var opens: String
    @Option(help: "Closes, YYYY-MM-DD (omit for rolling).") var closes: String = ""

    func run() async throws {
      var call = Call()
      call.year = year
      call.part = try Names.parsePart(part)
      call.purposes = try purposes.split(separator: ",").map { try Names.parsePurpose(String($0)) }
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
    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The call's id.") var id: String
    @Option(help: "The version as last read.") var version: Int64

    func run() async throws {
      var request = CallTransitionRequest()
      request.id = id
      request.expectedVersion = version
      try await connection.show(GrantsMethods.openCall, request)
    }
  }

  struct Close: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Close an open call.")
    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The call's id.") var id: String
    @Option(help: "The version as last read.") var version: Int64

    func run() async throws {
      var request = CallTransitionRequest()
      request.id = id
      request.expectedVersion = version
      try await connection.show(GrantsMethods.closeCall, request)
    }
  }

  struct Get: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a call.")
    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The call's id.") var id: String

    func run() async throws {
      var request = GetCallRequest()
      request.id = id
      try await connection.show(GrantsMethods.getCall, request)
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List calls.")
    @OptionGroup var connection: ConnectionOptions
    @Option(help: "Only this year.") var year: Int32 = 0
    @Option(help: "Only draft, open or closed calls.") var state: String?

    func run() async throws {
      var request = ListCallsRequest()
      request.year = year
      if let state { request.state = try Names.parseCallState(state) }
      try await connection.list(
        GrantsMethods.listCalls, request, \.calls,
        columns: ["id", "year", "part", "title", "state", "version"])
    }
  }
}
