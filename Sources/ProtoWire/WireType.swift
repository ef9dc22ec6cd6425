/// The protobuf wire type: the low three bits of every field tag.
///
/// Types 3 and 4 (groups) are deprecated; they can still arrive inside unknown fields from
/// proto2 senders, so the reader skips and preserves them. Types 6 and 7 do not exist.
public enum WireType: UInt8, Sendable, Hashable, CustomStringConvertible {
  /// int32, int64, uint32, uint64, sint32, sint64, bool, enum.
  case varint = 0
  /// fixed64, sfixed64, double.
  case fixed64 = 1
  /// string, bytes, embedded messages, packed repeated fields, map entries.
  case lengthDelimited = 2
  /// Start of a proto2 group (deprecated).
  case startGroup = 3
  /// End of a proto2 group (deprecated).
  case endGroup = 4
  /// fixed32, sfixed32, float.
  case fixed32 = 5

  public var description: String {
    switch self {
    case .varint: "VARINT"
    case .fixed64: "I64"
    case .lengthDelimited: "LEN"
    case .startGroup: "SGROUP"
    case .endGroup: "EGROUP"
    case .fixed32: "I32"
    }
  }
}
