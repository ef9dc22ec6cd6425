import ArgumentParser
import ClientOptions
import Foundation
import LoadHarness
import Logging
import RPC
import SamarbeidClient
import TLS

/// `samarbeid-load`: drives a mix of RPCs against a Samarbeid deployment and reports
/// throughput, latency percentiles and errors by grpc-status.
@main
struct LoadCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "samarbeid-load",
    abstract: "Load-test a Samarbeid gRPC server: C connections x S streams, a mix of RPCs.",
    discussion: """
      Every run is bounded by --requests and --duration, whichever comes first. Without \
      --rate each stream sends its next request when the previous answer arrives (closed \
      loop); with --rate requests are due at a fixed rate and latency is measured from the \
      due time, so a stalled server shows as latency (no coordinated omission).
      Scenarios for --mix: empty (TestService.EmptyCall), unary (TestService.UnaryCall with \
      --payload-size bytes each way), health (Health.Check), grants (on each --tenants test \
      tenant: organisation, application, submission, assessment, decision, payment and reads, \
      ten RPCs timed one by one; the books are checked against the server afterwards), \
      meeting-places (on each --tenants test tenant: a place per worker, then a gathering \
      planned, completed with attendance, read and listed, four RPCs timed one by one; every \
      acknowledged place, gathering and count checked afterwards, and each place's summary \
      against the sums acknowledged), dialogues (on each --tenants test tenant: a dialogue \
      meeting recorded, its minutes approved by both sides, both views recorded, its action \
      done and the meeting read, seven RPCs timed one by one; every acknowledged meeting \
      checked afterwards, and the summary against a recount of the records). Example: \
      --mix empty=3,unary=1
      """,
    version: ProductVersion.current
  )

  /// The load-test identity: test tenants only.
  enum LoadTestIdentity: DefaultIdentity {
    static var name: String { "loadtest" }
  }

  @OptionGroup var endpoint: ClientConnectionOptions<LoadTestIdentity>

  @Option(help: "Connections to open.")
  var connections = 4

  @Option(help: "Concurrent streams per connection.")
  var streams = 16

  @Option(help: "Client event-loop threads (default: one per core).")
  var threads = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Stop after this many requests.")
  var requests = 100_000

  @Option(help: "Stop after this many seconds.")
  var duration = 10.0

  @Option(help: "Requests per second over all streams (open loop); omit for closed loop.")
  var rate: Double?

  @Option(help: "Scenarios and weights, e.g. empty=3,unary=1.")
  var mix = "empty"

  @Option(help: "Bytes of payload each way for the unary scenario.")
  var payloadSize = 128

  @Option(help: "Deadline of each request in seconds.")
  var timeout = 10.0

  @Option(help: "Write the summary as JSON to this file.")
  var json: String?

  @Option(help: "Exit with status 2 when more requests than this fail.")
  var maxErrors = 0

  @Flag(help: "No progress line, even on a terminal.")
  var quiet = false

  @Option(
    help:
      "Domain scenarios: the test tenants (kommunenummer, comma-separated; default: every test tenant)."
  )
  var tenants = ""

  @Option(
    help:
      "Domain scenarios: IMDi's certificate (the grants scenario raises allocations with it; all read the test tenants)."
  )
  var oversightCert = "certs/out/oversight-imdi.pem"

  @Option(help: "Domain scenarios: IMDi's private key.")
  var oversightKey = "certs/out/oversight-imdi.key"

  @Option(help: "Grants scenario: kroner added to each test tenant's allocation before the run.")
  var grantBudget = 100_000_000

  func validate() throws {
    guard (1...1000).contains(connections) else {
      throw ValidationError("--connections must be 1 to 1000")
    }
    guard (1...10_000).contains(streams) else {
      throw ValidationError("--streams must be 1 to 10000")
    }
    guard (1...256).contains(threads) else { throw ValidationError("--threads must be 1 to 256") }
    guard requests >= 1 else { throw ValidationError("--requests must be at least 1") }
    guard duration > 0, duration <= 86_400 else {
      throw ValidationError("--duration must be over 0 and at most 86400 seconds")
    }
    if let rate, !(rate > 0 && rate <= 10_000_000) {
      throw ValidationError("--rate must be over 0 and at most 10000000 requests per second")
    }
    guard (0...4_000_000).contains(payloadSize) else {
      throw ValidationError("--payload-size must be 0 to 4000000 bytes")
    }
    guard timeout > 0, timeout <= 3600 else {
      throw ValidationError("--timeout must be over 0 and at most 3600 seconds")
    }
    guard maxErrors >= 0 else { throw ValidationError("--max-errors must not be negative") }
  }

  /// Every scenario `--mix` may name.
  func scenarios(_ settings: ClientSettings) throws -> [String: any LoadScenario] {
    var scenarios = LoadScenarios.builtIn(payloadSize: payloadSize)
    let oversight = try endpoint.configuration(
      settings, certificate: oversightCert, privateKey: oversightKey)
    let grants = GrantsLoadScenario(
      tenants: tenants.split(separator: ",").map { String($0) }, oversight: oversight,
      budgetOre: Int64(grantBudget) * 100)
    scenarios[grants.name] = grants
    let meetingPlaces = MeetingPlacesLoadScenario(
      tenants: tenants.split(separator: ",").map { String($0) }, oversight: oversight)
    scenarios[meetingPlaces.name] = meetingPlaces
    let dialogues = DialoguesLoadScenario(
      tenants: tenants.split(separator: ",").map { String($0) }, oversight: oversight)
    scenarios[dialogues.name] = dialogues
    return scenarios
  }

  func run() async throws {
    let settings: ClientSettings
    let mix: LoadMix
    do {
      settings = try await endpoint.settings()
      _ = try endpoint.configuration(settings)
      mix = try LoadMix(parsing: self.mix, known: scenarios(settings))
    } catch let error as ClientSettingsError {
      throw ValidationError(error.description)
    } catch {
      throw ValidationError("\(error)")
    }
    var logger = Logger(label: "samarbeid.load")
    logger.logLevel = .error
    var configuration = try endpoint.configuration(settings)
    configuration.connections = connections
    configuration.threads = threads
    let client = try GRPCClient(configuration: configuration, logger: logger)
    do {
      try await client.connect()
    } catch {
      await client.close()
      FileHandle.standardError.write(Data("samarbeid-load: \(error)\n".utf8))
      throw ExitCode(1)
    }
    let load = LoadConfiguration(
      connections: connections, streamsPerConnection: streams, maxRequests: requests,
      maxDuration: .seconds(duration), rate: rate, requestTimeout: .seconds(timeout), mix: mix)
    let (host, port) = try endpoint.endpoint(settings)
    let runner = LoadRunner(client: client, configuration: load, target: "\(host):\(port)")
    let showProgress = !quiet && isatty(STDERR_FILENO) == 1
    do {
      try await runner.prepare()
    } catch {
      await client.close()
      FileHandle.standardError.write(
        Data("samarbeid-load: cannot prepare the run: \(error)\n".utf8))
      throw ExitCode(1)
    }
    var report = await runner.run { progress in
      guard showProgress else { return }
      ProgressLine.show(progress)
    }
    if showProgress { ProgressLine.clear() }
    do {
      report.books = try await runner.verify()
    } catch {
      report.books = LoadBooks(
        checked: 0, missing: 0, violations: ["the books could not be read: \(error)"])
    }
    await client.close()
    print(report.text)
    if let json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      try encoder.encode(report).write(to: URL(fileURLWithPath: json))
    }
    if let books = report.books, !books.balance {
      FileHandle.standardError.write(
        Data("samarbeid-load: the books do not balance with the server\n".utf8))
      throw ExitCode(3)
    }
    if report.failed > maxErrors {
      FileHandle.standardError.write(
        Data(
          "samarbeid-load: \(report.failed) requests failed, more than --max-errors \(maxErrors)\n"
            .utf8))
      throw ExitCode(2)
    }
  }
}
