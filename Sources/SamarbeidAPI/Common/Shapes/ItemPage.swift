public import ProtoWire
public import RPC

/// The shape of a page of one kind of record: the records (field 1, repeated) and
/// `next_page_token` (field 2). `ListCallsResponse`, `ListApplicationsResponse`,
/// `ListPaymentsResponse`, `ListRepaymentClaimsResponse` and `ListOrganisationsResponse` share
/// it; each names field 1 its own way (`calls`, `applications`, ...), which stays on the wire
/// only as the JSON name.
public protocol ItemPage: PagedResponse, Equatable {
  associatedtype Item: ProtoMessage
  /// Field 1's name in `proto/`.
  static var itemsFieldName: String { get }
  /// The page's records (field 1).
  var items: [Item] { get set }
  var nextPageToken: String { get set }
  var unknownFields: UnknownFields { get set }
}

extension ItemPage {
  /// A page holding `items`, followed by the page `nextPageToken` names (empty: the last).
  public init(items: [Item], nextPageToken: String = "") {
    self.init()
    self.items = items
    self.nextPageToken = nextPageToken
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    switch number {
    case 1: itemsFieldName
    case 2: "next_page_token"
    default: nil
    }
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.readRepeated(.message(Item.self), tag, into: &items)
      case 2: nextPageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.message(Item.self), 1, items)
    sink.write(.string, 2, nextPageToken)
    sink.writeUnknownFields(unknownFields)
  }
}
