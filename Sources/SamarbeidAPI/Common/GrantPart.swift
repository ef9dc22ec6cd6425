public import ProtoWire

/// `samarbeid.v1.GrantPart`: the two parts of the grant scheme
public enum GrantPart: ProtoEnum {
  case unspecified
  /// Driftstilskudd: operating grants to local immigrant organisations.
  case operating
  /// Aktivitetstilskudd: activity grants to voluntary activity creating meeting places.
  case activity
  case unrecognized(Int32)

  public init(protoValue: Int32) {
    switch protoValue {
    case 0: self = .unspecified
    case 1: self = .operating
    case 2: self = .activity
    default: self = .unrecognized(protoValue)
    }
  }

  public var protoValue: Int32 {
    switch self {
    case .unspecified: 0
    case .operating: 1
    case .activity: 2
    case .unrecognized(let value): value
    }
  }
}

/// `samarbeid.v1.ActivityPurpose`: the purpose of an activity grant
public enum ActivityPurpose: ProtoEnum {
  case unspecified
  /// A: community and trust; against exclusion and racism.
  case a
  /// B: knowledge of society, Norwegian, qualification.
  case b
  /// C: preventing negative social control, honour-related violence, forced marriage, FGM.
  case c
  case unrecognized(Int32)

  public init(protoValue: Int32) {
    switch protoValue {
    case 0: self = .unspecified
    case 1: self = .a
    case 2: self = .b
    case 3: self = .c
    default: self = .unrecognized(protoValue)
    }
  }

  public var protoValue: Int32 {
    switch self {
    case .unspecified: 0
    case .a: 1
    case .b: 2
    case .c: 3
    case .unrecognized(let value): value
    }
  }
}
