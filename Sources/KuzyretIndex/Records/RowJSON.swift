/// Writes the JSON the index keeps for competences and flags, straight into bytes.
///
/// Foundation's `JSONEncoder` builds a tree of boxed values per row, sorts its keys and then
/// serialises it: an eighth of an index build's CPU. This is an `Encoder` that writes each value
/// as the type's own `Codable` conformance hands it over, in one pass, so the rows need no
/// hand-kept copy of their fields. Keys come in declaration order; `nil` optionals are left out
/// (as `encodeIfPresent` does); the result decodes with `JSONDecoder` to the same value.
enum RowJSON {
    /// `value` as JSON text.
    static func string(_ value: some Encodable) throws -> String {
        let sink = Sink()
        try value.encode(to: StreamEncoder(sink: sink, level: 0, codingPath: []))
        sink.close(above: 0)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    /// The bytes written so far and the containers still open.
    final class Sink {
        var bytes: [UInt8] = []
        /// Open containers, outermost first: the byte that closes each and whether it holds a
        /// value yet.
        var open: [(closer: UInt8, isEmpty: Bool)] = []

        init() { bytes.reserveCapacity(512) }

        /// Closes the containers nested deeper than `level` (a container at level L is
        /// `open[L - 1]`): a nested container ends when its parent writes again.
        func close(above level: Int) {
            while open.count > level { bytes.append(open.removeLast().closer) }
        }

        /// Opens a container at `level` + 1 with `opener`.
        func push(_ opener: UInt8, closer: UInt8) {
            bytes.append(opener)
            open.append((closer, true))
        }

        /// Starts a member of the container at `level`: closes deeper ones, writes a comma after
        /// an earlier member.
        func member(at level: Int) {
            close(above: level)
            if open[level - 1].isEmpty {
                open[level - 1].isEmpty = false
            } else {
                bytes.append(UInt8(ascii: ","))
            }
        }

        func write(string: String) {
            bytes.append(UInt8(ascii: "\""))
            // Most texts need no escape: copied whole.
            if !string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: string.utf8)
                bytes.append(UInt8(ascii: "\""))
                return
            }
            for byte in string.utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
                case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
                case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
                case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
                case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                default: bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }

        func write(raw: String) { bytes += Array(raw.utf8) }

