/// `samarbeid.v1.GatheringMode`: how people take part in a gathering.
public struct GatheringMode: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let inPerson = Self(1)
  public static let online = Self(2)
  public static let hybrid = Self(3)

  public static let protoNames = [
    "GATHERING_MODE_UNSPECIFIED", "GATHERING_MODE_IN_PERSON", "GATHERING_MODE_ONLINE",
    "GATHERING_MODE_HYBRID",
  ]
}

/// `samarbeid.v1.GatheringState`: where a gathering stands.
public struct GatheringState: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let planned = Self(1)
  /// Held: attendance recorded.
  public static let completed = Self(2)
  public static let cancelled = Self(3)

  public static let protoNames = [
    "GATHERING_STATE_UNSPECIFIED", "GATHERING_STATE_PLANNED", "GATHERING_STATE_COMPLETED",
    "GATHERING_STATE_CANCELLED",
  ]
}

/// `samarbeid.v1.CountSource`: how a count was arrived at.
public struct CountSource: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let headcount = Self(1)
  public static let estimate = Self(2)
  public static let registrations = Self(3)

  public static let protoNames = [
    "COUNT_SOURCE_UNSPECIFIED", "COUNT_SOURCE_HEADCOUNT", "COUNT_SOURCE_ESTIMATE",
    "COUNT_SOURCE_REGISTRATIONS",
  ]
}

/// `samarbeid.v1.PresenceRole`: an organisation's part in a gathering.
public struct PresenceRole: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let attending = Self(1)
  public static let coHosting = Self(2)

  public static let protoNames = [
    "PRESENCE_ROLE_UNSPECIFIED", "PRESENCE_ROLE_ATTENDING", "PRESENCE_ROLE_CO_HOSTING",
  ]
}

/// `samarbeid.v1.OwnerParty`: who is to carry out a follow-up action.
public struct OwnerParty: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  /// A municipal unit, named in `owner`.
  public static let municipality = Self(1)
  /// An organisation: `owner` is its id.
  public static let organisation = Self(2)

  public static let protoNames = [
    "OWNER_PARTY_UNSPECIFIED", "OWNER_PARTY_MUNICIPALITY", "OWNER_PARTY_ORGANISATION",
  ]
}

/// `samarbeid.v1.ActionStatus`: where a follow-up action stands.
public struct ActionStatus: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let open = Self(1)
  public static let done = Self(2)
  /// Given up, with a reason.
  public static let dropped = Self(3)

  public static let protoNames = [
    "ACTION_STATUS_UNSPECIFIED", "ACTION_STATUS_OPEN", "ACTION_STATUS_DONE",
    "ACTION_STATUS_DROPPED",
  ]
}
