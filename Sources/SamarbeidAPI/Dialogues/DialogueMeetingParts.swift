public import ProtoWire

/// `samarbeid.v1.Participants`: who was at a dialogue meeting.
public struct Participants: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Participants"
  public var organisationIDs: [String] = []
  public var municipalUnits: [String] = []
  public var peopleFromOrganisations: Int32 = 0
  public var peopleFromMunicipality: Int32 = 0
  public var others: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "organisation_ids", 2: "municipal_units", 3: "people_from_organisations",
      4: "people_from_municipality", 5: "others",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.readRepeated(.string, tag, into: &organisationIDs)
      case 2: try reader.readRepeated(.string, tag, into: &municipalUnits)
      case 3: peopleFromOrganisations = try reader.read(.int32, tag)
      case 4: peopleFromMunicipality = try reader.read(.int32, tag)
      case 5: others = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.string, 1, organisationIDs)
    sink.writeRepeated(.string, 2, municipalUnits)
    sink.write(.int32, 3, peopleFromOrganisations)
    sink.write(.int32, 4, peopleFromMunicipality)
    sink.write(.int32, 5, others)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.Topic`: one topic of a meeting, about goals or formal requirements.
public struct Topic: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Topic"
  public var title = ""
  public var kind = TopicKind.unspecified
  public var raisedBy = Side.unspecified
  public var unknownFields = UnknownFields()
  public init() {}

  public init(_ title: String, _ kind: TopicKind, raisedBy: Side) {
    self.title = title
    self.kind = kind
    self.raisedBy = raisedBy
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "title", 2: "kind", 3: "raised_by"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: title = try reader.read(.string, tag)
      case 2: kind = try reader.read(.enum(TopicKind.self), tag)
      case 3: raisedBy = try reader.read(.enum(Side.self), tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, title)
    sink.write(.enum(TopicKind.self), 2, kind)
    sink.write(.enum(Side.self), 3, raisedBy)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.AgreedAction`: something the parties agreed to do.
public struct AgreedAction: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.AgreedAction"
  /// Within the meeting: "a1", "a2", ...
  public var id = ""
  public var description = ""
  public var ownerParty = OwnerParty.unspecified
  /// The organisation's id or the municipal unit's name.
  public var owner = ""
  public var dueOn = ""
  public var status = ActionStatus.unspecified
  public var statusReason = ""
  public var completedOn = ""
  /// Computed.
  public var doneOnTime = false
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "description", 3: "owner_party", 4: "owner", 5: "due_on", 6: "status",
      7: "status_reason", 8: "completed_on", 9: "done_on_time",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: description = try reader.read(.string, tag)
      case 3: ownerParty = try reader.read(.enum(OwnerParty.self), tag)
      case 4: owner = try reader.read(.string, tag)
      case 5: dueOn = try reader.read(.string, tag)
      case 6: status = try reader.read(.enum(ActionStatus.self), tag)
      case 7: statusReason = try reader.read(.string, tag)
      case 8: completedOn = try reader.read(.string, tag)
      case 9: doneOnTime = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, description)
    sink.write(.enum(OwnerParty.self), 3, ownerParty)
    sink.write(.string, 4, owner)
    sink.write(.string, 5, dueOn)
    sink.write(.enum(ActionStatus.self), 6, status)
    sink.write(.string, 7, statusReason)
    sink.write(.string, 8, completedOn)
    sink.write(.bool, 9, doneOnTime)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.MinutesApproval`: who approved the minutes.
public struct MinutesApproval: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.MinutesApproval"
  public var byMunicipality = false
  public var byOrganisationIDs: [String] = []
  /// Computed: the municipality and every organisation present approved.
  public var agreed = false
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "by_municipality", 2: "by_organisation_ids", 3: "agreed"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: byMunicipality = try reader.read(.bool, tag)
      case 2: try reader.readRepeated(.string, tag, into: &byOrganisationIDs)
      case 3: agreed = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.bool, 1, byMunicipality)
    sink.writeRepeated(.string, 2, byOrganisationIDs)
    sink.write(.bool, 3, agreed)
    sink.writeUnknownFields(unknownFields)
  }
}
