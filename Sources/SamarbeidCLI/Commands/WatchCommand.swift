import ArgumentParser
import Foundation
import RPC
import SamarbeidAPI
import SamarbeidClient

/// `samarbeid watch`: the change feed from a cursor, bounded by a count and a time, or
/// followed until interrupted (resuming after the last change when the connection drops).
struct WatchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch", abstract: "Show the changes to your records (resume with --after).")
  @Option(help: "Changes after this sequence.") var after: Int64 = 0
  @Option(help: "Only these entity types, e.g. samarbeid.v1.Application.") var types: [String] = []
  @Option(help: "Stop after this many changes (without --follow).") var limit = 100
  @Option(help: "Stop after this many seconds (without --follow).") var seconds = 10.0
  @Flag(help: "Keep following new changes until interrupted (Ctrl-C).") var follow = false
  @OptionGroup var connection: ConnectionOptions

  func validate() throws {
    guard limit >= 1 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
    guard seconds > 0, seconds <= 86_400 else {
      throw ValidationError("--seconds must be over 0 and at most 86400, not \(seconds)")
    }
  }

  func run() async throws {
    let (client, metadata) = try await connection.connect()
    var request = WatchChangesRequest()
    request.afterSequence = after
    request.entityTypes = types
    var received = 0
    if !connection.json {
      // The columns, once, before the first change (which may be a while coming).
      let header = Fields.changeColumns.map { $0.uppercased() }.joined(separator: "  ")
      FileHandle.standardOutput.write(Data((header + "\n").utf8))
    }
    var options = connection.callOptions
    options.timeout = follow ? nil : .seconds(seconds)
    options.waitForReady = connection.waitForReady || follow
    while true {
      do {
        try await client.serverStreaming(
          ChangesMethods.watchChanges, request: request, metadata: metadata, options: options
        ) { changes in
          for try await change in changes {
            let fields = Fields.change(change)
            let line =
              connection.json
              ? Output.encode(Output.dictionary(fields))
              : fields.map { Output.text($0.1) }.joined(separator: "  ")
            // Unbuffered, so that a pipe sees each change as it comes.
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
            request.afterSequence = change.sequence
            received += 1
            if !follow && received >= limit { break }
          }
        }
        if !follow { break }
      } catch let error as RPCError where !follow && error.code == .deadlineExceeded {
        break  // The time bound: not an error.
      } catch let error as RPCError where follow && error.code == .unavailable {
        // The connection dropped: resume after the last change once the server is back.
        try await Task.sleep(for: .seconds(1))
      } catch let error as RPCError {
        await client.close()
        throw ConnectionOptions.exit(for: error)
      }
    }
    await client.close()
  }
}
