/// HTTP/2 settings and the limits the server enforces itself.
public struct HTTP2Settings: Sendable, Hashable {
  /// SETTINGS_MAX_CONCURRENT_STREAMS, and the cap on running handlers per connection.
  public var maxConcurrentStreams = 100
  /// SETTINGS_INITIAL_WINDOW_SIZE: bytes a peer may send on one stream before we consume.
  public var initialStreamWindowSize = 1024 * 1024
  /// The connection-level receive window.
  public var connectionWindowSize = 16 * 1024 * 1024
  /// SETTINGS_MAX_HEADER_LIST_SIZE, counted as name + value + 32 per field.
  public var maxHeaderListSize = 16 * 1024
  /// SETTINGS_MAX_FRAME_SIZE.
  public var maxFrameSize = 16 * 1024
  /// CONTINUATION frames accepted after one HEADERS frame. Debian's 1.52 backport also
  /// counts a frame header split across reads, so this is above the library's default 8.
  public var maxContinuations = 64
  /// nghttp2's own Rapid Reset limiter: RST_STREAM frames a peer may send in a burst, then
  /// per second. It counts every reset, so at its defaults (1000, 33) it ends a real client
  /// that cancels more than 33 calls a second; the connection judges resets against work
  /// instead (``HTTP2ConnectionConfiguration/prematureResetMinimumStreams``), and this is
  /// only a backstop far above any client.
  public var streamResetBurst = 100_000
  /// Tokens regenerated per second for RST_STREAM (backstop, see ``streamResetBurst``).
  public var streamResetRate = 100_000

  /// The defaults.
  public init() {}
}
