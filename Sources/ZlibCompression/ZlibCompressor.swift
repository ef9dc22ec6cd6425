internal import CZlib
public import RPC

/// gRPC's `gzip` and `deflate` message encodings with Debian's zlib.
///
/// `deflate` is the zlib format (RFC 1950), as gRPC's own runtimes write it; `gzip` is RFC
/// 1952. Each message gets a new stream, as gRPC requires.
public struct ZlibCompressor: MessageCompressor {
  /// The `gzip` encoding.
  public static let gzip = ZlibCompressor(name: "gzip", windowBits: 15 + 16)
  /// The `deflate` encoding.
  public static let deflate = ZlibCompressor(name: "deflate", windowBits: 15)

  public let name: String
  private let windowBits: Int32

  public func compress(_ input: [UInt8]) throws(CompressionError) -> [UInt8] {
    var stream = z_stream()
    guard
      samarbeid_deflateInit2(
        &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY)
        == Z_OK
    else { throw .corrupt("zlib could not start a \(name) stream") }
    defer { deflateEnd(&stream) }
    let bound = Int(deflateBound(&stream, UInt(input.count)))
    var output = [UInt8](repeating: 0, count: bound)
    let status = input.withUnsafeBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
        stream.avail_in = UInt32(source.count)
        stream.next_out = target.baseAddress
        stream.avail_out = UInt32(target.count)
        return CZlib.deflate(&stream, Z_FINISH)
      }
    }
    guard status == Z_STREAM_END else { throw .corrupt("zlib failed to compress (\(status))") }
    output.removeLast(output.count - Int(stream.total_out))
    return output
  }

  public func decompress(_ input: [UInt8], limit: Int) throws(CompressionError) -> [UInt8] {
    var stream = z_stream()
    guard samarbeid_inflateInit2(&stream, windowBits) == Z_OK else {
      throw .corrupt("zlib could not start a \(name) stream")
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: min(max(input.count * 4, 4096), 256 * 1024))
    let result: Result<Void, CompressionError> = input.withUnsafeBufferPointer { source in
      stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
      stream.avail_in = UInt32(source.count)
      while true {
        let (status, produced) = chunk.withUnsafeMutableBufferPointer { target in
          stream.next_out = target.baseAddress
          stream.avail_out = UInt32(target.count)
          let status = inflate(&stream, Z_NO_FLUSH)
          return (status, target.count - Int(stream.avail_out))
        }
        guard output.count + produced <= limit else { return .failure(.tooLarge(limit: limit)) }
        output.append(contentsOf: chunk[..<produced])
        switch status {
        case Z_STREAM_END:
          return stream.avail_in == 0
            ? .success(()) : .failure(.corrupt("bytes follow the end of the \(name) stream"))
        case Z_OK:
          continue
        case Z_BUF_ERROR where stream.avail_in == 0:
          return .failure(.corrupt("the \(name) stream is truncated"))
        default:
          return .failure(.corrupt("the \(name) stream is invalid (zlib status \(status))"))
        }
      }
    }
    try result.get()
    return output
  }
}