        func write(number value: Double, codingPath: [any CodingKey]) throws {
            guard value.isFinite else {
                throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "not a finite number"))
            }
            write(raw: value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)")
        }
    }

    /// The encoder a value is handed: it writes at `level`, the depth of the container its
    /// value sits in.
    struct StreamEncoder: Encoder {
        let sink: Sink
        let level: Int
        var codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            sink.close(above: level)
            sink.push(UInt8(ascii: "{"), closer: UInt8(ascii: "}"))
            return KeyedEncodingContainer(Keyed<Key>(sink: sink, level: level + 1, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            sink.close(above: level)
            sink.push(UInt8(ascii: "["), closer: UInt8(ascii: "]"))
            return Unkeyed(sink: sink, level: level + 1, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(sink: sink, level: level, codingPath: codingPath)
        }
    }

    /// Writes one value of any kind the containers take.
    static func write(_ value: some Encodable, sink: Sink, level: Int, codingPath: [any CodingKey]) throws {
        switch value {
        case let text as String: sink.write(string: text)
        case let flag as Bool: sink.write(raw: flag ? "true" : "false")
        case let number as Int: sink.write(raw: String(number))
        case let number as Int64: sink.write(raw: String(number))
        case let number as Double: try sink.write(number: number, codingPath: codingPath)
        default: try value.encode(to: StreamEncoder(sink: sink, level: level, codingPath: codingPath))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        let level: Int
        var codingPath: [any CodingKey]

        private func key(_ key: Key) {
            sink.member(at: level)
            sink.write(string: key.stringValue)
            sink.bytes.append(UInt8(ascii: ":"))
        }

        mutating func encodeNil(forKey key: Key) throws {
            self.key(key)
            sink.write(raw: "null")
        }
        mutating func encode(_ value: Bool, forKey key: Key) throws {
            self.key(key)
            sink.write(raw: value ? "true" : "false")
        }
        mutating func encode(_ value: String, forKey key: Key) throws {
            self.key(key)
            sink.write(string: value)
        }
        mutating func encode(_ value: Int, forKey key: Key) throws {
            self.key(key)
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            self.key(key)
            try sink.write(number: value, codingPath: codingPath + [key])
        }
        mutating func encode(_ value: Int8, forKey key: Key) throws {
            self.key(key)
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: Int16, forKey key: Key) throws {
            self.key(key)
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: Int32, forKey key: Key) throws {
            self.key(key)
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: Int64, forKey key: Key) throws {
            self.key(key)
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: UInt, forKey key: Key) throws {
            self.key(key)
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: UInt8, forKey key: Key) throws {
            self.key(key)
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: UInt16, forKey key: Key) throws {
            self.key(key)
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: UInt32, forKey key: Key) throws {
            self.key(key)
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: UInt64, forKey key: Key) throws {
            self.key(key)
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: Float, forKey key: Key) throws {
            self.key(key)
            try sink.write(number: Double(value), codingPath: codingPath + [key])
        }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            self.key(key)
            try RowJSON.write(value, sink: sink, level: level, codingPath: codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            self.key(key)
            return StreamEncoder(sink: sink, level: level, codingPath: codingPath + [key]).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            self.key(key)
            return StreamEncoder(sink: sink, level: level, codingPath: codingPath + [key]).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder {
            sink.member(at: level)
            sink.write(raw: "\"super\":")
            return StreamEncoder(sink: sink, level: level, codingPath: codingPath)
        }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            self.key(key)
            return StreamEncoder(sink: sink, level: level, codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let sink: Sink
        let level: Int
        var codingPath: [any CodingKey]
        private(set) var count = 0

        init(sink: Sink, level: Int, codingPath: [any CodingKey]) {
            self.sink = sink
            self.level = level
            self.codingPath = codingPath
        }

        private mutating func element() {
            sink.member(at: level)
            count += 1
        }

        mutating func encodeNil() throws {
            element()
            sink.write(raw: "null")
        }
        mutating func encode(_ value: String) throws {
            element()
            sink.write(string: value)
        }
        mutating func encode(_ value: Int) throws {
            element()
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: Int8) throws {
            element()
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: Int16) throws {
            element()
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: Int32) throws {
            element()
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: Int64) throws {
            element()
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: UInt) throws {
            element()
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: UInt8) throws {
            element()
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: UInt16) throws {
            element()
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: UInt32) throws {
            element()
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: UInt64) throws {
            element()
            sink.write(raw: String(value))
        }
        mutating func encode(_ value: Bool) throws {
            element()
            sink.write(raw: value ? "true" : "false")
        }
        mutating func encode(_ value: Double) throws {
            element()
            try sink.write(number: value, codingPath: codingPath)
        }
        mutating func encode(_ value: Float) throws {
            element()
            try sink.write(number: Double(value), codingPath: codingPath)
        }
        mutating func encode<T: Encodable>(_ value: T) throws {
            element()
            try RowJSON.write(value, sink: sink, level: level, codingPath: codingPath)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            element()
            return StreamEncoder(sink: sink, level: level, codingPath: codingPath).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            element()
            return StreamEncoder(sink: sink, level: level, codingPath: codingPath).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder {
            element()
            return StreamEncoder(sink: sink, level: level, codingPath: codingPath)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let sink: Sink
        let level: Int
        var codingPath: [any CodingKey]

        mutating func encodeNil() throws { sink.write(raw: "null") }
        mutating func encode(_ value: Bool) throws { sink.write(raw: value ? "true" : "false") }
        mutating func encode(_ value: String) throws { sink.write(string: value) }
        mutating func encode(_ value: Int) throws { sink.write(raw: String(value)) }
        mutating func encode(_ value: Double) throws { try sink.write(number: value, codingPath: codingPath) }
        mutating func encode(_ value: Int8) throws { sink.write(raw: String(value)) }
        mutating func encode(_ value: Int16) throws { sink.write(raw: String(value)) }
        mutating func encode(_ value: Int32) throws { sink.write(raw: String(value)) }
        mutating func encode(_ value: Int64) throws { sink.write(raw: String(value)) }
        mutating func encode(_ value: UInt) throws { sink.write(raw: String(value)) }
        mutating func encode(_ value: UInt8) throws { sink.write(raw: String(value)) }
        mutating func encode(_ value: UInt16) throws { sink.write(raw: String(value)) }
        mutating func encode(_ value: UInt32) throws { sink.write(raw: String(value)) }
        mutating func encode(_ value: UInt64) throws { sink.write(raw: String(value)) }
        mutating func encode(_ value: Float) throws { try sink.write(number: Double(value), codingPath: codingPath) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try RowJSON.write(value, sink: sink, level: level, codingPath: codingPath)
        }
    }
}
