import Foundation
import HTTP2
import Synchronization

/// The admin listener (`--admin-host`, `--admin-port`): plain HTTP/1.1 on its own address,
/// never the public port. `GET /metrics` (Prometheus text format), `/healthz` (the process
/// answers), `/readyz` (serving; 503 while starting or draining). One request per
/// connection, answered on a thread of its own: scrapes are few and small.
final class AdminServer: Sendable {
  /// The bound port.
  let port: Int
  private let listener: Int32
  private let ready = Atomic<Bool>(false)
  /// Requests being answered; past ``maxWorkers`` a new connection is closed at once.
  private let workers = Atomic<Int>(0)
  static let maxWorkers = 8
  private let metrics: @Sendable () -> String

  /// Binds `host:port` (0 picks a free port); `metrics` renders /metrics on each scrape.
  init(host: String, port: Int, metrics: @escaping @Sendable () -> String) throws {
    do {
      listener = try Socket.listen(host: host, port: port, backlog: 16, forLoops: false)
      self.port = try Socket.localPort(of: listener)
    } catch {
      throw AdminError("cannot listen on --admin-host \(host) --admin-port \(port): \(error)")
    }
    self.metrics = metrics
  }

  /// Serving (or not): what /readyz answers.
  func setReady(_ value: Bool) { ready.store(value, ordering: .relaxed) }

  /// Accepts connections on a thread of its own until the process ends.
  func start() {
    let thread = Thread { [self] in
      while true {
        let connection = accept(listener, nil, nil)
        if connection < 0 {
          // Out of descriptors or memory for a moment: wait, and go on listening.
          if errno != EINTR && errno != ECONNABORTED { Thread.sleep(forTimeInterval: 0.1) }
          continue
        }
        guard workers.add(1, ordering: .relaxed).newValue <= Self.maxWorkers else {
          workers.subtract(1, ordering: .relaxed)
          close(connection)
          continue
        }
        let worker = Thread { [self] in
          answer(connection)
          workers.subtract(1, ordering: .relaxed)
        }
        worker.start()
      }
    }
    thread.name = "admin"
    thread.start()
  }

  private func answer(_ connection: Int32) {
    defer { close(connection) }
    // Each read and write gives up after a second, and the request must be whole within 5.
    var timeout = timeval(tv_sec: 1, tv_usec: 0)
    setsockopt(
      connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    setsockopt(
      connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    let deadline = ContinuousClock.now + .seconds(5)
    var request: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while request.count < 16 * 1024, !request.ends(with: [13, 10, 13, 10]) {
      guard ContinuousClock.now < deadline else { return }
      let count = recv(connection, &chunk, chunk.count, 0)
      guard count > 0 else { return }
      request += chunk[0..<count]
    }
    let line = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self)
    let parts = line.split(separator: " ")
    let (status, type, body): (String, String, String)
    if parts.count != 3 || !(parts[0] == "GET" || parts[0] == "HEAD") {
      (status, type, body) = ("405 Method Not Allowed", "text/plain", "GET only\n")
    } else {
      switch parts[1].split(separator: "?").first ?? "" {
      case "/metrics":
        (status, type, body) = ("200 OK", "text/plain; version=0.0.4; charset=utf-8", metrics())
      case "/healthz":
        (status, type, body) = ("200 OK", "text/plain", "ok\n")
      case "/readyz":
        (status, type, body) =
          ready.load(ordering: .relaxed)
          ? ("200 OK", "text/plain", "ready\n")
          : ("503 Service Unavailable", "text/plain", "not ready: starting or draining\n")
      default:
        (status, type, body) = ("404 Not Found", "text/plain", "/metrics, /healthz or /readyz\n")
      }
    }
    let payload = Array(body.utf8)
    var response = Array(
      ("HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(payload.count)\r\n"
        + "Connection: close\r\n\r\n").utf8)
    if parts.first != "HEAD" { response += payload }
    var offset = 0
    while offset < response.count {
      let sent = response[offset...].withUnsafeBytes {
        send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      guard sent > 0 else { return }
      offset += sent
    }
  }
}

/// A listener that cannot be set up, said so that the operator knows what to change.
struct AdminError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

extension Array where Element == UInt8 {
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
  }
}
