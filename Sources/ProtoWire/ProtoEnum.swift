/// A protobuf enum, open as proto3 requires: unknown numbers are kept, not rejected.
///
/// Conformers are usually Swift enums with an `unrecognized(Int32)` case, so that a value
/// from a newer peer survives a round trip through an older one.
public protocol ProtoEnum: Sendable, Hashable {
  /// The value for a number on the wire; numbers without a case map to an unrecognized value.
  init(protoValue: Int32)
  /// The number written on the wire.
  var protoValue: Int32 { get }
}
