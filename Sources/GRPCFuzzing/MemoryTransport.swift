public import HTTP2
public import TLS

/// A transport whose peer is a byte array: the handshake succeeds at once, reads return the
/// input in the chunk sizes asked for, writes are kept.
///
/// Confined to the event loop of the connection that uses it.
public final class MemoryTransport: HTTP2Transport {
  /// What the peer sends, in the order it arrives.
  private var input: [UInt8]
  private var readOffset = 0
  /// The sizes the input arrives in, cycled (a peer's writes split across TCP segments).
  private let chunkSizes: [Int]
  private var chunkIndex = 0
  /// Whether the peer has closed its side once the input is read.
  public var peerFinished = false
  /// Everything the connection wrote.
  public private(set) var output: [UInt8] = []
  /// Whether the connection ended the stream.
  public private(set) var didShutdown = false
  public let serverName: String?
  public let peerCertificate: TLSPeerCertificate?

  /// A peer that sends `input` in pieces of `chunkSizes` (cycled; empty or 0: all at once).
  public init(
    input: [UInt8],
    chunkSizes: [Int] = [],
    serverName: String? = "localhost",
    peerCertificate: TLSPeerCertificate? = nil
  ) {
    self.input = input
    self.chunkSizes = chunkSizes.filter { $0 > 0 }
    self.serverName = serverName
    self.peerCertificate = peerCertificate
  }

  /// Bytes of the input not yet read.
  public var unreadCount: Int { input.count - readOffset }

  public func handshake() -> TLSConnection.IOResult { .done(0) }

  public func read(into buffer: UnsafeMutableRawBufferPointer) -> TLSConnection.IOResult {
    guard readOffset < input.count else { return peerFinished ? .closed : .wantRead }
    var count = min(buffer.count, input.count - readOffset)
    if !chunkSizes.isEmpty {
      count = min(count, chunkSizes[chunkIndex % chunkSizes.count])
      chunkIndex += 1
    }
    input.withUnsafeBytes { bytes in
      buffer.copyMemory(
        from: UnsafeRawBufferPointer(rebasing: bytes[readOffset..<readOffset + count]))
    }
    readOffset += count
    return .done(count)
  }

  public func write(_ bytes: UnsafeRawBufferPointer) -> TLSConnection.IOResult {
    guard !didShutdown else { return .closed }
    output.append(contentsOf: bytes)
    return .done(bytes.count)
  }

  public func shutdown() { didShutdown = true }
}
