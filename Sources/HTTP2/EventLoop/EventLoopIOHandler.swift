/// An object that reacts to readiness of a file descriptor registered with an ``EventLoop``.
public protocol EventLoopIOHandler: AnyObject {
  /// Called on the loop's thread with what epoll reported.
  func handleIO(readable: Bool, writable: Bool, hangup: Bool)
}
