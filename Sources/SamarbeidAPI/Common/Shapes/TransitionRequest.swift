public import ProtoWire

/// The shape of a state change that names a record and the version it was read at, and
/// for some a reason: `id` (1), `expected_version` (2), `reason` (3, only where the message
/// has it). `CallTransitionRequest` and `ApplicationTransitionRequest` have the first two;
/// `ReturnApplicationRequest` and `AppealDecisionRequest` all three.
public protocol TransitionRequest: ProtoMessage, Equatable {
  var id: String { get set }
  var expectedVersion: Int64 { get set }
  /// Whether field 3, `reason`, is part of the message.
  static var hasReason: Bool { get }
  var reason: String { get set }
  var unknownFields: UnknownFields { get set }
}

extension TransitionRequest {
  public static var hasReason: Bool { false }
  public var reason: String {
    get { "" }
    set {}
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "id", 2: "expected_version", 3: hasReason ? "reason" : nil][number] ?? nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      case 3 where Self.hasReason: reason = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.int64, 2, expectedVersion)
    if Self.hasReason { sink.write(.string, 3, reason) }
    sink.writeUnknownFields(unknownFields)
  }
}
