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
  /// RST_STREAM frames a peer may send in a burst, then per second (Rapid Reset).
  public var streamResetBurst = 1000
  /// Tokens regenerated per second for RST_STREAM.
  public var streamResetRate = 33

  /// The defaults.
  public init() {}
}
