public import DomainValues
internal import ProtoWire
internal import RPC
public import SamarbeidAPI

extension Field {
  /// A named value of `E` other than unspecified (and one of `allowed` when given).
  public static func choice<E: NamedEnum>(_ value: E, field: String, allowed: [E]? = nil)
    throws(DomainError) -> E
  {
    let allowed = allowed ?? E.allSpecified
    guard allowed.contains(value) else {
      let names = allowed.map { "\($0) (\($0.protoValue))" }.joined(separator: ", ")
      throw .invalid(field, "\(field) must be one of \(names), not \(value)")
    }
    return value
  }

  /// Named values of `E`, each once, at most `maximum`.
  public static func choices<E: NamedEnum>(_ values: [E], field: String, maximum: Int)
    throws(DomainError) -> [E]
  {
    try distinct(values, field: field, maximum: maximum)
    for value in values { _ = try choice(value, field: field) }
    return values
  }

  /// `values` hold at most `maximum` items, none twice.
  public static func distinct<Value: Hashable & CustomStringConvertible>(
    _ values: [Value], field: String, maximum: Int
  ) throws(DomainError) {
    guard values.count <= maximum else {
      throw .invalid(field, "\(field) may hold at most \(maximum) items, not \(values.count)")
    }
    var seen = Set<Value>()
    for value in values where !seen.insert(value).inserted {
      throw .invalid(field, "\(field) names \(Quote.short(value.description)) twice")
    }
  }
}
