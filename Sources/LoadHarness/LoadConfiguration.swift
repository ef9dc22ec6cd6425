/// What a load run does: how many streams, how many requests or how long, which mix, and
/// closed-loop or at a fixed arrival rate.
public struct LoadConfiguration: Sendable {
  /// Connections to the server.
  public var connections: Int
  /// Concurrent streams (requests in flight) per connection.
  public var streamsPerConnection: Int
  /// Stop after this many requests.
  public var maxRequests: Int
  /// Stop after this long (whichever bound comes first).
  public var maxDuration: Duration
  /// Requests per second over all streams (open loop); nil sends as fast as responses
  /// return (closed loop).
  public var rate: Double?
  /// Deadline of each request.
  public var requestTimeout: Duration
  /// What to send.
  public var mix: LoadMix

  /// A configuration; both bounds are required, so every run ends.
  public init(
    connections: Int, streamsPerConnection: Int, maxRequests: Int, maxDuration: Duration,
    rate: Double? = nil, requestTimeout: Duration = .seconds(10), mix: LoadMix
  ) {
    self.connections = connections
    self.streamsPerConnection = streamsPerConnection
    self.maxRequests = maxRequests
    self.maxDuration = maxDuration
    self.rate = rate
    self.requestTimeout = requestTimeout
    self.mix = mix
  }

  /// Workers (one stream each).
  var workers: Int { connections * streamsPerConnection }
}
