public import DomainValues
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
}
