import ProtoWire

/// Renders protobuf fields without a schema: numbers as read, nested messages indented,
/// strings quoted, other bytes in hexadecimal.
enum RawFieldPrinter {
  /// The fields of `bytes` as indented text, one field per line.
  static func render(_ bytes: [UInt8]) throws -> String {
    var output = ""
    try bytes.withUnsafeBytes { buffer in
      try render(buffer, indent: "", into: &output)
    }
    return output
  }

  private static func render(
    _ buffer: UnsafeRawBufferPointer,
    indent: String,
    into output: inout String
  ) throws(ProtoWireError) {
    try ProtoReader.withReader(over: buffer) { (reader) throws(ProtoWireError) in
      var ignored = UnknownFields()
      while let tag = try reader.nextField() {
        let name = "\(indent)\(tag.fieldNumber)"
        switch tag.wireType {
        case .varint:
          output += "\(name): \(try reader.readRawVarint())\n"
        case .fixed64:
          let value = try reader.readRawFixed64()
          output += "\(name): 0x\(hex(value, width: 16)) (fixed64 \(Double(bitPattern: value)))\n"
        case .fixed32:
          let value = try reader.readRawFixed32()
          output +=
            "\(name): 0x\(hex(UInt64(value), width: 8)) (fixed32 \(Float(bitPattern: value)))\n"
        case .lengthDelimited:
          try reader.readRawLengthDelimited { (bytes) throws(ProtoWireError) in
            renderLengthDelimited(bytes, name: name, indent: indent, into: &output)
          }
        case .startGroup, .endGroup:
          output += "\(name): (group)\n"
          try reader.skipField(tag, preservingIn: &ignored)
        }
      }
    }
  }

  /// Printable text as a string, else a nested message when the bytes parse as one, else hex.
  ///
  /// Text goes first: the tags of a message's first fields are control characters, while
  /// text such as "123456785" also parses as a (nonsense) message.
  private static func renderLengthDelimited(
    _ bytes: UnsafeRawBufferPointer,
    name: String,
    indent: String,
    into output: inout String
  ) {
    if let text = printableText(bytes) {
      output += "\(name): \(text.debugDescription)\n"
      return
    }
    var nested = ""
    if !bytes.isEmpty, (try? render(bytes, indent: indent + "  ", into: &nested)) != nil {
      output += "\(name) {\n\(nested)\(indent)}\n"
    } else {
      output += "\(name): 0x\(bytes.map { hex(UInt64($0), width: 2) }.joined())\n"
    }
  }

  private static func printableText(_ bytes: UnsafeRawBufferPointer) -> String? {
    guard
      let text = String(validating: bytes.assumingMemoryBound(to: UInt8.self), as: UTF8.self),
      text.unicodeScalars.allSatisfy({ $0.value >= 0x20 || $0 == "\n" || $0 == "\t" })
    else { return nil }
    return text
  }

  private static func hex(_ value: UInt64, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// Bytes from hexadecimal text (whitespace ignored), or nil.
  static func bytes(fromHex text: String) -> [UInt8]? {
    let digits = text.filter { !$0.isWhitespace }
    guard digits.count.isMultiple(of: 2) else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(digits.count / 2)
    var index = digits.startIndex
    while index < digits.endIndex {
      let next = digits.index(index, offsetBy: 2)
      guard let byte = UInt8(digits[index..<next], radix: 16) else { return nil }
      bytes.append(byte)
      index = next
    }
    return bytes
  }
}
