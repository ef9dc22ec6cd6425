/// Damages an encoding the way transport bugs and attackers do.
public enum Mutator {
  public static func mutate(_ input: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
    var bytes = input
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
      let index = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
      switch Int.random(in: 0..<7, using: &rng) {
      case 0 where !bytes.isEmpty: bytes[index] ^= UInt8(1) << UInt8.random(in: 0...7, using: &rng)
      case 1 where !bytes.isEmpty: bytes[index] = UInt8.random(in: 0...255, using: &rng)
      case 2: bytes.insert(UInt8.random(in: 0...255, using: &rng), at: index)
      case 3 where !bytes.isEmpty: bytes.remove(at: index)
      case 4: bytes = Array(bytes.prefix(index))
      case 5 where !bytes.isEmpty:
        let end = min(bytes.count, index + Int.random(in: 1...16, using: &rng))
        bytes.insert(contentsOf: bytes[index..<end], at: index)
      case 6 where !bytes.isEmpty:
        bytes[index] = [0x00, 0x7F, 0x80, 0xFF].randomElement(using: &rng)!
      default: bytes.append(0x80)
      }
    }
    return bytes
  }
}
