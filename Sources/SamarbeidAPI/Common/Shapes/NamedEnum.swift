public import ProtoWire

/// A proto enum whose values are numbered 0, 1, 2, ... and named as in `proto/`: the value
/// is its number, so a number without a name (a newer peer's) is kept and sent back as it
/// came. Values are written as static members (`MunicipalRole.initiator`) and matched in a
/// `switch` like enum cases.
public protocol NamedEnum: ProtoEnum, CustomStringConvertible {
  /// The names in `proto/`, by number from 0 (`MUNICIPAL_ROLE_UNSPECIFIED`, ...).
  static var protoNames: [String] { get }
}

extension NamedEnum {
  /// The value numbered `protoValue`.
  public init(_ protoValue: Int32) { self.init(protoValue: protoValue) }

  /// Every named value but the unspecified one (0), in order.
  public static var allSpecified: [Self] { (1..<Int32(protoNames.count)).map(Self.init) }

  /// The name in `proto/`; nil for a number without one.
  public var protoName: String? {
    (0..<Int32(Self.protoNames.count)).contains(protoValue) ? Self.protoNames[Int(protoValue)] : nil
  }

  /// A named value other than the unspecified one.
  public var isSpecified: Bool { protoValue != 0 && protoName != nil }

  public var description: String { protoName ?? "\(protoValue)" }

  /// The name without the enum's prefix, in lower case with hyphens
  /// (`MUNICIPAL_ROLE_OWNER_OPERATOR`: `owner-operator`), as the CLI reads and prints it.
  public var shortName: String {
    guard let name = protoName else { return "\(protoValue)" }
    let prefix = Self.protoNames[0].dropLast("UNSPECIFIED".count)
    return String(name.dropFirst(prefix.count).lowercased().map { $0 == "_" ? "-" : $0 })
  }

  /// The values a caller may send, for messages: `AUDIENCE_MINORITY (1), AUDIENCE_MAJORITY (2)`.
  public static var allowedValues: String {
    allSpecified.map { "\($0) (\($0.protoValue))" }.joined(separator: ", ")
  }
}
