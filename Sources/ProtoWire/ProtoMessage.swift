/// A protobuf message with a hand-written codec.
///
/// A conformer decodes its fields from a ``ProtoReader`` (merging into what it already holds,
/// as protobuf's merge semantics require) and encodes them to any ``ProtoSink``: the same
/// `encodeFields` computes the serialized size and writes the bytes.
///
/// ```swift
/// mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
///   while let tag = try reader.nextField() {
///     switch tag.fieldNumber {
///     case 1: title = try reader.read(.string, tag)
///     case 2: try reader.readRepeated(.int64, tag, into: &amounts)
///     default: try reader.skipField(tag, preservingIn: &unknownFields)
///     }
///   }
/// }
///
/// func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
///   sink.write(.string, 1, title)
///   sink.writeRepeated(.int64, 2, amounts)
///   sink.writeUnknownFields(unknownFields)
/// }
/// ```
public protocol ProtoMessage: Sendable {
  /// The fully qualified protobuf name, e.g. `samarbeid.v1.GrantApplication`.
  static var protoMessageName: String { get }

  /// The `.proto` name of a field, for error messages; nil when unknown.
  static func protoFieldName(forNumber number: Int) -> String?

  /// An empty message: every field at its default.
  init()

  /// Reads fields until the reader's current message ends, merging them into `self`.
  mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError)

  /// Writes every field that is set, known fields first, then unknown fields.
  func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink)
}

extension ProtoMessage {
  /// No field names by default; errors then name fields by number.
  public static func protoFieldName(forNumber number: Int) -> String? { nil }
}
