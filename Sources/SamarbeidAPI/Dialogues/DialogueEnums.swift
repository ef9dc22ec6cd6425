/// `samarbeid.v1.DialogueMeetingType`: what kind of dialogue meeting.
public struct DialogueMeetingType: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let dialogueMeeting = Self(1)
  public static let dialogueCafe = Self(2)
  /// A hearing on a plan or a decision.
  public static let hearing = Self(3)
  /// A meeting of an immigrant council.
  public static let councilMeeting = Self(4)
  /// Guidance on the grant scheme.
  public static let grantGuidance = Self(5)
  /// The evaluation of a cooperation agreement.
  public static let agreementEvaluation = Self(6)

  public static let protoNames = [
    "DIALOGUE_MEETING_TYPE_UNSPECIFIED", "DIALOGUE_MEETING_TYPE_DIALOGUE_MEETING",
    "DIALOGUE_MEETING_TYPE_DIALOGUE_CAFE", "DIALOGUE_MEETING_TYPE_HEARING",
    "DIALOGUE_MEETING_TYPE_COUNCIL_MEETING", "DIALOGUE_MEETING_TYPE_GRANT_GUIDANCE",
    "DIALOGUE_MEETING_TYPE_AGREEMENT_EVALUATION",
  ]
}

/// `samarbeid.v1.Side`: which side did something.
public struct Side: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let organisation = Self(1)
  public static let municipality = Self(2)
  /// Both together.
  public static let joint = Self(3)

  public static let protoNames = [
    "SIDE_UNSPECIFIED", "SIDE_ORGANISATION", "SIDE_MUNICIPALITY", "SIDE_JOINT",
  ]
}

/// `samarbeid.v1.ParticipationLevel`: the IAP2 spectrum of public participation.
public struct ParticipationLevel: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let inform = Self(1)
  public static let consult = Self(2)
  public static let involve = Self(3)
  public static let collaborate = Self(4)
  public static let empower = Self(5)

  public static let protoNames = [
    "PARTICIPATION_LEVEL_UNSPECIFIED", "PARTICIPATION_LEVEL_INFORM", "PARTICIPATION_LEVEL_CONSULT",
    "PARTICIPATION_LEVEL_INVOLVE", "PARTICIPATION_LEVEL_COLLABORATE", "PARTICIPATION_LEVEL_EMPOWER",
  ]
}

/// `samarbeid.v1.TopicKind`: what a topic was about.
public struct TopicKind: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  /// What the parties want to achieve.
  public static let goal = Self(1)
  /// Applications, reporting, control, rules.
  public static let formalRequirement = Self(2)

  public static let protoNames = [
    "TOPIC_KIND_UNSPECIFIED", "TOPIC_KIND_GOAL", "TOPIC_KIND_FORMAL_REQUIREMENT",
  ]
}

/// `samarbeid.v1.MeetingCadence`: how often the parties of an agreement meet.
public struct MeetingCadence: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let monthly = Self(1)
  public static let quarterly = Self(2)
  public static let halfYearly = Self(3)
  public static let yearly = Self(4)
  public static let asNeeded = Self(5)

  public static let protoNames = [
    "MEETING_CADENCE_UNSPECIFIED", "MEETING_CADENCE_MONTHLY", "MEETING_CADENCE_QUARTERLY",
    "MEETING_CADENCE_HALF_YEARLY", "MEETING_CADENCE_YEARLY", "MEETING_CADENCE_AS_NEEDED",
  ]
}

/// `samarbeid.v1.AgreementStatus`.
public struct AgreementStatus: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let active = Self(1)
  /// Ended, with a reason.
  public static let ended = Self(2)

  public static let protoNames = [
    "AGREEMENT_STATUS_UNSPECIFIED", "AGREEMENT_STATUS_ACTIVE", "AGREEMENT_STATUS_ENDED",
  ]
}

/// `samarbeid.v1.CouncilRole`: the roles of an immigrant council's seats.
public struct CouncilRole: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let member = Self(1)
  public static let deputy = Self(2)
  public static let municipalRepresentative = Self(3)

  public static let protoNames = [
    "COUNCIL_ROLE_UNSPECIFIED", "COUNCIL_ROLE_MEMBER", "COUNCIL_ROLE_DEPUTY",
    "COUNCIL_ROLE_MUNICIPAL_REPRESENTATIVE",
  ]
}
