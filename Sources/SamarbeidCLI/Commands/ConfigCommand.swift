import ArgumentParser
import ClientOptions
import Foundation

/// `samarbeid config`: what the command connects with and where each value comes from, and
/// the profiles of the configuration file (one per municipality, one for IMDi).
struct ConfigCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Show the settings in effect; keep profiles in the configuration file.",
    discussion: """
      Each setting comes from, highest first: its flag (--address, --ca, --cert, --key, \
      --server-name, --tenant), its environment variable (SAMARBEID_ADDRESS, SAMARBEID_CA, \
      SAMARBEID_CERT, SAMARBEID_KEY, SAMARBEID_SERVER_NAME, SAMARBEID_TENANT), the profile in \
      use (--profile, SAMARBEID_PROFILE, or the file's "profile"), or the built-in default. The \
      file is --config, SAMARBEID_CONFIG, or ~/.config/samarbeid/config.json; paths in it are \
      read from its own directory.
      """,
    subcommands: [Show.self, Init.self, SetProfile.self, Use.self], defaultSubcommand: Show.self)

  struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "The settings in effect and where each came from.")
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      let settings = try await connection.settings()
      var rows: [[(String, Any)]] = [
        [("setting", "config"), ("value", settings.file.value), ("source", settings.file.source)],
        [
          ("setting", "profile"), ("value", settings.profile?.value ?? "(none)"),
          ("source", settings.profile?.source ?? "no profile chosen"),
        ],
      ]
      for key in ClientSettings.Key.allCases {
        let setting = settings.values[key]
        rows.append([
          ("setting", key.flag.dropFirst(2)), ("value", setting?.value ?? "(not set)"),
          ("source", setting?.source ?? "-"),
        ])
      }
      Output.rows(rows, columns: ["setting", "value", "source"], format: connection.format)
      if !settings.profiles.isEmpty, connection.format == .table {
        print("\nprofiles: \(settings.profiles.joined(separator: ", "))")
      }
    }
  }

  struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "A profile for each client certificate in a directory (e.g. certs/out).",
      discussion: """
        Every NAME.pem with a NAME.key beside it (other than ca and server) becomes the profile \
        NAME with absolute paths, so that the command works from any directory. The first \
        municipality becomes the profile in use unless one is set. Certificates the server \
        refuses by design (expired, revoked, another CA's, without or with two identities: \
        those make certs lists in refused-by-design.txt, for the tests) are left out.
        """)
    @Option(help: "The directory of the certificates.") var certs: String
    @Option(help: "Server as host:port for these profiles.") var address = "127.0.0.1:8443"
    @Option(help: "Name the server certificate must carry.") var serverName = "localhost"
    @Option(help: "The configuration file to write (default: the one in effect).")
    var config: String?

    func run() async throws {
      let directory = ClientSettings.absolute(
        certs, from: FileManager.default.currentDirectoryPath)
      let refused = Set(
        ((try? String(contentsOfFile: "\(directory)/refused-by-design.txt", encoding: .utf8))
          ?? "").split(whereSeparator: \.isNewline).map(String.init))
      let candidates = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        .filter { $0.hasSuffix(".pem") }.map { String($0.dropLast(4)) }
        .filter {
          !["ca", "server", "crl"].contains($0)
            && FileManager.default.fileExists(atPath: "\(directory)/\($0).key")
        }.sorted()
      let names = candidates.filter { !refused.contains($0) }
      let leftOut = candidates.filter { refused.contains($0) }
      guard !names.isEmpty else {
        throw ValidationError(
          "no client certificates (NAME.pem with NAME.key) in \(directory); make them with make certs"
        )
      }
      var file = try ProfileFile(path: ProfileFile.path(config))
      for name in names {
        file.profiles[name] = [
          "address": address, "serverName": serverName, "ca": "\(directory)/ca.pem",
          "cert": "\(directory)/\(name).pem", "key": "\(directory)/\(name).key",
        ]
      }
      if file.current == nil { file.current = names.first { $0.hasPrefix("kommune-") } }
      try file.write()
      print(
        "\(Output.counted(names.count, "profile")) in \(file.path): \(names.joined(separator: ", "))"
          + (file.current.map { "; in use: \($0)" } ?? "")
          + (leftOut.isEmpty
            ? "" : "; left out, refused by design: \(leftOut.joined(separator: ", "))"))
    }
  }

  struct SetProfile: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set-profile", abstract: "Add a profile, or change settings of one.")
    @Argument(help: "The profile's name: letters, digits, - and _.") var name: String
    @Option(help: "Server as host:port.") var address: String?
    @Option(help: "Name the server certificate must carry.") var serverName: String?
    @Option(help: "PEM CA certificates.") var ca: String?
    @Option(help: "PEM client certificate.") var cert: String?
    @Option(help: "PEM private key.") var key: String?
    @Option(help: "Test tenant (kommunenummer) for load-test identities.") var tenant: String?
    @Flag(help: "Also make it the profile in use.") var use = false
    @Option(help: "The configuration file to write (default: the one in effect).")
    var config: String?

    func validate() throws {
      guard name.wholeMatch(of: /[A-Za-z0-9_-]{1,64}/) != nil else {
        throw ValidationError("a profile name is 1 to 64 letters, digits, - and _, not \(name)")
      }
    }

    func run() async throws {
      var file = try ProfileFile(path: ProfileFile.path(config))
      var profile = file.profiles[name] ?? [:]
      let here = FileManager.default.currentDirectoryPath
      for (key, value, isPath) in [
        ("address", address, false), ("serverName", serverName, false), ("ca", ca, true),
        ("cert", cert, true), ("key", key, true), ("tenant", tenant, false),
      ] {
        guard let value else { continue }
        profile[key] = isPath ? ClientSettings.absolute(value, from: here) : value
      }
      file.profiles[name] = profile
      if use { file.current = name }
      try file.write()
      print("profile \(name) in \(file.path)" + (use ? " (in use)" : ""))
    }
  }

  struct Use: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Choose the profile in use.")
    @Argument(help: "The profile's name.") var name: String
    @Option(help: "The configuration file to write (default: the one in effect).")
    var config: String?

    func run() async throws {
      var file = try ProfileFile(path: ProfileFile.path(config))
      guard file.profiles[name] != nil else {
        throw ValidationError(
          "no profile \(name) in \(file.path); it has \(file.profiles.keys.sorted().joined(separator: ", "))"
        )
      }
      file.current = name
      try file.write()
      print("profile in use: \(name)")
    }
  }
}
