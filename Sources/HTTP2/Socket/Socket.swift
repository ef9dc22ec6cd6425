internal import CLinux
internal import Glibc

/// Thin wrappers over the socket system calls the loops use.
public enum Socket {
  /// A TCP listening socket bound to `host:port`: by default non-blocking with SO_REUSEPORT,
  /// so that each event loop can have its own listener on the same port; `forLoops: false`
  /// gives a blocking socket of its own (a listener served by one thread).
  public static func listen(
    host: String, port: Int, backlog: Int32 = 1024, forLoops: Bool = true
  ) throws(SocketError) -> Int32 {
    let address = try SocketAddress(host: host, port: port)
    let fileDescriptor = socket(
      address.family,
      Int32(
        SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue | (forLoops ? SOCK_NONBLOCK.rawValue : 0)),
      0)
    guard fileDescriptor >= 0 else { throw SocketError(operation: "socket") }
    var one: Int32 = 1
    setsockopt(fileDescriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
    if forLoops {
      setsockopt(
        fileDescriptor, SOL_SOCKET, SO_REUSEPORT, &one, socklen_t(MemoryLayout<Int32>.size))
    }
    let bound = address.withSockAddr { bind(fileDescriptor, $0, $1) }
    guard bound == 0 else {
      let error = SocketError(operation: "bind(\(host):\(port))")
      close(fileDescriptor)
      throw error
    }
    guard Glibc.listen(fileDescriptor, backlog) == 0 else {
      let error = SocketError(operation: "listen")
      close(fileDescriptor)
      throw error
    }
    return fileDescriptor
  }

  /// The port a socket is bound to.
  public static func localPort(of fileDescriptor: Int32) throws(SocketError) -> Int {
    var storage = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    let result = withUnsafeMutablePointer(to: &storage) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        getsockname(fileDescriptor, $0, &length)
      }
    }
    guard result == 0 else { throw SocketError(operation: "getsockname") }
    return SocketAddress(storage: storage).port
  }

  /// Accepts one connection (non-blocking, TCP_NODELAY); nil when none is waiting.
  public static func accept(_ listener: Int32) throws(SocketError) -> (Int32, SocketAddress)? {
    var storage = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    let fileDescriptor = withUnsafeMutablePointer(to: &storage) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        samarbeid_accept4(
          listener, $0, &length, Int32(SOCK_NONBLOCK.rawValue | SOCK_CLOEXEC.rawValue))
      }
    }
    guard fileDescriptor >= 0 else {
      if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR || errno == ECONNABORTED {
        return nil
      }
      throw SocketError(operation: "accept4")
    }
    setNoDelay(fileDescriptor)
    return (fileDescriptor, SocketAddress(storage: storage))
  }

  /// Starts a non-blocking connect; the socket becomes writable when it completes.
  public static func connect(to address: SocketAddress) throws(SocketError) -> Int32 {
    let fileDescriptor = socket(
      address.family, Int32(SOCK_STREAM.rawValue | SOCK_NONBLOCK.rawValue | SOCK_CLOEXEC.rawValue),
      0)
    guard fileDescriptor >= 0 else { throw SocketError(operation: "socket") }
    setNoDelay(fileDescriptor)
    let result = address.withSockAddr { Glibc.connect(fileDescriptor, $0, $1) }
    guard result == 0 || errno == EINPROGRESS else {
      let error = SocketError(operation: "connect(\(address))")
      close(fileDescriptor)
      throw error
    }
    return fileDescriptor
  }

  /// The pending error of a socket (after a non-blocking connect), 0 when none.
  public static func pendingError(_ fileDescriptor: Int32) -> Int32 {
    var value: Int32 = 0
    var length = socklen_t(MemoryLayout<Int32>.size)
    getsockopt(fileDescriptor, SOL_SOCKET, SO_ERROR, &value, &length)
    return value
  }

  /// Ignores SIGPIPE process-wide: OpenSSL writes with write(2), which raises it when the
  /// peer has closed, and a server must survive that (as SwiftNIO does on Linux).
  public static func ignoreBrokenPipeSignals() {
    _ = signal(SIGPIPE, SIG_IGN)
  }

  /// Tunes glibc's allocator for a long-running server: freed memory stays in the process
  /// rather than being returned and faulted back in on every burst of requests.
  public static func tuneAllocatorForServer() {
    samarbeid_tune_malloc()
  }

  /// Heap bytes in use now (handed out, not freed), across the allocator's arenas: resident
  /// memory less what the tuned allocator keeps for reuse.
  public static var heapInUse: Int { samarbeid_heap_in_use() }

  /// Closes a socket.
  /// Sends FIN after what was written; the socket can still be read.
  public static func shutdownWrite(_ fileDescriptor: Int32) {
    _ = Glibc.shutdown(fileDescriptor, Int32(SHUT_WR))
  }

  /// Reads and discards what has arrived; false once the peer has closed or the socket
  /// failed (true while it would block).
  public static func discardInput(_ fileDescriptor: Int32, buffer: UnsafeMutableRawBufferPointer)
    -> Bool
  {
    for _ in 0..<16 {
      let count = Glibc.recv(fileDescriptor, buffer.baseAddress, buffer.count, 0)
      if count > 0 { continue }
      return count < 0 && (samarbeid_errno() == EAGAIN || samarbeid_errno() == EWOULDBLOCK)
    }
    return true
  }

  public static func close(_ fileDescriptor: Int32) {
    _ = Glibc.close(fileDescriptor)
  }

  private static func setNoDelay(_ fileDescriptor: Int32) {
    var one: Int32 = 1
    setsockopt(
      fileDescriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
  }
}
