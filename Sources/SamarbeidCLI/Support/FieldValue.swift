import DomainValues
import Foundation

/// A value the command prints, typed so that `--json` has one schema (README, "JSON
/// output"): text, whole numbers, true/false, kroner (a number), lists, and nested objects
/// whose keys are the fields' names.
indirect enum FieldValue: Encodable, Equatable, Sendable {
  case text(String)
  case integer(Int64)
  case number(Double)
  case flag(Bool)
  case kroner(Int64)
  case list([FieldValue])
  case object([(String, FieldValue)])
  /// No value (JSON `null`, an empty CSV cell), shown in a table as `shown`: "not counted",
  /// "rolling", "–".
  case absent(shown: String)
  /// `value` in JSON, shown in a table and CSV as `shown`.
  case shown(FieldValue, as: String)

  /// Absent, shown as a dash.
  static let dash = FieldValue.absent(shown: "–")

  /// `text`, or absent when it is empty (a date not set, an id not given).
  static func nonEmpty(_ text: String, shown: String = "–") -> FieldValue {
    text.isEmpty ? .absent(shown: shown) : .text(text)
  }

  /// Whether this is an object (shown in CSV as its table text).
  var isObject: Bool {
    if case .object = self { return true }
    return false
  }

  /// A share given in per mille, as a number of per cent (`48.5`), shown as `48.5 %`.
  static func percent(permille: Int32) -> FieldValue {
    let percent = Double(permille) / 10
    let shown = permille % 10 == 0 ? "\(permille / 10)" : "\(percent)"
    return .shown(.number(percent), as: shown + " %")
  }

  /// `value`, or absent shown as `shown`.
  static func optional(_ value: Any?, shown: String = "–") -> FieldValue {
    value.map { FieldValue($0) } ?? .absent(shown: shown)
  }

  /// A value of the field lists (`Fields`) as typed.
  init(_ value: Any) {
    switch value {
    case let value as FieldValue: self = value
    case let text as String: self = .text(text)
    case let text as Substring: self = .text(String(text))
    case let flag as Bool: self = .flag(flag)
    case let number as Int: self = .integer(Int64(number))
    case let number as Int32: self = .integer(Int64(number))
    case let number as Int64: self = .integer(number)
    case let number as Double: self = .number(number)
    case let amount as KronerAmount: self = .kroner(amount.ore)
    // An empty list of any element type casts to an empty list of pairs: only a list whose
    // type is pairs is an object, so an empty `[String]` stays `[]`, not `{}`.
    case let fields as [(String, Any)]
    where !fields.isEmpty || type(of: value) == [(String, Any)].self:
      self = .object(fields.map { ($0.0, FieldValue($0.1)) })
    case let list as [Any]: self = .list(list.map(FieldValue.init))
    case let fields as [String: Any]:
      self = .object(fields.sorted { $0.key < $1.key }.map { ($0.key, FieldValue($0.value)) })
    default: self = .text("\(value)")
    }
  }

  static func == (a: FieldValue, b: FieldValue) -> Bool {
    switch (a, b) {
    case (.text(let x), .text(let y)): x == y
    case (.integer(let x), .integer(let y)): x == y
    case (.number(let x), .number(let y)): x == y
    case (.flag(let x), .flag(let y)): x == y
    case (.kroner(let x), .kroner(let y)): x == y
    case (.list(let x), .list(let y)): x == y
    case (.object(let x), .object(let y)): x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
    case (.absent(let x), .absent(let y)): x == y
    case (.shown(let x, let a), .shown(let y, let b)): x == y && a == b
    default: false
    }
  }

  struct Key: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  func encode(to encoder: any Encoder) throws {
    switch self {
    case .text(let text):
      var container = encoder.singleValueContainer()
      try container.encode(text)
    case .integer(let number):
      var container = encoder.singleValueContainer()
      try container.encode(number)
    case .number(let number):
      var container = encoder.singleValueContainer()
      try container.encode(number)
    case .flag(let flag):
      var container = encoder.singleValueContainer()
      try container.encode(flag)
    case .kroner(let ore):
      // Exactly: kroner with up to two decimals, as a JSON number.
      var container = encoder.singleValueContainer()
      try container.encode(Decimal(string: Money(ore: ore).plainKroner) ?? 0)
    case .list(let values):
      var container = encoder.unkeyedContainer()
      for value in values { try container.encode(value) }
    case .object(let fields):
      var container = encoder.container(keyedBy: Key.self)
      for (name, value) in fields { try container.encode(value, forKey: Key(stringValue: name)) }
    case .absent:
      var container = encoder.singleValueContainer()
      try container.encodeNil()
    case .shown(let value, _):
      try value.encode(to: encoder)
    }
  }

  /// As one line of JSON, keys sorted.
  var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }
}
