public import ProtoWire

/// `samarbeid.v1.PreconditionAssessment`: a party's view of a meeting, the three
/// preconditions scored 1 to 5.
public struct PreconditionAssessment: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.PreconditionAssessment"
  public var party = OwnerParty.unspecified
  public var organisationID = ""
  public var onTheirTerms: Int32 = 0
  public var meetingPlaceExists: Int32 = 0
  public var equalPartners: Int32 = 0
  /// Personal data may occur.
  public var comment = ""
  public var recordedAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  /// The scores in the order of the preconditions.
  public var scores: [Int32] { [onTheirTerms, meetingPlaceExists, equalPartners] }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "party", 2: "organisation_id", 3: "on_their_terms", 4: "meeting_place_exists",
      5: "equal_partners", 6: "comment", 7: "recorded_at",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: party = try reader.read(.enum(OwnerParty.self), tag)
      case 2: organisationID = try reader.read(.string, tag)
      case 3: onTheirTerms = try reader.read(.int32, tag)
      case 4: meetingPlaceExists = try reader.read(.int32, tag)
      case 5: equalPartners = try reader.read(.int32, tag)
      case 6: comment = try reader.read(.string, tag)
      case 7: recordedAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(OwnerParty.self), 1, party)
    sink.write(.string, 2, organisationID)
    sink.write(.int32, 3, onTheirTerms)
    sink.write(.int32, 4, meetingPlaceExists)
    sink.write(.int32, 5, equalPartners)
    sink.write(.string, 6, comment)
    sink.write(.string, 7, recordedAt)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.AssessmentGap`: the organisations' mean score minus the municipality's, per
/// precondition.
public struct AssessmentGap: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.AssessmentGap"
  public var onTheirTerms: Double = 0
  public var meetingPlaceExists: Double = 0
  public var equalPartners: Double = 0
  public var unknownFields = UnknownFields()
  public init() {}

  /// The three values in the order of the preconditions.
  public init(_ values: [Double]) {
    onTheirTerms = values[0]
    meetingPlaceExists = values[1]
    equalPartners = values[2]
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "on_their_terms", 2: "meeting_place_exists", 3: "equal_partners"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: onTheirTerms = try reader.read(.double, tag)
      case 2: meetingPlaceExists = try reader.read(.double, tag)
      case 3: equalPartners = try reader.read(.double, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.double, 1, onTheirTerms)
    sink.write(.double, 2, meetingPlaceExists)
    sink.write(.double, 3, equalPartners)
    sink.writeUnknownFields(unknownFields)
  }
}
