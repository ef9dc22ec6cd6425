import ArgumentParser
import Foundation

/// An amount given in kroner on the command line (e.g. `30000` or `1250.50`), held in øre.
struct Kroner: ExpressibleByArgument, CustomStringConvertible {
  let ore: Int64

  init(ore: Int64) { self.ore = ore }

  var description: String { Self.text(ore) }

  var defaultValueDescription: String { Self.text(ore) }

  init?(argument: String) {
    let parts = argument.replacingOccurrences(of: ",", with: ".").split(
      separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = Int64(parts[0]), whole >= 0 else { return nil }
    var fraction: Int64 = 0
    if parts.count == 2 {
      guard (1...2).contains(parts[1].count), let value = Int64(parts[1]) else { return nil }
      fraction = parts[1].count == 1 ? value * 10 : value
    }
    ore = whole * 100 + fraction
  }

  /// `ore` as kroner with two decimals, e.g. `30000.00`.
  static func text(_ ore: Int64) -> String {
    let sign = ore < 0 ? "-" : ""
    let fraction = abs(ore) % 100
    return "\(sign)\(abs(ore) / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
