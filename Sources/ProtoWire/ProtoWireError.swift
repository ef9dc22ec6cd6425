/// Why bytes could not be decoded as a protobuf message.
///
/// Errors are equal when their codes are equal; the detail, the field path, the byte offset
/// and the source location are there for people reading logs.
public struct ProtoWireError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The class of failure. New codes may be added; switch with a `default`.
  public struct Code: Sendable, Hashable, CustomStringConvertible {
    private enum Wrapped: Sendable, Hashable {
      case truncated
      case malformedVarint
      case invalidFieldNumber
      case invalidWireType
      case lengthOutOfBounds
      case nestingTooDeep
      case messageTooLarge
      case invalidUTF8
      case wireTypeMismatch
      case unmatchedGroup
    }

    private let wrapped: Wrapped
    private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

    /// The input ended in the middle of a tag or a value.
    public static let truncated = Code(.truncated)
    /// A varint ran past 10 bytes or past 64 bits.
    public static let malformedVarint = Code(.malformedVarint)
    /// A field number of 0 or above 2^29 - 1.
    public static let invalidFieldNumber = Code(.invalidFieldNumber)
    /// Wire type 6 or 7, which do not exist.
    public static let invalidWireType = Code(.invalidWireType)
    /// A length prefix that points past the end of the enclosing message.
    public static let lengthOutOfBounds = Code(.lengthOutOfBounds)
    /// Messages nested deeper than `ProtoDecodingLimits.maxDepth`.
    public static let nestingTooDeep = Code(.nestingTooDeep)
    /// The input is larger than `ProtoDecodingLimits.maxMessageSize`.
    public static let messageTooLarge = Code(.messageTooLarge)
    /// A string field holds bytes that are not valid UTF-8.
    public static let invalidUTF8 = Code(.invalidUTF8)
    /// A known field arrived with a wire type its declared type cannot have.
    public static let wireTypeMismatch = Code(.wireTypeMismatch)
    /// An end-group tag without a matching start, or a group that never ends.
    public static let unmatchedGroup = Code(.unmatchedGroup)

    public var description: String {
      switch wrapped {
      case .truncated: "truncated input"
      case .malformedVarint: "malformed varint"
      case .invalidFieldNumber: "invalid field number"
      case .invalidWireType: "invalid wire type"
      case .lengthOutOfBounds: "length out of bounds"
      case .nestingTooDeep: "nesting too deep"
      case .messageTooLarge: "message too large"
      case .invalidUTF8: "invalid UTF-8"
      case .wireTypeMismatch: "wire type mismatch"
      case .unmatchedGroup: "unmatched group"
      }
    }
  }

  /// What went wrong.
  public var code: Code
  /// What was found and what is allowed, in words.
  public var detail: String
  /// Where in the message tree, outermost first; empty when the failure is not inside a field.
  public var fieldPath: [ProtoFieldPathComponent]
  /// Offset into the input at which the failure was noticed, when known.
  public var byteOffset: Int?
  /// The source file that raised the error.
  public var file: String
  /// The source line that raised the error.
  public var line: Int

  /// Creates an error.
  public init(
    code: Code,
    detail: String,
    byteOffset: Int? = nil,
    fieldNumber: Int? = nil,
    file: String = #fileID,
    line: Int = #line
  ) {
    self.code = code
    self.detail = detail
    self.byteOffset = byteOffset
    self.fieldPath = fieldNumber.map { [ProtoFieldPathComponent(fieldNumber: $0)] } ?? []
    self.file = file
    self.line = line
  }

  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.code == rhs.code }
  public func hash(into hasher: inout Hasher) { hasher.combine(code) }

  /// The field path as text, e.g. `samarbeid.v1.GrantApplication.budget_lines.description`.
  public var fieldPathDescription: String {
    guard let first = fieldPath.first else { return "" }
    var text = first.messageName ?? "?"
    for component in fieldPath where component.fieldNumber != nil {
      text += "." + component.fieldDescription
    }
    return text
  }

  public var description: String {
    var text = "\(code): \(detail)"
    if !fieldPath.isEmpty { text += " at \(fieldPathDescription)" }
    if let byteOffset { text += " (byte \(byteOffset))" }
    return text
  }

  /// Marks the innermost unattributed step of the path as a field of `messageName`.
  ///
  /// Called as the error leaves a message's decoder; when the failure was not inside a field
  /// of that message, a step naming only the message is added.
  @usableFromInline
  mutating func attribute(
    toMessage messageName: String,
    fieldName: (Int) -> String?
  ) {
    if let first = fieldPath.first, first.messageName == nil {
      fieldPath[0].messageName = messageName
      if let number = first.fieldNumber { fieldPath[0].fieldName = fieldName(number) }
    } else {
      fieldPath.insert(ProtoFieldPathComponent(messageName: messageName), at: 0)
    }
  }

  /// Prepends the field of the enclosing message that held the failing value.
  @usableFromInline
  mutating func enter(fieldNumber: Int) {
    fieldPath.insert(ProtoFieldPathComponent(fieldNumber: fieldNumber), at: 0)
  }
}

/// One step of a field path: a field of a message.
public struct ProtoFieldPathComponent: Sendable, Hashable, CustomStringConvertible {
  /// The full protobuf name of the message that declares the field, when known.
  public var messageName: String?
  /// The field number, or nil when the failure was in the message's framing.
  public var fieldNumber: Int?
  /// The field's name in the `.proto` file, when the message supplies it.
  public var fieldName: String?

  /// Creates a step.
  public init(messageName: String? = nil, fieldNumber: Int? = nil, fieldName: String? = nil) {
    self.messageName = messageName
    self.fieldNumber = fieldNumber
    self.fieldName = fieldName
  }

  /// The field as `name` or `#number`.
  var fieldDescription: String {
    if let fieldName { return fieldName }
    if let fieldNumber { return "#\(fieldNumber)" }
    return "(framing)"
  }

  public var description: String {
    (messageName ?? "?") + "." + fieldDescription
  }
}
