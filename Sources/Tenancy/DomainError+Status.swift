public import DomainValues
internal import ProtoWire
public import RPC

/// The one place where the domain's refusals become gRPC statuses.
extension DomainError: RPCErrorConvertible {
  public var rpcErrorCode: Status.Code {
    switch kind {
    case .invalidField: .invalidArgument
    case .ruleViolated: .failedPrecondition
    case .notFound: .notFound
    case .alreadyExists: .alreadyExists
    }
  }

  public var rpcErrorMessage: String { message }

  /// `grpc-status-details-bin`: the field (`google.rpc.BadRequest`) or the rule
  /// (`google.rpc.PreconditionFailure`, type = the rule's name, subject `samarbeid.v1`) that
  /// refused the request, for clients that act on it rather than parse the message.
  public var rpcErrorMetadata: Metadata {
    // Bounded like grpc-message, so the trailers stay within every client's header limit.
    let short = message.count > 500 ? message.prefix(500) + "…" : message
    let detail: (any ProtoMessage)?
    switch kind {
    case .invalidField(let field): detail = BadRequest(field: field, description: short)
    case .ruleViolated(let rule):
      detail = PreconditionFailure(type: rule, subject: "samarbeid.v1", description: short)
    case .notFound, .alreadyExists: detail = nil
    }
    guard let detail else { return [:] }
    let status = StatusDetails(code: rpcErrorCode, message: short, details: [detail])
    var metadata = Metadata()
    metadata.add(StatusDetails.trailer, binary: status.serializedBytes())
    return metadata
  }
}
