import ProtoWire
import ProtoWireTestSupport

/// libFuzzer entry point: decodes arbitrary bytes as the golden test message.
///
/// The decoder must either throw a `ProtoWireError` or produce a message whose encoding is a
/// fixed point (encode, decode, encode gives the same bytes). Anything else, and any crash,
/// leak or out-of-bounds access that AddressSanitizer sees, is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoder(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = UnsafeRawBufferPointer(start: start, count: count)
  let limits = ProtoDecodingLimits(maxDepth: 64, maxMessageSize: 1 << 20)
  guard let message = try? AllTypes(serializedBytes: bytes, limits: limits) else { return 0 }
  let once = message.serializedBytes()
  precondition(once.count == message.serializedSize, "size and encoding disagree")
  guard let again = try? AllTypes(serializedBytes: once, limits: limits) else {
    fatalError("a re-encoded message does not decode")
  }
  precondition(again.serializedBytes() == once, "re-encoding is not a fixed point")
  return 0
}
