import ArgumentParser

/// The paging flags of every list: one page by default (saying on stderr when there are
/// more), or every page.
struct PageOptions: ParsableArguments {
  @Option(help: "Records per page: 1 to 1000 (the server's default is 100).")
  var pageSize: Int32 = 0

  @Option(help: "Start at this page (the token the previous page printed on stderr).")
  var pageToken = ""

  @Flag(help: "Every page, not only the first.")
  var all = false

  func validate() throws {
    guard (0...1000).contains(pageSize) else {
      throw ValidationError("--page-size must be 1 to 1000, not \(pageSize)")
    }
  }
}
