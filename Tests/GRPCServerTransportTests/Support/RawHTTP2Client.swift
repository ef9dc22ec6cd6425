import Foundation
import GRPCFuzzing
import GRPCTestSupport
import Glibc
import RPC
import TLS

/// A deliberately simple HTTP/2 client for tests: a blocking TLS socket, frames written byte
/// by byte as the test says (so it can send what a real client never would), responses read
/// back with nghttp2's HPACK decoder.
/// `@unchecked Sendable`: each test uses one client from one thread at a time.
final class RawHTTP2Client: @unchecked Sendable {
  struct Response {
    var headers: [(String, String)] = []
    var body: [UInt8] = []
    var trailers: [(String, String)] = []
    var resetCode: UInt32?
    var ended = false

    func header(_ name: String) -> String? { headers.first { $0.0 == name }?.1 }
    func trailer(_ name: String) -> String? {
      (trailers.isEmpty ? headers : trailers).first { $0.0 == name }?.1
    }
    var grpcStatus: Int? { trailer("grpc-status").flatMap(Int.init) }
    var grpcMessage: String? { trailer("grpc-message").map(PercentEncoding.decode) }

    /// The gRPC messages of the body: (compressed flag, bytes).
    var messages: [(compressed: Bool, bytes: [UInt8])] {
      var result: [(Bool, [UInt8])] = []
      var offset = 0
      while body.count - offset >= 5 {
        let length = body[offset + 1..<offset + 5].reduce(0) { $0 << 8 | Int($1) }
        guard body.count - offset - 5 >= length else { break }
        result.append((body[offset] == 1, Array(body[offset + 5..<offset + 5 + length])))
        offset += 5 + length
      }
      return result
    }
  }

  enum ClientError: Error {
    case connect(String)
    case handshake(String)
    case closed
  }

  private let fileDescriptor: Int32
  let tls: TLSConnection
  private let decoder = HPACKDecoder()
  private var buffer: [UInt8] = []
  private(set) var responses: [UInt32: Response] = [:]
  private(set) var goAways: [RawFrame] = []
  /// Flow-control credit granted by WINDOW_UPDATE, per stream (0: the connection).
  private(set) var credit: [UInt32: Int] = [:]
  private(set) var pingAcks: [[UInt8]] = []
  private(set) var pings: [[UInt8]] = []
  /// Whether PINGs are answered (a slow or broken client's are not).
  var answersPings = true
  private var pendingHeaderBlock: (stream: UInt32, block: [UInt8], endStream: Bool)?
  /// Whether the last read found the connection closed (rather than timing out).
  private(set) var closedByServer = false

