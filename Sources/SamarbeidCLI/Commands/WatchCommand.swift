import ArgumentParser
import Foundation
import RPC
import SamarbeidAPI
import SamarbeidClient

/// `samarbeid watch`: the change feed, from a cursor; bounded by a count and a time.
struct WatchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch", abstract: "Follow the changes to your records (resume with --after).")
  @OptionGroup var connection: ConnectionOptions
  @Option(help: "Changes after this sequence.") var after: Int64 = 0
  @Option(help: "Only these entity types, e.g. samarbeid.v1.Application.") var types: [String] = []
  @Option(help: "Stop after this many changes.") var limit = 100
  @Option(help: "Stop after this many seconds.") var seconds = 10.0

  func run() async throws {
    var request = WatchChangesRequest()
    request.afterSequence = after
    request.entityTypes = types
    let client = try connection.client()
    var received = 0
    do {
      try await client.serverStreaming(
        ChangesMethods.watchChanges, request: request,
        metadata: connection.metadata(),
        options: CallOptions(timeout: .seconds(seconds))
      ) { changes in
        for try await change in changes {
          let fields = Fields.change(change)
          if connection.json {
            print(Output.encode(Output.dictionary(fields)))
          } else {
            print(fields.map { "\($0.1)" }.joined(separator: "  "))
          }
          received += 1
          if received >= limit { break }
        }
      }
    } catch let error as RPCError where error.code == .deadlineExceeded {
      // The time bound: not an error.
    } catch let error as RPCError {
      await client.close()
      throw ConnectionOptions.exit(for: error)
    }
    await client.close()
  }
}
