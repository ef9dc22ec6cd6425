import ArgumentParser
import DomainValues

/// An amount given in kroner on the command line (e.g. `30000` or `1250.50`), held in øre;
/// amounts beyond 10 000 000 000 kr, more than two decimals or anything but digits are refused.
struct Kroner: ExpressibleByArgument, CustomStringConvertible {
  let ore: Int64

  init(ore: Int64) { self.ore = ore }

  var description: String { Self.text(ore) }

  var defaultValueDescription: String { Self.text(ore) }

  init?(argument: String) {
    guard let money = Money(kroner: argument), money >= .zero else { return nil }
    ore = money.ore
  }

  /// `ore` as kroner with two decimals, e.g. `30000.00`.
  static func text(_ ore: Int64) -> String { Money(ore: ore).plainKroner }
}
