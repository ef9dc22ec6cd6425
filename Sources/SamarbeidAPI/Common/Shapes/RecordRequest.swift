public import ProtoWire

/// The shape of requests that carry one record: the record (field 1) and, for changes, the
/// version it was read at (`expected_version`, field 2). `CreateOrganisationRequest`,
/// `CreateCallRequest`, `CreateApplicationRequest`, `CreateMeetingPlaceRequest` and
/// `PlanGatheringRequest` carry the record only; `UpdateOrganisationRequest`,
/// `UpdateApplicationRequest`, `UpdateMeetingPlaceRequest` and `SetLocalPolicyRequest` both.
/// Each names field 1 its own way (`organisation`, `call`, ...).
public protocol RecordRequest: ProtoMessage, Equatable {
  associatedtype Record: ProtoMessage
  /// Field 1's name in `proto/`.
  static var recordFieldName: String { get }
  /// Whether field 2, `expected_version`, is part of the message.
  static var hasExpectedVersion: Bool { get }
  /// The record (field 1).
  var record: Record? { get set }
  var expectedVersion: Int64 { get set }
  var unknownFields: UnknownFields { get set }
}

extension RecordRequest {
  public static var hasExpectedVersion: Bool { false }
  public var expectedVersion: Int64 {
    get { 0 }
    set {}
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    switch number {
    case 1: recordFieldName
    case 2 where hasExpectedVersion: "expected_version"
    default: nil
    }
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.mergeMessage(tag, into: &record)
      case 2 where Self.hasExpectedVersion: expectedVersion = try reader.read(.int64, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeMessage(1, record)
    if Self.hasExpectedVersion { sink.write(.int64, 2, expectedVersion) }
    sink.writeUnknownFields(unknownFields)
  }
}
