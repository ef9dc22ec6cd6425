import ArgumentParser
import DomainValues
import Foundation
import RPC

/// Server messages said in the command line's terms: the flag to type instead of the proto
/// field (`use_by` → `--use-by`, `amount_applied_ore` → `--amount`), kroner instead of øre,
/// the CLI's flag instead of a client library setting.
enum CLIMessages {
  /// The command being run, whose flags a message may name.
  @TaskLocal static var command: (any ParsableCommand.Type)?

  /// Proto fields whose flag is not their name in kebab case (without `_ore` or `_id`).
  static let flagsOfFields = [
    "amount_applied_ore": "--amount", "amount_ore": "--amount", "opens_on": "--opens",
    "closes_on": "--closes", "organisasjonsnummer": "--orgnr",
    "counting_members": "--members", "counting_members_as_of": "--members-as-of",
    "letter_reference": "--letter", "kommunenummer": "--kommune", "budget_ore": "--budget",
    "in_frivillighetsregisteret": "--frivillighetsregisteret",
    "immigrant_organisation_declared": "--immigrant-declared",
  ]

  /// `error`'s message with fields the running command has a flag for named by the flag,
  /// amounts in øre as kroner, and client settings as flags.
  static func rewrite(_ error: RPCError) -> String {
    var message = error.message.replacingOccurrences(
      of: "set waitForReady to wait for reconnection", with: "add --wait-for-ready to wait for it")
    message = kroner(in: message)
    guard let command else { return message }
    let help = SamarbeidCommand.helpMessage(for: command, columns: 400)
    let flags = Set(help.matches(of: /--[a-z][a-z0-9-]*/).map { String($0.output) })
    // Enum values as the command takes them: PARTLY_GRANTED → partly-granted.
    let values = Set(
      help.matches(of: /\(values: ([^)]*)\)/).flatMap {
        $0.output.1.split(separator: ", ").map(String.init)
      })
    message = message.replacing(/\b[A-Z]+(?:_[A-Z]+)+\b/) { match in
      let value = match.output.lowercased().replacingOccurrences(of: "_", with: "-")
      return values.contains(value) ? value : String(match.output)
    }
    let pattern = /\b[a-z][a-z0-9]*(?:[._\[\]0-9]+[a-z0-9]+)+\b/
    for match in message.matches(of: pattern).reversed() {
      let path = String(match.output)
      guard let leaf = path.split(separator: ".").last.map(String.init),
        let flag = flag(for: leaf, among: flags)
      else { continue }
      message.replaceSubrange(match.range, with: flag)
    }
    return message
  }

  /// The flag of `command` for the proto field `leaf`, if it has one.
  static func flag(for leaf: String, among flags: Set<String>) -> String? {
    let plain = leaf.replacing(/\[[0-9]+\]/, with: "")
    var candidates = [flagsOfFields[plain]].compactMap { $0 }
    var kebab = plain
    for suffix in ["_ore", "_id", "_ids"] where kebab.hasSuffix(suffix) {
      kebab.removeLast(suffix.count)
    }
    candidates.append("--" + plain.replacingOccurrences(of: "_", with: "-"))
    candidates.append("--" + kebab.replacingOccurrences(of: "_", with: "-"))
    // An amount in øre is the command's amount in kroner when it has one.
    if plain.hasSuffix("_ore") { candidates.append("--amount") }
    return candidates.first { flags.contains($0) }
  }

  /// `text` with every "N øre" written in kroner.
  static func kroner(in text: String) -> String {
    // "100 øre (1 kr)": the server wrote it in kroner already.
    text.replacing(/-?[0-9]+ øre \(([^()]* kr)\)/) { String($0.output.1) }.replacing(
      /(-?[0-9]+) øre/
    ) { match in
      guard let ore = Int64(match.output.1) else { return String(match.output.0) }
      return "\(Money(ore: ore))"
    }
  }
}
