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
      Output.object(
        Fields.call(try await connection.call(GrantsMethods.createCall, request, as: Call.self)),
        json: connection.json)
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
      Output.object(
        Fields.call(try await connection.call(GrantsMethods.openCall, request, as: Call.self)),
        json: connection.json)
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
      Output.object(
        Fields.call(try await connection.call(GrantsMethods.closeCall, request, as: Call.self)),
        json: connection.json)
    }
  }

  struct Get: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a call.")
    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The call's id.") var id: String

    func run() async throws {
      var request = GetCallRequest()
      request.id = id
      Output.object(
        Fields.call(try await connection.call(GrantsMethods.getCall, request, as: Call.self)),
        json: connection.json)
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
      let page = try await connection.call(
        GrantsMethods.listCalls, request, as: ListCallsResponse.self)
      Output.rows(
        page.calls.map(Fields.call), columns: ["id", "year", "part", "title", "state", "version"],
        json: connection.json)
    }
  }
}
