public import ProtoWire

/// `protowire.golden.Colour`, open: unknown numbers are kept.
public enum Colour: ProtoEnum {
  case unspecified
  case red
  case green
  case blue
  case unrecognized(Int32)

  public init(protoValue: Int32) {
    switch protoValue {
    case 0: self = .unspecified
    case 1: self = .red
    case 2: self = .green
    case 3: self = .blue
    default: self = .unrecognized(protoValue)
    }
  }

  public var protoValue: Int32 {
    switch self {
    case .unspecified: 0
    case .red: 1
    case .green: 2
    case .blue: 3
    case .unrecognized(let value): value
    }
  }
}
