/// A gRPC message encoding (`grpc-encoding`): gzip, deflate, or another algorithm.
///
/// Compression contexts never span messages: each call compresses or decompresses one
/// whole message.
public protocol MessageCompressor: Sendable {
  /// The name on the wire, e.g. `gzip`.
  var name: String { get }
  /// `input` compressed.
  func compress(_ input: [UInt8]) throws(CompressionError) -> [UInt8]
  /// `input` decompressed; fails once the output would pass `limit` bytes, so a small
  /// compressed message cannot expand without bound.
  func decompress(_ input: [UInt8], limit: Int) throws(CompressionError) -> [UInt8]
}

/// Why a message could not be compressed or decompressed.
public enum CompressionError: Error, Sendable, Hashable {
  /// The decompressed message would be larger than the limit.
  case tooLarge(limit: Int)
  /// The input is not valid for the encoding.
  case corrupt(String)
}

/// The encodings a server or client supports, by name.
public struct CompressionRegistry: Sendable {
  private var compressors: [String: any MessageCompressor]
  /// Names in preference order, most preferred first.
  public private(set) var names: [String]

  /// A registry with the given compressors, most preferred first.
  public init(_ compressors: [any MessageCompressor] = []) {
    self.compressors = [:]
    self.names = []
    for compressor in compressors { register(compressor) }
  }

  /// Adds (or replaces) an encoding.
  public mutating func register(_ compressor: any MessageCompressor) {
    if compressors.updateValue(compressor, forKey: compressor.name) == nil {
      names.append(compressor.name)
    }
  }

  /// The compressor for a `grpc-encoding` name; nil for `identity` and unknown names.
  public func compressor(named name: String) -> (any MessageCompressor)? {
    compressors[name]
  }

  /// Whether `name` is `identity` or a registered encoding.
  public func supports(_ name: String) -> Bool {
    name == "identity" || compressors[name] != nil
  }

  /// The `grpc-accept-encoding` value: identity and every registered name.
  public var acceptEncodingHeader: String {
    (["identity"] + names).joined(separator: ",")
  }

  /// The most preferred registered encoding that the peer's `grpc-accept-encoding` lists.
  public func preferred(among peerAccepts: [String]) -> (any MessageCompressor)? {
    for name in names where peerAccepts.contains(name) { return compressors[name] }
    return nil
  }
}
