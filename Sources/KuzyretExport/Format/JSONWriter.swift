import KuzyretCore

/// A small streaming JSON writer: values go straight into a UTF-8 byte buffer, in the order
/// written, so output is deterministic and large trees cost one pass.
public struct JSONWriter: Sendable {
    /// The JSON text so far.
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    /// Creates an empty writer.
    public init() {
        bytes.reserveCapacity(1 << 16)
    }

    /// The JSON text as a string.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Opens an object (as a value, or after ``key(_:)``).
    public mutating func beginObject() {
        separate()
        bytes.append(0x7B)
        needsComma.append(false)
    }
    /// Closes the innermost object.
    public mutating func endObject() {
        needsComma.removeLast()
        bytes.append(0x7D)
    }
    /// Opens an array.
    public mutating func beginArray() {
        separate()
        bytes.append(0x5B)
        needsComma.append(false)
    }
    /// Closes the innermost array.
    public mutating func endArray() {
        needsComma.removeLast()
        bytes.append(0x5D)
    }

    /// Writes an object key; the next call writes its value.
    public mutating func key(_ name: String) {
        separate()
        writeString(name)
        bytes.append(0x3A)
        needsComma[needsComma.count - 1] = false
    }

    /// Writes a string value.
    public mutating func string(_ value: String) {
        separate()
        writeString(value)
    }
    /// Writes a string value or `null`.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }
    /// Writes an integer value.
    public mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }
    /// Writes a floating-point value with up to six decimals.
    public mutating func double(_ value: Double) {
        separate()
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        bytes.append(contentsOf: (value.isFinite ? "\(rounded)" : "null").utf8)
    }
    /// Writes a boolean value.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }
    /// Writes `null`.
    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes `"name": value` for a string.
    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }
    /// Writes `"name": value` for an integer.
    public mutating func field(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }
    /// Writes `"name": value` for a boolean.
    public mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// Writes a JSON value rendered elsewhere (one renderer's document inside another's); a
    /// trailing newline is dropped.
    public mutating func raw(_ json: String) {
        separate()
        var text = Substring(json)
        while text.last == "\n" { text = text.dropLast() }
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends a newline (between documents in JSON Lines output).
    public mutating func newline() {
        bytes.append(0x0A)
        needsComma[needsComma.count - 1] = false
    }

    /// Empties the buffer after its bytes were written out.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = [false]
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func writeString(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(0x22)
    }
}
