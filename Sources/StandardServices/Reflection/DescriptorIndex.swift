internal import Foundation
internal import ProtoWire

/// The files of a FileDescriptorSet, each as its serialized FileDescriptorProto, with the
/// fully qualified symbols (services, methods, messages, enums) each defines: what
/// reflection answers from.
struct DescriptorIndex: Sendable {
  struct File: Sendable {
    let name: String
    let bytes: [UInt8]
    let dependencies: [String]
  }

  let files: [String: File]
  /// Symbol (without a leading dot) → the name of the file that defines it.
  let symbols: [String: String]
  /// Fully qualified service names, in file order.
  let services: [String]
  /// Fully qualified message names (for extension-number questions).
  let messages: Set<String>

  /// The index of `set` (a serialized FileDescriptorSet).
  /// - Throws: ``ProtoWireError`` when it does not decode.
  init(set: [UInt8]) throws(ProtoWireError) {
    let parsed = try FileDescriptorSetShape(serializedBytes: set, limits: .default)
    var files: [String: File] = [:]
    var symbols: [String: String] = [:]
    var services: [String] = []
    var messages: Set<String> = []
    for bytes in parsed.files {
      let file = try FileShape(serializedBytes: bytes, limits: .default)
      files[file.name] = File(name: file.name, bytes: bytes, dependencies: file.dependencies)
      let prefix = file.package.isEmpty ? "" : file.package + "."
      func add(_ symbol: String) { symbols[symbol] = file.name }
      func addMessage(_ message: MessageShape, in scope: String) {
        let name = scope + message.name
        add(name)
        messages.insert(name)
        for nested in message.nested { addMessage(nested, in: name + ".") }
        for nested in message.enums { add(name + "." + nested) }
      }
      for message in file.messages { addMessage(message, in: prefix) }
      for name in file.enums { add(prefix + name) }
      for service in file.services {
        add(prefix + service.name)
        services.append(prefix + service.name)
        for method in service.methods { add(prefix + service.name + "." + method) }
      }
    }
    self.files = files
    self.symbols = symbols
    self.services = services
    self.messages = messages
  }

  /// The embedded descriptors of proto/.
  static let embedded: DescriptorIndex = {
    let text = EmbeddedDescriptors.base64.filter { !$0.isWhitespace }
    guard let data = Data(base64Encoded: text), let index = try? DescriptorIndex(set: Array(data))
    else { preconditionFailure("the embedded descriptors do not decode: make descriptors") }
    return index
  }()

  /// `name` and every file it depends on, each once, `name` first.
  func closure(of name: String) -> [File] {
    var order: [File] = []
    var seen: Set<String> = []
    var pending = [name]
    while let next = pending.first {
      pending.removeFirst()
      guard seen.insert(next).inserted, let file = files[next] else { continue }
      order.append(file)
      pending += file.dependencies
    }
    return order
  }

  /// The file that defines `symbol`, or for a field or enum value the file of its message
  /// or enum; nil for anything else (a method a service does not have, say).
  func file(containing symbol: String) -> String? {
    let name = symbol.hasPrefix(".") ? String(symbol.dropFirst()) : symbol
    if let file = symbols[name] { return file }
    guard let dot = name.lastIndex(of: "."), !services.contains(String(name[..<dot])) else {
      return nil
    }
    return symbols[String(name[..<dot])]
  }
}
