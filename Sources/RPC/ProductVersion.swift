/// The version of Samarbeid's programs (`samarbeid --version`, `samarbeid-server --version`,
/// `samarbeid-load --version`) and of the client's `user-agent`.
public enum ProductVersion {
  /// Semantic version: the API in proto/ changes compatibly within a major version.
  public static let current = "1.15.0"
}
