public import ProtoWire

/// `samarbeid.v1.OrganisationKind`.
public enum OrganisationKind: ProtoEnum {
  case unspecified
  /// A local immigrant organisation (may receive operating grants).
  case immigrantOrganisation
  /// Another voluntary organisation (activity grants).
  case voluntaryOrganisation
  case unrecognized(Int32)

  public init(protoValue: Int32) {
    switch protoValue {
    case 0: self = .unspecified
    case 1: self = .immigrantOrganisation
    case 2: self = .voluntaryOrganisation
    default: self = .unrecognized(protoValue)
    }
  }

  public var protoValue: Int32 {
    switch self {
    case .unspecified: 0
    case .immigrantOrganisation: 1
    case .voluntaryOrganisation: 2
    case .unrecognized(let value): value
    }
  }
}
