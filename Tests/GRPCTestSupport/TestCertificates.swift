import Foundation

/// The development certificates, made by certs/make-dev-certs.sh when missing.
public enum TestCertificates {
  public static let directory: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let output = root.appendingPathComponent("certs/out").path
    if !FileManager.default.fileExists(atPath: output + "/crl-empty.pem") {
      let process = Process()
      process.executableURL = root.appendingPathComponent("certs/make-dev-certs.sh")
      process.standardOutput = FileHandle.nullDevice
      try? launch(process)
      process.waitUntilExit()
    }
    return output
  }()

  public static var caPath: String { directory + "/ca.pem" }
  public static var crlPath: String { directory + "/crl.pem" }
  public static var emptyCRLPath: String { directory + "/crl-empty.pem" }
  /// certs/tenants.txt: the municipalities with certificates.
  public static var tenantsFilePath: String {
    URL(fileURLWithPath: directory).deletingLastPathComponent().appendingPathComponent(
      "tenants.txt"
    ).path
  }
  public static var serverCertificatePath: String { directory + "/server.pem" }
  public static var serverKeyPath: String { directory + "/server.key" }
  public static func certificatePath(_ identity: String) -> String {
    directory + "/\(identity).pem"
  }
  public static func keyPath(_ identity: String) -> String { directory + "/\(identity).key" }
}
