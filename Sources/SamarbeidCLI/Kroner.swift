import ArgumentParser
import DomainValues

/// An amount given in kroner on the command line (e.g. `30000` or `1250.50`), held in øre;
/// more than two decimals or anything but digits are refused here, amounts out of range by the
/// server (in kroner).
struct Kroner: ExpressibleByArgument, CustomStringConvertible {
  let ore: Int64

  init(ore: Int64) { self.ore = ore }

  var description: String { Money(ore: ore).plainKroner }

  var defaultValueDescription: String { Money(ore: ore).plainKroner }

  init?(argument: String) {
    guard let money = Money(kroner: argument) else { return nil }
    ore = money.ore
  }

  /// `ore` as an amount to show: `30 000 kr` in a table, `30000` in JSON.
  static func text(_ ore: Int64) -> KronerAmount { KronerAmount(ore: ore) }
}
