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
}
