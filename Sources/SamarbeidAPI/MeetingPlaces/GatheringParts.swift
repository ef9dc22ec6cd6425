public import ProtoWire

/// `samarbeid.v1.AttendanceCount`: a number of people and how it was arrived at.
public struct AttendanceCount: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.AttendanceCount"
  public var count: Int32 = 0
  public var source = CountSource.unspecified
  public var unknownFields = UnknownFields()
  public init() {}

  public init(_ count: Int32, _ source: CountSource) {
    self.count = count
    self.source = source
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "count", 2: "source"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: count = try reader.read(.int32, tag)
      case 2: source = try reader.read(.enum(CountSource.self), tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, count)
    sink.write(.enum(CountSource.self), 2, source)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.Attendance`: who came, as counts only.
public struct Attendance: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Attendance"
  /// Required.
  public var total: AttendanceCount?
  public var immigrantBackground: AttendanceCount?
  public var women: AttendanceCount?
  public var under18: AttendanceCount?
  public var firstTime: AttendanceCount?
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "total", 2: "immigrant_background", 3: "women", 4: "under_18", 5: "first_time"][number]
  }

  /// The counts that may be left out, with their field names.
  public var parts: [(field: String, count: AttendanceCount?)] {
    [
      ("immigrant_background", immigrantBackground), ("women", women), ("under_18", under18),
      ("first_time", firstTime),
    ]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.mergeMessage(tag, into: &total)
      case 2: try reader.mergeMessage(tag, into: &immigrantBackground)
      case 3: try reader.mergeMessage(tag, into: &women)
      case 4: try reader.mergeMessage(tag, into: &under18)
      case 5: try reader.mergeMessage(tag, into: &firstTime)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeMessage(1, total)
    sink.writeMessage(2, immigrantBackground)
    sink.writeMessage(3, women)
    sink.writeMessage(4, under18)
    sink.writeMessage(5, firstTime)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.OrganisationPresence`: an organisation at a gathering.
public struct OrganisationPresence: OrganisationReference {
  public static let protoMessageName = "samarbeid.v1.OrganisationPresence"
  public var organisationID = ""
  public var role = PresenceRole.unspecified
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.FollowUpAction`: something agreed at a gathering.
public struct FollowUpAction: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.FollowUpAction"
  public var description = ""
  public var ownerParty = OwnerParty.unspecified
  /// The municipal unit's name, or the organisation's id.
  public var owner = ""
  /// YYYY-MM-DD or empty.
  public var dueOn = ""
  public var status = ActionStatus.unspecified
  public var statusReason = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "description", 2: "owner_party", 3: "owner", 4: "due_on", 5: "status",
      6: "status_reason",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: description = try reader.read(.string, tag)
      case 2: ownerParty = try reader.read(.enum(OwnerParty.self), tag)
      case 3: owner = try reader.read(.string, tag)
      case 4: dueOn = try reader.read(.string, tag)
      case 5: status = try reader.read(.enum(ActionStatus.self), tag)
      case 6: statusReason = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, description)
    sink.write(.enum(OwnerParty.self), 2, ownerParty)
    sink.write(.string, 3, owner)
    sink.write(.string, 4, dueOn)
    sink.write(.enum(ActionStatus.self), 5, status)
    sink.write(.string, 6, statusReason)
    sink.writeUnknownFields(unknownFields)
  }
}
