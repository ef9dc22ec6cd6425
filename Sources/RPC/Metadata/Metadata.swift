/// Custom metadata of an RPC: ordered key-value pairs sent as HTTP/2 headers or trailers.
///
/// Keys are lower case. Keys ending in `-bin` hold bytes (sent base64-encoded); other keys
/// hold printable ASCII strings. A key may repeat; order is kept.
public struct Metadata: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral,
  CustomStringConvertible
{
  /// A metadata value: text for ordinary keys, bytes for `-bin` keys.
  public enum Value: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    case string(String)
    case binary([UInt8])

    public init(stringLiteral value: String) { self = .string(value) }

    public var description: String {
      switch self {
      case .string(let text): text.debugDescription
      case .binary(let bytes): "<\(bytes.count) bytes>"
      }
    }
  }

  /// One key-value pair.
  public struct Element: Sendable, Hashable {
    /// The key, lower case.
    public var key: String
    /// The value.
    public var value: Value
  }

  private var elements: [Element]

  /// No metadata.
  public init() { elements = [] }

  public init(dictionaryLiteral pairs: (String, Value)...) {
    elements = []
    for (key, value) in pairs { append(key, value) }
  }

  /// How many pairs (a repeated key counts once per value).
  public var count: Int { elements.count }
  /// Whether there are no pairs.
  public var isEmpty: Bool { elements.isEmpty }

  /// Appends a text value; the key is lower-cased.
  public mutating func add(_ key: String, _ value: String) {
    append(key, .string(value))
  }

  /// Appends a binary value; the key must end in `-bin`.
  public mutating func add(_ key: String, binary value: [UInt8]) {
    append(key, .binary(value))
  }

  /// Appends a value of either kind; the key is lower-cased.
  public mutating func append(_ key: String, _ value: Value) {
    elements.append(Element(key: Self.normalized(key), value: value))
  }

  /// Appends every pair of `other`.
  public mutating func append(contentsOf other: Metadata) {
    elements.append(contentsOf: other.elements)
  }

  /// Removes every value of `key`.
  public mutating func removeAll(_ key: String) {
    let key = Self.normalized(key)
    elements.removeAll { $0.key == key }
  }

  /// Every value of `key`, in order.
  public subscript(_ key: String) -> [Value] {
    guard !elements.isEmpty else { return [] }
    let key = Self.normalized(key)
    return elements.filter { $0.key == key }.map(\.value)
  }

  /// `key` in lower case, without allocating when it already is.
  static func normalized(_ key: String) -> String {
    key.utf8.contains(where: { (0x41...0x5A).contains($0) }) ? key.lowercased() : key
  }

  /// The text values of `key`, in order.
  public subscript(stringValues key: String) -> [String] {
    self[key].compactMap { if case .string(let text) = $0 { text } else { nil } }
  }

  /// The binary values of `key`, in order.
  public subscript(binaryValues key: String) -> [[UInt8]] {
    self[key].compactMap { if case .binary(let bytes) = $0 { bytes } else { nil } }
  }

  /// The first value of `key`, if any.
  public func first(_ key: String) -> Value? {
    let key = Self.normalized(key)
    return elements.first { $0.key == key }?.value
  }

  public func makeIterator() -> IndexingIterator<[Element]> { elements.makeIterator() }

  public var description: String {
    "[" + elements.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "]"
  }
}
