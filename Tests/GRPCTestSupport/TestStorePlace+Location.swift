import Foundation
public import SamarbeidApp
public import StoreTestSupport

extension TestStorePlace {
  /// Where a server keeps its data in this place.
  public var storeLocation: StoreLocation {
    switch kind {
    case .sqlite: .sqlite(directory: directory!.path)
    case .postgres: .postgres(database!, connections: 4)
    }
  }

  /// What tells the server binary to use this place: `--data-dir` for a directory, `--store`
  /// for a database (its password from `PGPASSWORD`, which the test command sets).
  public var serverArguments: [String] {
    switch kind {
    case .sqlite: ["--data-dir", directory!.path]
    case .postgres: ["--store", "\(database!)"]
    }
  }
}
