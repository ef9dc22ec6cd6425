import Foundation

/// The development certificates, made by certs/make-dev-certs.sh when missing.
enum TestCertificates {
  static let directory: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let output = root.appendingPathComponent("certs/out").path
    if !FileManager.default.fileExists(atPath: output + "/server.pem") {
      let process = Process()
      process.executableURL = root.appendingPathComponent("certs/make-dev-certs.sh")
      process.standardOutput = FileHandle.nullDevice
      try? process.run()
      process.waitUntilExit()
    }
    return output
  }()

  static var caPath: String { directory + "/ca.pem" }
  static var serverCertificatePath: String { directory + "/server.pem" }
  static var serverKeyPath: String { directory + "/server.key" }
  static func certificatePath(_ identity: String) -> String { directory + "/\(identity).pem" }
  static func keyPath(_ identity: String) -> String { directory + "/\(identity).key" }
}
