public import ProtoWire

/// A list request paged as Google's API design guide has it (AIP-158): `page_size` and
/// `page_token` in, `next_page_token` out.
public protocol PagedRequest: ProtoMessage {
  /// Items at most on the page (0: the service's default).
  var pageSize: Int32 { get set }
  /// The previous page's `next_page_token`; empty for the first page.
  var pageToken: String { get set }
}

/// A page of a list.
public protocol PagedResponse: ProtoMessage {
  /// The next page's token; empty after the last page.
  var nextPageToken: String { get }
}
