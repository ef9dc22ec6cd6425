/// Where an encoded message goes: bytes into a buffer (``ProtoWriter``) or only their count
/// (``ProtoSizeCounter``).
///
/// A message's single `encodeFields(to:)` serves both, specialised for each, so size and
/// bytes can never disagree and nothing is encoded twice.
public protocol ProtoSink: ~Copyable {
  /// Appends a varint.
  mutating func writeRawVarint(_ value: UInt64)
  /// Appends a little-endian 32-bit value.
  mutating func writeRawFixed32(_ value: UInt32)
  /// Appends a little-endian 64-bit value.
  mutating func writeRawFixed64(_ value: UInt64)
  /// Appends bytes as they are.
  mutating func writeRawBytes(_ bytes: UnsafeRawBufferPointer)
  /// Appends a length prefix and then what `body` writes; the length is that of the body.
  mutating func writeRawLengthPrefixed(_ body: (inout Self) -> Void)
  /// Appends a length-delimited UTF-8 string.
  mutating func writeRawString(_ value: String)
}

extension ProtoSink where Self: ~Copyable {
  /// Appends a length-delimited UTF-8 string.
  @inlinable
  public mutating func writeRawString(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      writeRawVarint(UInt64(utf8.count))
      writeRawBytes(UnsafeRawBufferPointer(utf8))
    }
  }

  /// Appends a field tag.
  @inlinable
  public mutating func writeTag(_ fieldNumber: Int, _ wireType: WireType) {
    writeRawVarint(FieldTag(fieldNumber: fieldNumber, wireType: wireType).rawValue)
  }

  /// Writes a singular field with implicit presence: nothing when the value is the default.
  @inlinable
  public mutating func write<T: ProtoFieldType>(_ type: T, _ fieldNumber: Int, _ value: T.Value) {
    guard !T.isDefault(value) else { return }
    writeTag(fieldNumber, T.wireType)
    T.writeValue(value, to: &self)
  }

  /// Writes a field with explicit presence (proto3 `optional`, messages): nothing when nil,
  /// the value (even the default) otherwise.
  @inlinable
  public mutating func write<T: ProtoFieldType>(_ type: T, _ fieldNumber: Int, _ value: T.Value?) {
    guard let value else { return }
    writePresent(type, fieldNumber, value)
  }

  /// Writes a field that is set, even when its value is the default (a oneof member).
  @inlinable
  public mutating func writePresent<T: ProtoFieldType>(
    _ type: T,
    _ fieldNumber: Int,
    _ value: T.Value
  ) {
    writeTag(fieldNumber, T.wireType)
    T.writeValue(value, to: &self)
  }

  /// Writes an embedded message when it is set.
  @inlinable
  public mutating func writeMessage<M: ProtoMessage>(_ fieldNumber: Int, _ message: M?) {
    guard let message else { return }
    writePresent(ProtoMessageType<M>(), fieldNumber, message)
  }

  /// Writes a repeated number, bool or enum field, packed (proto3's default).
  @inlinable
  public mutating func writeRepeated<T: ProtoPackableType>(
    _ type: T,
    _ fieldNumber: Int,
    _ values: [T.Value]
  ) {
    guard !values.isEmpty else { return }
    writeTag(fieldNumber, .lengthDelimited)
    if let size = T.fixedSize {
      writeRawVarint(UInt64(values.count * size))
      for value in values { T.writeValue(value, to: &self) }
    } else {
      writeRawLengthPrefixed { sink in
        for value in values { T.writeValue(value, to: &sink) }
      }
    }
  }

  /// Writes a repeated string, bytes or message field: one record per value.
  @inlinable
  public mutating func writeRepeated<T: ProtoFieldType>(
    _ type: T,
    _ fieldNumber: Int,
    _ values: [T.Value]
  ) {
    writeUnpacked(type, fieldNumber, values)
  }

  /// Writes a repeated field one record per value (`[packed = false]` for numbers).
  @inlinable
  public mutating func writeUnpacked<T: ProtoFieldType>(
    _ type: T,
    _ fieldNumber: Int,
    _ values: [T.Value]
  ) {
    for value in values { writePresent(type, fieldNumber, value) }
  }

  /// Writes a map field as one entry per key, in key order so the bytes are deterministic.
  /// Entries always carry both key and value, as protobuf's runtimes write them.
  @inlinable
  public mutating func writeMap<K: ProtoMapKeyType, V: ProtoFieldType>(
    _ fieldNumber: Int,
    _ map: [K.Value: V.Value],
    key: K,
    value: V
  ) {
    guard !map.isEmpty else { return }
    if map.count == 1 {
      for (entryKey, entryValue) in map {
        writeMapEntry(fieldNumber, entryKey, entryValue, key: key, value: value)
      }
      return
    }
    for entryKey in map.keys.sorted(by: K.keyPrecedes) {
      writeMapEntry(fieldNumber, entryKey, map[entryKey]!, key: key, value: value)
    }
  }

  @inlinable
  mutating func writeMapEntry<K: ProtoMapKeyType, V: ProtoFieldType>(
    _ fieldNumber: Int,
    _ entryKey: K.Value,
    _ entryValue: V.Value,
    key: K,
    value: V
  ) {
    writeTag(fieldNumber, .lengthDelimited)
    writeRawLengthPrefixed { sink in
      sink.writeTag(1, K.wireType)
      K.writeValue(entryKey, to: &sink)
      sink.writeTag(2, V.wireType)
      V.writeValue(entryValue, to: &sink)
    }
  }

  /// Writes unknown fields back exactly as they arrived.
  @inlinable
  public mutating func writeUnknownFields(_ unknownFields: UnknownFields) {
    guard !unknownFields.isEmpty else { return }
    unknownFields.bytes.withUnsafeBytes { writeRawBytes($0) }
  }
}