  /// Connects, handshakes and sends the client preface with a 16 MiB window.
  init(
    port: Int,
    identity: String? = "kommune-0301",
    applicationProtocols: [String] = ["h2"],
    sendPreface: Bool = true,
    initialWindow: UInt32 = 16 * 1024 * 1024,
    resuming session: TLSSession? = nil
  ) throws {
    let fileDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    self.fileDescriptor = fileDescriptor
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(fileDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { throw ClientError.connect(String(cString: strerror(errno))) }
    var timeout = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(
      fileDescriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var configuration = TLSConfiguration.client(
      trustRootsPath: TestCertificates.caPath,
      certificateChainPath: identity.map(TestCertificates.certificatePath),
      privateKeyPath: identity.map(TestCertificates.keyPath)
    )
    configuration.applicationProtocols = applicationProtocols
    let context = try TLSContext(configuration: configuration, isServer: false)
    tls = try TLSConnection(
      context: context, fileDescriptor: fileDescriptor, serverName: "localhost")
    if let session { tls.offer(session) }
    while true {
      switch tls.handshake() {
      case .done: break
      case .wantRead, .wantWrite: continue
      case .closed: throw ClientError.handshake("closed")
      case .failed(let error): throw ClientError.handshake("\(error)")
      }
      break
    }
    // A TLS 1.3 server may send its alert after the client thinks the handshake is done.
    if sendPreface {
      write(RawFrame.clientPreface)
      var frames = [RawFrame.settings([(0x4, initialWindow)])]
      if initialWindow > 65_535 {
        frames.append(.windowUpdate(stream: 0, increment: initialWindow - 65_535))
      }
      write(frames)
    }
  }

  /// How long a read waits for the server before giving up.
  func setReadTimeout(milliseconds: Int) {
    var timeout = timeval(tv_sec: milliseconds / 1000, tv_usec: Int((milliseconds % 1000) * 1000))
    setsockopt(
      fileDescriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
  }

  deinit {
    tls.shutdown()
    Glibc.close(fileDescriptor)
  }

  // MARK: Writing

  func write(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let result = bytes.withUnsafeBytes {
        tls.write(UnsafeRawBufferPointer(rebasing: $0[offset...]))
      }
      guard case .done(let count) = result else { return }
      offset += count
    }
  }

  func write(_ frames: [RawFrame]) { write(frames.flatMap(\.bytes)) }

  /// HEADERS (split into CONTINUATIONs past 16 KiB).
  func sendHeaders(stream: UInt32, _ headers: [(String, String)], endStream: Bool) {
    let block = HPACK.encode(headers)
    let chunks = stride(from: 0, to: max(block.count, 1), by: 16_000).map {
      Array(block[$0..<min($0 + 16_000, block.count)])
    }
    var frames: [RawFrame] = []
    for (index, chunk) in chunks.enumerated() {
      let last = index == chunks.count - 1
      let flags =
        (last ? RawFrame.endHeaders : 0) | (index == 0 && endStream ? RawFrame.endStream : 0)
      frames.append(
        RawFrame(
          type: index == 0 ? RawFrame.headers : 9, flags: flags, streamID: stream, payload: chunk))
    }
    write(frames)
  }

  func sendData(stream: UInt32, _ bytes: [UInt8], endStream: Bool) {
    write([
      RawFrame(
        type: RawFrame.data, flags: endStream ? RawFrame.endStream : 0, streamID: stream,
        payload: bytes)
    ])
  }

  /// A gRPC request: headers, then each message framed, then END_STREAM.
  func sendRPC(
    stream: UInt32,
    path: String,
    messages: [[UInt8]] = [[]],
    extraHeaders: [(String, String)] = [],
    contentType: String = "application/grpc",
    method: String = "POST",
    endStream: Bool = true
  ) {
    sendHeaders(
      stream: stream,
      Self.requestHeaders(path: path, contentType: contentType, method: method) + extraHeaders,
      endStream: false)
    let body = messages.flatMap { MessageFramer.frame(bytes: $0, compressed: false) }
    sendData(stream: stream, body, endStream: endStream)
  }

  static func requestHeaders(
    path: String, contentType: String = "application/grpc", method: String = "POST"
  ) -> [(String, String)] {
    [
      (":method", method), (":scheme", "https"), (":path", path), (":authority", "localhost"),
      ("content-type", contentType), ("te", "trailers"),
    ]
  }

  // MARK: Reading

  /// Reads until `stream` has ended (END_STREAM or RST_STREAM) or the connection closes.
  @discardableResult
  func awaitResponse(stream: UInt32) throws -> Response {
    while responses[stream]?.ended != true {
      guard let frame = try readFrame() else { throw ClientError.closed }
      handle(frame)
    }
    return responses[stream]!
  }

  /// Reads frames until `condition` holds or the connection closes; false if it closed first.
  func readUntil(_ condition: () -> Bool) -> Bool {
    while !condition() {
      guard let frame = try? readFrame() else { return false }
      handle(frame)
    }
    return true
  }

  private func handle(_ frame: RawFrame) {
    switch frame.type {
    case RawFrame.headers:
      pendingHeaderBlock = (frame.streamID, frame.payload, frame.flags & RawFrame.endStream != 0)
      if frame.flags & RawFrame.endHeaders != 0 { finishHeaderBlock() }
    case 9:
      pendingHeaderBlock?.block += frame.payload
      if frame.flags & RawFrame.endHeaders != 0 { finishHeaderBlock() }
    case RawFrame.data:
      responses[frame.streamID, default: Response()].body += frame.payload
      if frame.flags & RawFrame.endStream != 0 {
        responses[frame.streamID, default: Response()].ended = true
      }
    case RawFrame.rstStream:
      responses[frame.streamID, default: Response()].resetCode = frame.errorCode
      responses[frame.streamID, default: Response()].ended = true
    case RawFrame.settings where frame.flags & RawFrame.ack == 0:
      write([RawFrame(type: RawFrame.settings, flags: RawFrame.ack, streamID: 0, payload: [])])
    case RawFrame.ping where frame.flags & RawFrame.ack != 0:
      pingAcks.append(frame.payload)
    case RawFrame.ping:
      pings.append(frame.payload)
      guard answersPings else { return }
      write([
        RawFrame(type: RawFrame.ping, flags: RawFrame.ack, streamID: 0, payload: frame.payload)
      ])
    case RawFrame.goAway:
      goAways.append(frame)
    case RawFrame.windowUpdate where frame.payload.count == 4:
      credit[frame.streamID, default: 0] += Int(
        frame.payload.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } & 0x7FFF_FFFF)
    default:
      break
    }
  }

  private func finishHeaderBlock() {
    guard let (stream, block, endStream) = pendingHeaderBlock else { return }
    pendingHeaderBlock = nil
    let headers = decoder.decode(block) ?? []
    var response = responses[stream, default: Response()]
    if response.headers.isEmpty { response.headers = headers } else { response.trailers = headers }
    if endStream { response.ended = true }
    responses[stream] = response
  }

  /// The next frame, or nil when the connection closed or nothing came within 10 s.
  func readFrame() throws -> RawFrame? {
    while true {
      if buffer.count >= 9 {
        let length = Int(buffer[0]) << 16 | Int(buffer[1]) << 8 | Int(buffer[2])
        if buffer.count >= 9 + length {
          let frame = RawFrame(
            type: buffer[3],
            flags: buffer[4],
            streamID: buffer[5..<9].reduce(0) { $0 << 8 | UInt32($1) } & 0x7FFF_FFFF,
            payload: Array(buffer[9..<9 + length])
          )
          buffer.removeFirst(9 + length)
          return frame
        }
      }
      var chunk = [UInt8](repeating: 0, count: 65_536)
      let result = chunk.withUnsafeMutableBytes { tls.read(into: $0) }
      switch result {
      case .done(let count): buffer += chunk[0..<count]
      case .wantRead, .wantWrite: return nil
      case .closed, .failed:
        closedByServer = true
        return nil
      }
    }
  }

  /// Reads frames until the server closes the connection; false if it stays open for 10 s.
  func waitUntilClosedByServer() -> Bool {
    while let frame = try? readFrame() { handle(frame) }
    return closedByServer
  }
}
