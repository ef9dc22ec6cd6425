import ArgumentParser
import DomainValues
import Foundation
import RPC

/// The entry point of `samarbeid`: parses as swift-argument-parser does, with what operators
/// expect on top: a negative number is a value (`--amount -500`), every usage error exits 2
/// as the README says (with the allowed values, and the nearest subcommand for a mistyped
/// one), and server messages name the running command's flags.
@main
enum SamarbeidMain {
  static func main() async {
    let arguments = joiningNegativeNumbers(
      optionsAfterCommand(Array(CommandLine.arguments.dropFirst())))
    if arguments == ["--version"] {
      print("samarbeid \(ProductVersion.current)")
      return
    }
    var parsed: (any ParsableCommand.Type)?
    do {
      let command = type(of: try SamarbeidCommand.parseAsRoot(arguments))
      parsed = command
      try await CLIMessages.$command.withValue(command) {
        var command = try SamarbeidCommand.parseAsRoot(arguments)
        if var command = command as? any AsyncParsableCommand {
          try await command.run()
        } else {
          try command.run()
        }
      }
    } catch {
      exit(for: error, arguments: arguments, command: parsed)
    }
  }

  /// Flags before the command (`samarbeid --profile imdi oversight tenants`) moved after it,
  /// where the command reads them, as kubectl and gh take them anywhere.
  static func optionsAfterCommand(_ arguments: [String]) -> [String] {
    var leading: [String] = []
    var rest = arguments[...]
    let flags: Set = ["--json", "--wait-for-ready", "--all", "--follow"]
    while let first = rest.first, first.hasPrefix("--"), first != "--help", first != "--version" {
      leading.append(first)
      rest = rest.dropFirst()
      if !first.contains("="), !flags.contains(first), let value = rest.first {
        leading.append(value)
        rest = rest.dropFirst()
      }
    }
    return Array(rest) + leading
  }

  /// `--flag -5` as `--flag=-5`: a negative number after an option is its value, not a flag.
  static func joiningNegativeNumbers(_ arguments: [String]) -> [String] {
    var joined: [String] = []
    for argument in arguments {
      if let last = joined.last, last.hasPrefix("--"), !last.contains("="),
        argument.wholeMatch(of: /-[0-9]+([.,][0-9]+)?/) != nil
      {
        joined[joined.count - 1] = last + "=" + argument
      } else {
        joined.append(argument)
      }
    }
    return joined
  }

  /// Ends the process for `error`: help and clean exits as swift-argument-parser does them;
  /// usage errors with status 2 and a suggestion; our own exit codes as they are.
  static func exit(
    for error: any Error, arguments: [String], command: (any ParsableCommand.Type)?
  ) -> Never {
    let code = SamarbeidCommand.exitCode(for: error)
    guard code == .validationFailure else { SamarbeidCommand.exit(withError: error) }
    var message = SamarbeidCommand.fullMessage(for: error)
    if let command, command != SamarbeidCommand.self {
      // Refused after parsing (a check in run): the usage of the command that refused.
      let path = commandPath(of: command).joined(separator: " ")
      message =
        "Error: \(SamarbeidCommand.message(for: error))\n"
        + SamarbeidCommand.usageString(for: command).replacingOccurrences(
          of: "USAGE:", with: "Usage:") + "\n  See 'samarbeid \(path) --help' for more information."
    }
    if let suggestion = suggestion(for: arguments) {
      // A mistyped command: the parser's own words ("unexpected arguments") would mislead.
      message = "Error: \(suggestion)\n  See 'samarbeid --help' for more information."
    }
    if let reason = amountRefusal(in: message) { message += "\n" + reason }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    Foundation.exit(ExitStatus.usage)
  }

  /// The options that take kroner (``Kroner``).
  static let kronerOptions: Set = [
    "--amount", "--audit-threshold", "--budget", "--operating-cap", "--project-maximum",
    "--project-minimum", "--rate-per-member", "--spent",
  ]

  /// Why an amount given to a kroner option was refused, for the parser's bare "is invalid".
  static func amountRefusal(in message: String) -> String? {
    guard
      let match = message.firstMatch(of: /The value '(.*)' is invalid for '(--[a-z0-9-]+)/),
      kronerOptions.contains(String(match.2)),
      let reason = Money.refusal(kroner: String(match.1))
    else { return nil }
    return "\(match.2) takes kroner as tables show them (20 000 kr, 20000, 1250,50): \(reason)"
  }

  /// "Did you mean" for a word where a subcommand was expected.
  static func suggestion(for arguments: [String]) -> String? {
    var command: any ParsableCommand.Type = SamarbeidCommand.self
    var path = ["samarbeid"]
    for argument in arguments where !argument.hasPrefix("-") {
      let subcommands = command.configuration.subcommands
      guard !subcommands.isEmpty else { return nil }
      if let next = subcommands.first(where: { name(of: $0) == argument }) {
        command = next
        path.append(argument)
        continue
      }
      let names = subcommands.map(name(of:))
      let closest = names.map { EditDistance.between($0, argument) }.min() ?? .max
      let near =
        closest <= 2
        ? names.filter { EditDistance.between($0, argument) == closest }
        : names.filter { $0.hasPrefix(argument) || argument.hasPrefix($0) }
      return near.isEmpty
        ? "'\(argument)' is not a command of \(path.joined(separator: " ")): it has \(names.joined(separator: ", "))"
        : "'\(argument)' is not a command of \(path.joined(separator: " ")); did you mean \(near.map { "'\($0)'" }.joined(separator: " or "))?"
    }
    return nil
  }

  /// The subcommand names from the root to `command`.
  static func commandPath(of command: any ParsableCommand.Type) -> [String] {
    func search(_ node: any ParsableCommand.Type, _ path: [String]) -> [String]? {
      if node == command { return path }
      for child in node.configuration.subcommands {
        if let found = search(child, path + [name(of: child)]) { return found }
      }
      return nil
    }
    return search(SamarbeidCommand.self, []) ?? []
  }

  static func name(of command: any ParsableCommand.Type) -> String {
    command.configuration.commandName ?? command._commandName
  }
}
