/// `samarbeid.v1.MeetingPlaceKind`: what kind of meeting place.
public struct MeetingPlaceKind: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  /// A venue people come to.
  public static let physicalVenue = Self(1)
  /// A standing forum for dialogue between the municipality and organisations.
  public static let dialogueForum = Self(2)
  /// An immigrant council (innvandrerråd) or similar advisory body.
  public static let immigrantCouncil = Self(3)
  /// A network of organisations and municipal services.
  public static let network = Self(4)
  /// A recurring series of events.
  public static let eventSeries = Self(5)
  /// Online only.
  public static let digital = Self(6)

  public static let protoNames = [
    "MEETING_PLACE_KIND_UNSPECIFIED", "MEETING_PLACE_KIND_PHYSICAL_VENUE",
    "MEETING_PLACE_KIND_DIALOGUE_FORUM", "MEETING_PLACE_KIND_IMMIGRANT_COUNCIL",
    "MEETING_PLACE_KIND_NETWORK", "MEETING_PLACE_KIND_EVENT_SERIES", "MEETING_PLACE_KIND_DIGITAL",
  ]
}

/// `samarbeid.v1.MunicipalRole`: what the municipality does for a meeting place.
public struct MunicipalRole: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  /// It took the initiative.
  public static let initiator = Self(1)
  /// It provides premises, staff time or practical help.
  public static let facilitator = Self(2)
  /// It coordinates the organisations and services taking part.
  public static let coordinator = Self(3)
  /// It owns and runs the place itself.
  public static let ownerOperator = Self(4)
  /// No role: only on its own.
  public static let none = Self(5)

  public static let protoNames = [
    "MUNICIPAL_ROLE_UNSPECIFIED", "MUNICIPAL_ROLE_INITIATOR", "MUNICIPAL_ROLE_FACILITATOR",
    "MUNICIPAL_ROLE_COORDINATOR", "MUNICIPAL_ROLE_OWNER_OPERATOR", "MUNICIPAL_ROLE_NONE",
  ]
}

/// `samarbeid.v1.Audience`: whom a meeting place brings together.
public struct Audience: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  /// People with an immigrant background.
  public static let minority = Self(1)
  /// The majority population.
  public static let majority = Self(2)
  /// Both: the meeting place the study asks for.
  public static let both = Self(3)

  public static let protoNames = [
    "AUDIENCE_UNSPECIFIED", "AUDIENCE_MINORITY", "AUDIENCE_MAJORITY", "AUDIENCE_BOTH",
  ]
}

/// `samarbeid.v1.MeetingPlaceService`: what a place offers so that everyone can come.
public struct MeetingPlaceService: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let interpretation = Self(1)
  public static let childcare = Self(2)
  public static let accessibleVenue = Self(3)
  public static let freeOfCharge = Self(4)

  public static let protoNames = [
    "MEETING_PLACE_SERVICE_UNSPECIFIED", "MEETING_PLACE_SERVICE_INTERPRETATION",
    "MEETING_PLACE_SERVICE_CHILDCARE", "MEETING_PLACE_SERVICE_ACCESSIBLE_VENUE",
    "MEETING_PLACE_SERVICE_FREE_OF_CHARGE",
  ]
}

/// `samarbeid.v1.CoHostRole`: an organisation's part in running a meeting place.
public struct CoHostRole: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  /// Hosts it with the municipality.
  public static let coHost = Self(1)
  /// Runs it day to day.
  public static let `operator` = Self(2)
  /// Takes part and contributes.
  public static let partner = Self(3)

  public static let protoNames = [
    "CO_HOST_ROLE_UNSPECIFIED", "CO_HOST_ROLE_CO_HOST", "CO_HOST_ROLE_OPERATOR",
    "CO_HOST_ROLE_PARTNER",
  ]
}

/// `samarbeid.v1.MeetingPlaceStatus`: where a meeting place stands.
public struct MeetingPlaceStatus: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let planned = Self(1)
  public static let active = Self(2)
  public static let paused = Self(3)
  /// Ended for good, with a reason.
  public static let closed = Self(4)

  public static let protoNames = [
    "MEETING_PLACE_STATUS_UNSPECIFIED", "MEETING_PLACE_STATUS_PLANNED",
    "MEETING_PLACE_STATUS_ACTIVE", "MEETING_PLACE_STATUS_PAUSED", "MEETING_PLACE_STATUS_CLOSED",
  ]
}

/// `samarbeid.v1.ScheduleFrequency`: how often a place opens.
public struct ScheduleFrequency: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let weekly = Self(1)
  public static let monthly = Self(2)
  public static let adHoc = Self(3)

  public static let protoNames = [
    "SCHEDULE_FREQUENCY_UNSPECIFIED", "SCHEDULE_FREQUENCY_WEEKLY", "SCHEDULE_FREQUENCY_MONTHLY",
    "SCHEDULE_FREQUENCY_AD_HOC",
  ]
}
