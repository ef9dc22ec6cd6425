internal import COpenSSL

/// SHA-256 from OpenSSL's libcrypto (already linked for TLS), for request digests.
public enum SHA256 {
  /// The 32-byte digest of `chunks`, hashed in order as one input.
  public static func hash(_ chunks: [UInt8]...) -> [UInt8] {
    var digest = [UInt8](repeating: 0, count: 32)
    guard let context = EVP_MD_CTX_new() else { fatalError("EVP_MD_CTX_new failed: out of memory") }
    defer { EVP_MD_CTX_free(context) }
    precondition(EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1, "SHA-256 is unavailable")
    for chunk in chunks {
      chunk.withUnsafeBytes { bytes in _ = EVP_DigestUpdate(context, bytes.baseAddress, bytes.count)
      }
    }
    var length: UInt32 = 0
    _ = EVP_DigestFinal_ex(context, &digest, &length)
    return digest
  }
}
