internal import Logging
internal import Synchronization
internal import TLS

/// One loop's listening socket and the connections it accepted.
///
/// `@unchecked Sendable`: created on the main thread, then used only on its loop.
final class HTTP2Listener: EventLoopIOHandler, @unchecked Sendable {
  let loop: EventLoop
  let fileDescriptor: Int32
  private var server: HTTP2Server?
  private var connections: [ObjectIdentifier: HTTP2Connection] = [:]
  private var onDrained: (() -> Void)?
  private var accepting = false

  init(loop: EventLoop, fileDescriptor: Int32) {
    self.loop = loop
    self.fileDescriptor = fileDescriptor
  }

  func startAccepting(server: HTTP2Server) throws(SocketError) {
    self.server = server
    try loop.register(fileDescriptor, handler: self, readable: true, writable: false)
    accepting = true
  }

  func handleIO(readable: Bool, writable: Bool, hangup: Bool) {
    guard accepting, let server else { return }
    for _ in 0..<64 {
      let accepted: (Int32, SocketAddress)?
      do throws(SocketError) {
        accepted = try Socket.accept(fileDescriptor)
      } catch {
        server.logger.warning("accept failed", metadata: ["error": "\(error)"])
        return
      }
      guard let (socket, address) = accepted else { return }
      guard
        server.connectionCount.add(1, ordering: .relaxed).newValue
          <= server.configuration.maxConnections
      else {
        server.connectionCount.subtract(1, ordering: .relaxed)
        server.logger.warning("Connection limit reached; closing a new connection")
        Socket.close(socket)
        continue
      }
      open(socket: socket, address: address, server: server)
    }
  }

  private func open(socket: Int32, address: SocketAddress, server: HTTP2Server) {
    let tls: TLSConnection
    do throws(TLSError) {
      tls = try TLSConnection(context: server.currentTLSContext, fileDescriptor: socket)
    } catch {
      server.logger.error("Cannot set up TLS for a connection", metadata: ["error": "\(error)"])
      server.connectionCount.subtract(1, ordering: .relaxed)
      Socket.close(socket)
      return
    }
    let connection = HTTP2Connection(
      loop: loop,
      fileDescriptor: socket,
      remoteAddress: address.description,
      transport: tls,
      role: .server,
      configuration: server.configuration.connection,
      defences: server.defences,
      logger: server.logger,
      makeStreamHandler: server.makeStreamHandler
    )
    connection.admission = server.admission
    let id = ObjectIdentifier(connection)
    connection.onClose = { [weak self] _ in
      // Released after the current call stack, never inside an nghttp2 callback.
      self?.loop.execute { [weak self] in self?.connectionClosed(id) }
    }
    connections[id] = connection
    do throws(SocketError) {
      try connection.start()
    } catch {
      server.logger.error("Cannot register a connection", metadata: ["error": "\(error)"])
      connection.close(reason: "registration failed")
    }
  }

  private func connectionClosed(_ id: ObjectIdentifier) {
    guard connections.removeValue(forKey: id) != nil else { return }
    server?.connectionCount.subtract(1, ordering: .relaxed)
    if connections.isEmpty, let onDrained {
      self.onDrained = nil
      onDrained()
    }
  }

  func beginShutdown(onDrained: @escaping () -> Void) {
    if accepting {
      accepting = false
      loop.deregister(fileDescriptor)
      Socket.close(fileDescriptor)
    }
    guard !connections.isEmpty else {
      onDrained()
      return
    }
    self.onDrained = onDrained
    for connection in connections.values { connection.beginGracefulShutdown() }
  }
}
