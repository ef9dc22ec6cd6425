/// Reads choices from fuzzer bytes: each call takes what it needs from the front, and an
/// exhausted input reads as zeros, so every byte string is a valid script.
public struct FuzzInput {
  private let data: [UInt8]
  private var offset = 0

  /// The bytes to read from.
  public init(_ bytes: [UInt8]) { data = bytes }

  /// Whether bytes are left.
  public var isEmpty: Bool { offset >= data.count }

  /// The next byte (0 once the input is used up).
  public mutating func byte() -> UInt8 {
    guard offset < data.count else { return 0 }
    defer { offset += 1 }
    return data[offset]
  }

  /// A number below `bound` (which must be positive).
  public mutating func below(_ bound: Int) -> Int { Int(byte()) % bound }

  /// A big-endian number of `width` bytes (at most 4).
  public mutating func number(bytes width: Int) -> UInt32 {
    (0..<width).reduce(0) { value, _ in value << 8 | UInt32(byte()) }
  }

  /// True one time in `oneIn`, and never once the input is used up (so an exhausted input
  /// takes the common path).
  public mutating func rarely(_ oneIn: Int) -> Bool { below(oneIn) == oneIn - 1 }

  /// One of `choices`.
  public mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

  /// Whether the next byte is odd.
  public mutating func flag() -> Bool { byte() & 1 == 1 }

  /// Up to `limit` bytes, as many as the next byte says.
  public mutating func bytes(upTo limit: Int) -> [UInt8] {
    let count = min(Int(byte()), limit, data.count - min(offset, data.count))
    defer { offset += count }
    return Array(data[offset..<offset + count])
  }
}
