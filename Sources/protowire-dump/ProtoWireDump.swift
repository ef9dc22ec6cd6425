import ArgumentParser
import Foundation
import ProtoWire

/// Prints a protobuf message field by field without its schema, like `protoc --decode_raw`.
@main
struct ProtoWireDump: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "protowire-dump",
    abstract: "Print an encoded protobuf message field by field, without its schema."
  )

  @Argument(help: "File holding the message (default: standard input).")
  var file: String?

  @Flag(help: "The input is hexadecimal text rather than raw bytes.")
  var hex = false

  @Flag(help: "The input starts with a 5-byte gRPC message prefix, which is skipped.")
  var grpcFrame = false

  func run() throws {
    let data =
      if let file { try Data(contentsOf: URL(fileURLWithPath: file)) } else {
        FileHandle.standardInput.readDataToEndOfFile()
      }
    var bytes = [UInt8](data)
    if hex {
      guard let decoded = RawFieldPrinter.bytes(fromHex: String(decoding: bytes, as: UTF8.self))
      else { throw ValidationError("input is not hexadecimal text") }
      bytes = decoded
    }
    if grpcFrame {
      guard bytes.count >= 5 else { throw ValidationError("input is shorter than a gRPC prefix") }
      bytes.removeFirst(5)
    }
    do {
      print(try RawFieldPrinter.render(bytes), terminator: "")
    } catch {
      throw ValidationError("not a protobuf message: \(error)")
    }
  }
}
