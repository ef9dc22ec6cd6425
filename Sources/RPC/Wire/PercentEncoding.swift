/// The percent-encoding of `grpc-message`: UTF-8 bytes outside space..tilde, and "%", become
/// "%XX".
public enum PercentEncoding {
  /// `text` encoded for the `grpc-message` trailer.
  public static func encode(_ text: String) -> String {
    let utf8 = text.utf8
    if utf8.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E && $0 != 0x25 }) { return text }
    var output: [UInt8] = []
    output.reserveCapacity(utf8.count * 3)
    let digits = Array("0123456789ABCDEF".utf8)
    for byte in utf8 {
      if byte >= 0x20 && byte <= 0x7E && byte != 0x25 {
        output.append(byte)
      } else {
        output.append(0x25)
        output.append(digits[Int(byte >> 4)])
        output.append(digits[Int(byte & 0x0F)])
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The text of a received `grpc-message`. Broken escapes are kept as they are and invalid
  /// UTF-8 is replaced, never rejected, as PROTOCOL-HTTP2.md requires.
  public static func decode(_ text: String) -> String {
    let utf8 = Array(text.utf8)
    guard utf8.contains(0x25) else { return text }
    var output: [UInt8] = []
    output.reserveCapacity(utf8.count)
    var index = 0
    while index < utf8.count {
      if utf8[index] == 0x25, index + 2 < utf8.count,
        let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
      {
        output.append(high << 4 | low)
        index += 3
      } else {
        output.append(utf8[index])
        index += 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: byte - 0x30
    case 0x41...0x46: byte - 0x41 + 10
    case 0x61...0x66: byte - 0x61 + 10
    default: nil
    }
  }
}
