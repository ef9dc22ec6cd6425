import ProtoWire

/// `samarbeid.bench.Purpose`.
enum Purpose: Equatable, ProtoEnum {
  case unspecified, community, knowledge, socialControl, operatingGrant
  case unrecognized(Int32)

  init(protoValue: Int32) {
    switch protoValue {
    case 0: self = .unspecified
    case 1: self = .community
    case 2: self = .knowledge
    case 3: self = .socialControl
    case 4: self = .operatingGrant
    default: self = .unrecognized(protoValue)
    }
  }

  var protoValue: Int32 {
    switch self {
    case .unspecified: 0
    case .community: 1
    case .knowledge: 2
    case .socialControl: 3
    case .operatingGrant: 4
    case .unrecognized(let value): value
    }
  }
}

/// `samarbeid.bench.CostCategory`.
enum CostCategory: Equatable, ProtoEnum {
  case unspecified, rent, food, materials, travel, fees
  case unrecognized(Int32)

  init(protoValue: Int32) {
    switch protoValue {
    case 0: self = .unspecified
    case 1: self = .rent
    case 2: self = .food
    case 3: self = .materials
    case 4: self = .travel
    case 5: self = .fees
    default: self = .unrecognized(protoValue)
    }
  }

  var protoValue: Int32 {
    switch self {
    case .unspecified: 0
    case .rent: 1
    case .food: 2
    case .materials: 3
    case .travel: 4
    case .fees: 5
    case .unrecognized(let value): value
    }
  }
}
