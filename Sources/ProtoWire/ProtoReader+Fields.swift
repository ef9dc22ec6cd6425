extension ProtoReader {
  /// Reads a singular field of a known type.
  ///
  /// - Parameters:
  ///   - type: the field's declared type, e.g. `.int32`, `.string`, `.enum(Purpose.self)`.
  ///   - tag: the tag returned by ``nextField()``.
  /// - Throws: when the wire type does not fit `type`, or the value is malformed.
  @inlinable
  public mutating func read<T: ProtoFieldType>(
    _ type: T,
    _ tag: FieldTag
  ) throws(ProtoWireError) -> T.Value {
    try inField(tag) { (reader) throws(ProtoWireError) in
      try reader.expect(tag, T.wireType, T.protoTypeName)
      return try T.readValue(from: &reader)
    }
  }

  /// Reads one occurrence of a repeated field, packed or not, and appends what it holds.
  ///
  /// Packable types (numbers, bools, enums) accept both the packed encoding (one LEN
  /// record holding many values) and the unpacked one (one record per value).
  @inlinable
  public mutating func readRepeated<T: ProtoPackableType>(
    _ type: T,
    _ tag: FieldTag,
    into values: inout [T.Value]
  ) throws(ProtoWireError) {
    try inField(tag) { (reader) throws(ProtoWireError) in
      if tag.wireType == .lengthDelimited {
        try reader.readPacked(T.self, into: &values)
      } else {
        try reader.expect(tag, T.wireType, T.protoTypeName)
        values.append(try T.readValue(from: &reader))
      }
    }
  }

  /// Reads one occurrence of a repeated string, bytes or message field and appends it.
  @inlinable
  public mutating func readRepeated<T: ProtoFieldType>(
    _ type: T,
    _ tag: FieldTag,
    into values: inout [T.Value]
  ) throws(ProtoWireError) {
    values.append(try read(type, tag))
  }

  @inlinable
  mutating func readPacked<T: ProtoPackableType>(
    _ type: T.Type,
    into values: inout [T.Value]
  ) throws(ProtoWireError) {
    let length = try readRawLength()
    let packedEnd = position + length
    if let size = T.fixedSize {
      guard length % size == 0 else {
        throw error(
          .truncated,
          "packed \(T.protoTypeName) of \(length) bytes is not a whole number of \(size)-byte values"
        )
      }
      values.reserveCapacity(values.count + length / size)
    }
    let outerEnd = end
    end = packedEnd
    while position < packedEnd {
      values.append(try T.readValue(from: &self))
    }
    end = outerEnd
  }

  /// Reads a singular message field, merging it into the value already there (protobuf
  /// merges repeated occurrences of a singular message field).
  @inlinable
  public mutating func mergeMessage<M: ProtoMessage>(
    _ tag: FieldTag,
    into message: inout M?
  ) throws(ProtoWireError) {
    var value = message ?? M()
    try mergeMessage(tag, into: &value)
    message = value
  }

  /// Reads a message field, merging it into `message`.
  @inlinable
  public mutating func mergeMessage<M: ProtoMessage>(
    _ tag: FieldTag,
    into message: inout M
  ) throws(ProtoWireError) {
    try inField(tag) { (reader) throws(ProtoWireError) in
      try reader.expect(tag, .lengthDelimited, M.protoMessageName)
      try reader.mergeNestedMessage(into: &message)
    }
  }

  /// Reads a length-delimited nested message one level deeper.
  @inlinable
  mutating func mergeNestedMessage<M: ProtoMessage>(
    into message: inout M
  ) throws(ProtoWireError) {
    try withNestedMessage { (reader) throws(ProtoWireError) in
      try message.decodeFieldsAttributingErrors(from: &reader)
    }
  }

  /// Reads a length prefix and runs `body` with the reader confined to that many bytes, one
  /// nesting level deeper; afterwards the reader continues after them.
  @inlinable
  mutating func withNestedMessage(
    _ body: (inout ProtoReader) throws(ProtoWireError) -> Void
  ) throws(ProtoWireError) {
    let length = try readRawLength()
    guard depth < maxDepth else {
      throw error(.nestingTooDeep, "messages nest deeper than the limit of \(maxDepth)")
    }
    let outerEnd = end
    end = position + length
    depth += 1
    try body(&self)
    depth -= 1
    position = end
    end = outerEnd
  }

  /// Reads one map entry (a nested message with the key in field 1 and the value in
  /// field 2) and stores it; a missing key or value takes its type's default.
  @inlinable
  public mutating func readMapEntry<K: ProtoMapKeyType, V: ProtoFieldType>(
    _ tag: FieldTag,
    key: K,
    value: V,
    into map: inout [K.Value: V.Value]
  ) throws(ProtoWireError) {
    try inField(tag) { (reader) throws(ProtoWireError) in
      try reader.expect(tag, .lengthDelimited, "map<\(K.protoTypeName), \(V.protoTypeName)>")
      var entryKey = K.defaultValue
      var entryValue = V.defaultValue
      try reader.withNestedMessage { (reader) throws(ProtoWireError) in
        do throws(ProtoWireError) {
          var ignored = UnknownFields()
          while let entryTag = try reader.nextField() {
            switch entryTag.fieldNumber {
            case 1: entryKey = try reader.read(key, entryTag)
            case 2: entryValue = try reader.read(value, entryTag)
            default: try reader.skipField(entryTag, preservingIn: &ignored)
            }
          }
        } catch {
          var error = error
          error.attribute(toMessage: "map entry") { $0 == 1 ? "key" : $0 == 2 ? "value" : nil }
          throw error
        }
      }
      map[entryKey] = entryValue
    }
  }

  /// Skips a field the message does not know and appends its exact bytes to `unknownFields`.
  @inlinable
  public mutating func skipField(
    _ tag: FieldTag,
    preservingIn unknownFields: inout UnknownFields
  ) throws(ProtoWireError) {
    let start = fieldStart
    try inField(tag) { (reader) throws(ProtoWireError) in try reader.skipValue(tag) }
    unknownFields.append(UnsafeRawBufferPointer(start: start, count: position - start))
  }

  /// Skips a field's value without keeping it.
  @usableFromInline
  mutating func skipValue(_ tag: FieldTag) throws(ProtoWireError) {
    switch tag.wireType {
    case .varint: _ = try readRawVarint()
    case .fixed64: _ = try readRawFixed64()
    case .fixed32: _ = try readRawFixed32()
    case .lengthDelimited: position += try readRawLength()
    case .startGroup: try skipGroup(fieldNumber: tag.fieldNumber)
    case .endGroup:
      throw error(.unmatchedGroup, "end-group tag for field \(tag.fieldNumber) closes no group")
    }
  }

  /// Skips a proto2 group up to its matching end-group tag.
  @usableFromInline
  mutating func skipGroup(fieldNumber: Int) throws(ProtoWireError) {
    guard depth < maxDepth else {
      throw error(.nestingTooDeep, "groups nest deeper than the limit of \(maxDepth)")
    }
    depth += 1
    while true {
      guard position < end else {
        throw error(.unmatchedGroup, "group \(fieldNumber) has no end-group tag")
      }
      let tag = try readTag()
      if tag.wireType == .endGroup {
        guard tag.fieldNumber == fieldNumber else {
          throw error(
            .unmatchedGroup,
            "end-group tag for field \(tag.fieldNumber) inside group \(fieldNumber)"
          )
        }
        break
      }
      try skipValue(tag)
    }
    depth -= 1
  }

  /// Runs `body`, adding `tag`'s field to the path of any error it throws.
  @inlinable
  mutating func inField<Result>(
    _ tag: FieldTag,
    _ body: (inout ProtoReader) throws(ProtoWireError) -> Result
  ) throws(ProtoWireError) -> Result {
    do throws(ProtoWireError) {
      return try body(&self)
    } catch {
      var error = error
      error.enter(fieldNumber: tag.fieldNumber)
      throw error
    }
  }

  /// Throws a wire-type mismatch unless `tag` has `wireType`.
  @inlinable
  func expect(
    _ tag: FieldTag,
    _ wireType: WireType,
    _ typeName: @autoclosure () -> String
  ) throws(ProtoWireError) {
    guard tag.wireType == wireType else {
      throw error(
        .wireTypeMismatch,
        "field \(tag.fieldNumber) arrived as \(tag.wireType), but its type \(typeName()) is \(wireType)"
      )
    }
  }
}

extension ProtoMessage {
  /// Decodes fields and names this message in the path of any error that escapes.
  @inlinable
  mutating func decodeFieldsAttributingErrors(
    from reader: inout ProtoReader
  ) throws(ProtoWireError) {
    do throws(ProtoWireError) {
      try decodeFields(from: &reader)
    } catch {
      var error = error
      error.attribute(toMessage: Self.protoMessageName, fieldName: Self.protoFieldName(forNumber:))
      throw error
    }
  }
}
