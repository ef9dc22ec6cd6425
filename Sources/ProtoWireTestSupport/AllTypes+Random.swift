import ProtoWire

/// A small, fast, seedable generator (SplitMix64) so that a failing seed reproduces.
public struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Random values that favour the edges of each type's range.
public struct RandomValues {
  public var rng: SplitMix64

  public init(rng: SplitMix64) { self.rng = rng }

  public mutating func chance(_ percent: Int) -> Bool {
    Int.random(in: 0..<100, using: &rng) < percent
  }

  public mutating func integer<T: FixedWidthInteger>(_: T.Type = T.self) -> T {
    switch Int.random(in: 0..<6, using: &rng) {
    case 0: [T.zero, 1, T.max, T.min, 127, 128].randomElement(using: &rng)!
    case 1: T(truncatingIfNeeded: Int.random(in: -300...300, using: &rng))
    default: T.random(in: T.min...T.max, using: &rng)
    }
  }

  public mutating func float() -> Float {
    let value = Float(bitPattern: UInt32.random(in: 0...UInt32.max, using: &rng))
    return value.isNaN ? -0.0 : value
  }

  public mutating func double() -> Double {
    let value = Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &rng))
    return value.isNaN ? .infinity : value
  }

  public mutating func string() -> String {
    let length =
      chance(10) ? Int.random(in: 100...400, using: &rng) : Int.random(in: 0...12, using: &rng)
    var scalars = String.UnicodeScalarView()
    for _ in 0..<length {
      let ranges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x0...0x7F, 0xC0...0x24F, 0x3040...0x30FF, 0x1F300...0x1F6FF,
      ]
      let range = ranges.randomElement(using: &rng)!
      scalars.append(Unicode.Scalar(UInt32.random(in: range, using: &rng))!)
    }
    return String(scalars)
  }

  public mutating func bytes() -> [UInt8] {
    (0..<Int.random(in: 0...20, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
  }

  public mutating func colour() -> Colour {
    Colour(protoValue: chance(80) ? Int32.random(in: 0...3, using: &rng) : integer())
  }

  public mutating func array<T>(_ make: (inout RandomValues) -> T) -> [T] {
    guard chance(50) else { return [] }
    return (0..<Int.random(in: 1...(chance(10) ? 200 : 6), using: &rng)).map { _ in make(&self) }
  }

  public mutating func map<K: Hashable, V>(
    _ key: (inout RandomValues) -> K,
    _ value: (inout RandomValues) -> V
  ) -> [K: V] {
    guard chance(40) else { return [:] }
    var result: [K: V] = [:]
    for _ in 0..<Int.random(in: 1...6, using: &rng) { result[key(&self)] = value(&self) }
    return result
  }

  public mutating func optional<T>(_ make: (inout RandomValues) -> T) -> T? {
    chance(40) ? make(&self) : nil
  }

  public mutating func nested(depth: Int = 0) -> Nested {
    Nested(
      a: chance(50) ? integer() : 0,
      b: chance(50) ? string() : "",
      child: depth < 4 && chance(40) ? nested(depth: depth + 1) : nil
    )
  }
}

extension AllTypes {
  /// A random message: each field set or not, values biased to edge cases. No NaN, so
  /// that `==` can compare decoded and original values.
  public static func random(seed: UInt64) -> AllTypes {
    var r = RandomValues(rng: SplitMix64(seed: seed))
    var m = AllTypes()
    if r.chance(50) { m.fInt32 = r.integer() }
    if r.chance(50) { m.fInt64 = r.integer() }
    if r.chance(50) { m.fUInt32 = r.integer() }
    if r.chance(50) { m.fUInt64 = r.integer() }
    if r.chance(50) { m.fSInt32 = r.integer() }
    if r.chance(50) { m.fSInt64 = r.integer() }
    if r.chance(50) { m.fBool = r.chance(50) }
    if r.chance(50) { m.fEnum = r.colour() }
    if r.chance(50) { m.fFixed32 = r.integer() }
    if r.chance(50) { m.fFixed64 = r.integer() }
    if r.chance(50) { m.fSFixed32 = r.integer() }
    if r.chance(50) { m.fSFixed64 = r.integer() }
    if r.chance(50) { m.fFloat = r.float() }
    if r.chance(50) { m.fDouble = r.double() }
    if r.chance(50) { m.fString = r.string() }
    if r.chance(50) { m.fBytes = r.bytes() }
    m.fNested = r.optional { $0.nested() }
    m.oInt32 = r.optional { $0.integer() }
    m.oString = r.optional { $0.string() }
    m.oEnum = r.optional { $0.colour() }
    m.oBool = r.optional { $0.chance(50) }
    m.oDouble = r.optional { $0.double() }
    m.rInt32 = r.array { $0.integer() }
    m.rInt64 = r.array { $0.integer() }
    m.rUInt32 = r.array { $0.integer() }
    m.rUInt64 = r.array { $0.integer() }
    m.rSInt32 = r.array { $0.integer() }
    m.rSInt64 = r.array { $0.integer() }
    m.rBool = r.array { $0.chance(50) }
    m.rEnum = r.array { $0.colour() }
    m.rFixed32 = r.array { $0.integer() }
    m.rFixed64 = r.array { $0.integer() }
    m.rSFixed32 = r.array { $0.integer() }
    m.rSFixed64 = r.array { $0.integer() }
    m.rFloat = r.array { $0.float() }
    m.rDouble = r.array { $0.double() }
    m.rString = r.array { $0.string() }
    m.rBytes = r.array { $0.bytes() }
    m.rNested = r.array { $0.nested() }
    m.uInt32 = r.array { $0.integer() }
    m.uDouble = r.array { $0.double() }
    m.mStringInt64 = r.map({ $0.string() }, { $0.integer() })
    m.mInt32String = r.map({ $0.integer() }, { $0.string() })
    m.mBoolNested = r.map({ $0.chance(50) }, { $0.nested() })
    m.mSInt64Enum = r.map({ $0.integer() }, { $0.colour() })
    m.mFixed32Bytes = r.map({ $0.integer() }, { $0.bytes() })
    m.mUInt64Double = r.map({ $0.integer() }, { $0.double() })
    switch Int.random(in: 0..<4, using: &r.rng) {
    case 0: m.choice = .string(r.string())
    case 1: m.choice = .nested(r.nested())
    case 2: m.choice = .int64(r.integer())
    default: m.choice = nil
    }
    return m
  }
}
