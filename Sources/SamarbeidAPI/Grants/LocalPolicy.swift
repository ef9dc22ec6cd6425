public import ProtoWire

/// `samarbeid.v1.LocalPolicy`: the municipality's own rules for a year
public struct LocalPolicy: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.LocalPolicy"
  public var year: Int32 = 0
  /// Operating grants: the least number of counting members.
  public var operatingMemberThreshold: Int32 = 0
  public var countingMemberDefinition = ""
  public var ratePerMemberOre: Int64 = 0
  public var operatingCapOre: Int64 = 0
  public var projectMinimumOre: Int64 = 0
  public var projectMaximumOre: Int64 = 0
  public var activitiesMustBeFree = false
  /// Grants at or above this need audited accounts.
  public var auditThresholdOre: Int64 = 0
  public var reportDue = ""
  public var splitOperatingPermille: Int32 = 0
  public var splitAPermille: Int32 = 0
  public var splitBPermille: Int32 = 0
  public var splitCPermille: Int32 = 0
  /// 0 for IMDi's recommendations (never set).
  public var version: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "year", 2: "operating_member_threshold", 3: "counting_member_definition",
      4: "rate_per_member_ore", 5: "operating_cap_ore", 6: "project_minimum_ore",
      7: "project_maximum_ore", 8: "activities_must_be_free", 9: "audit_threshold_ore",
      10: "report_due", 11: "split_operating_permille", 12: "split_a_permille",
      13: "split_b_permille", 14: "split_c_permille", 15: "version",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: operatingMemberThreshold = try reader.read(.int32, tag)
      case 3: countingMemberDefinition = try reader.read(.string, tag)
      case 4: ratePerMemberOre = try reader.read(.int64, tag)
      case 5: operatingCapOre = try reader.read(.int64, tag)
      case 6: projectMinimumOre = try reader.read(.int64, tag)
      case 7: projectMaximumOre = try reader.read(.int64, tag)
      case 8: activitiesMustBeFree = try reader.read(.bool, tag)
      case 9: auditThresholdOre = try reader.read(.int64, tag)
      case 10: reportDue = try reader.read(.string, tag)
      case 11: splitOperatingPermille = try reader.read(.int32, tag)
      case 12: splitAPermille = try reader.read(.int32, tag)
      case 13: splitBPermille = try reader.read(.int32, tag)
      case 14: splitCPermille = try reader.read(.int32, tag)
      case 15: version = try reader.read(.int64, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.write(.int32, 2, operatingMemberThreshold)
    sink.write(.string, 3, countingMemberDefinition)
    sink.write(.int64, 4, ratePerMemberOre)
    sink.write(.int64, 5, operatingCapOre)
    sink.write(.int64, 6, projectMinimumOre)
    sink.write(.int64, 7, projectMaximumOre)
    sink.write(.bool, 8, activitiesMustBeFree)
    sink.write(.int64, 9, auditThresholdOre)
    sink.write(.string, 10, reportDue)
    sink.write(.int32, 11, splitOperatingPermille)
    sink.write(.int32, 12, splitAPermille)
    sink.write(.int32, 13, splitBPermille)
    sink.write(.int32, 14, splitCPermille)
    sink.write(.int64, 15, version)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.GetLocalPolicyRequest`.
public struct GetLocalPolicyRequest: YearRequest {
  public static let protoMessageName = "samarbeid.v1.GetLocalPolicyRequest"
  public var year: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.SetLocalPolicyRequest`.
public struct SetLocalPolicyRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.SetLocalPolicyRequest"
  public static let recordFieldName = "policy"
  public static var hasExpectedVersion: Bool { true }
  public var policy: LocalPolicy?
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public var record: LocalPolicy? {
    get { policy }
    _modify { yield &policy }
  }
}
