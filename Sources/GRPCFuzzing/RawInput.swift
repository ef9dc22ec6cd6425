/// The raw HTTP/2 fuzzer's reading of its bytes: the first chooses how the rest arrives (low
/// seven bits: bytes per read, 0 for all at once) and whether the client preface is sent
/// before them (high bit), so the fuzzer does not spend its time rediscovering the preface.
public struct RawInput {
  /// What the client sends.
  public let bytes: [UInt8]
  /// The pieces it arrives in.
  public let chunkSizes: [Int]

  /// The client `fuzzerBytes` describe.
  public init(_ fuzzerBytes: [UInt8]) {
    guard let first = fuzzerBytes.first else {
      bytes = []
      chunkSizes = []
      return
    }
    let rest = Array(fuzzerBytes.dropFirst())
    bytes = first & 0x80 != 0 ? RawFrame.clientPreface + rest : rest
    chunkSizes = [Int(first & 0x7F)]
  }
}
