internal import COpenSSL

/// The parts of a verified peer certificate that identify the peer.
public struct TLSPeerCertificate: Sendable, Hashable {
  /// The subject in OpenSSL's one-line form.
  public var subject: String
  /// URI subject alternative names (SPIFFE identities).
  public var uriSANs: [String]
  /// DNS subject alternative names.
  public var dnsSANs: [String]
  /// The serial number in hexadecimal.
  public var serialNumber: String

  /// A certificate's identifying parts, as a transport without X.509 reports them.
  public init(subject: String, uriSANs: [String], dnsSANs: [String] = [], serialNumber: String) {
    self.subject = subject
    self.uriSANs = uriSANs
    self.dnsSANs = dnsSANs
    self.serialNumber = serialNumber
  }

  init(_ certificate: OpaquePointer) {
    subject = Self.subjectLine(certificate)
    serialNumber = Self.serial(certificate)
    uriSANs = []
    dnsSANs = []
    guard let names = samarbeid_X509_subject_alt_names(certificate) else { return }
    defer { samarbeid_GENERAL_NAMES_free(names) }
    for index in 0..<samarbeid_sk_GENERAL_NAME_num(names) {
      guard let name = samarbeid_sk_GENERAL_NAME_value(names, index) else { continue }
      if let uri = samarbeid_GENERAL_NAME_uri(name) {
        uriSANs.append(Self.text(uri))
      } else if let dns = samarbeid_GENERAL_NAME_dns(name) {
        dnsSANs.append(Self.text(dns))
      }
    }
  }

  private static func text(_ string: UnsafePointer<ASN1_IA5STRING>) -> String {
    let length = Int(ASN1_STRING_length(string))
    guard length > 0, let data = ASN1_STRING_get0_data(string) else { return "" }
    return String(decoding: UnsafeBufferPointer(start: data, count: length), as: UTF8.self)
  }

  private static func subjectLine(_ certificate: OpaquePointer) -> String {
    guard let name = X509_get_subject_name(certificate),
      let line = X509_NAME_oneline(name, nil, 0)
    else { return "" }
    defer { samarbeid_OPENSSL_free(line) }
    return String(cString: line)
  }

  private static func serial(_ certificate: OpaquePointer) -> String {
    guard let serial = X509_get_serialNumber(certificate),
      let number = ASN1_INTEGER_to_BN(serial, nil)
    else { return "" }
    defer { BN_free(number) }
    guard let hex = BN_bn2hex(number) else { return "" }
    defer { samarbeid_OPENSSL_free(hex) }
    return String(cString: hex)
  }
}
