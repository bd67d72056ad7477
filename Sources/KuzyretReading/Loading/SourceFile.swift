#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of one input file, read with the checks every statute gets before parsing:
/// it exists, is a regular readable file, is within the size limit, is not empty and not binary.
public struct SourceFile: Sendable {
    /// The path as given.
    public let path: String
    /// The whole content.
    public let bytes: [UInt8]
    /// The offset of the first byte that is not valid UTF-8, or `nil`; found once, on reading.
    public let invalidUTF8Offset: Int?

    /// Reads `path`, refusing files larger than `maxBytes` before reading them.
    public static func read(_ path: String, maxBytes: Int) throws(StatuteError) -> SourceFile {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: path, reason: "not a regular file") }
        let size = Int(info.st_size)
        if size > maxBytes { throw .tooLarge(path: path, bytes: size, limit: maxBytes) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: max(size, 1)) { buffer, count in
            count = 0
            while count < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { break }
                count += got
            }
        }
        if failure != 0 { throw .unreadable(path: path, reason: String(cString: strerror(failure))) }
        let file = SourceFile(path: path, bytes: bytes)
        try file.checkText()
        return file
    }

    /// Creates a file value from bytes already in memory.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        // The standard library's validator is vectorised; the byte-by-byte one runs only to say
        // where an invalid file goes wrong.
        invalidUTF8Offset = String(validating: bytes, as: UTF8.self) == nil ? UTF8Check.firstInvalidOffset(bytes) : nil
    }

    /// Refuses empty and binary content.
    func checkText() throws(StatuteError) {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            throw .empty(path: path)
        }
        if hasUTF16ByteOrderMark { return }
        if let nul = bytes.firstIndex(of: 0) { throw .binary(path: path, offset: nul) }
    }

    /// Whether the file starts with a UTF-16 byte-order mark.
    public var hasUTF16ByteOrderMark: Bool {
        bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    }

    /// The 1-based line of the first byte that is not valid UTF-8, or `nil` when all are valid.
    ///
    /// A file cut short in the middle of its last character (a truncated download) is not
    /// refused for that: see ``endsMidCharacter``.
    public func firstInvalidUTF8Line() -> Int? {
        guard let offset = invalidUTF8Offset, !UTF8Check.isIncompleteTail(bytes, at: offset) else {
            return nil
        }
        return 1 + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The content as UTF-8 text: validated UTF-8 as is, UTF-16 with a byte-order mark converted.
    public func utf8Text() throws(StatuteError) -> String {
        if hasUTF16ByteOrderMark {
            let littleEndian = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                units.append(
                    littleEndian
                        ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                        : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        if let line = firstInvalidUTF8Line() { throw .notUTF8(path: path, line: line) }
        var body = bytes[...]
        if endsMidCharacter, let offset = invalidUTF8Offset { body = body[..<offset] }
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return String(decoding: body, as: UTF8.self)
    }

    /// Whether the file stops inside its last UTF-8 character, as a truncated download does;
    /// the loader drops the partial character and warns.
    public var endsMidCharacter: Bool {
        guard let offset = invalidUTF8Offset else { return false }
        return UTF8Check.isIncompleteTail(bytes, at: offset)
    }

    /// The file name without directories.
    public var fileName: String { String(path.split(separator: "/").last ?? Substring(path)) }

    /// The directory part of the path (`"."` when none).
    public var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// A UTF-8 validator that reports where validity ends.
enum UTF8Check {
    /// Whether the bytes from `offset` to the end are the start of one valid multi-byte
    /// sequence, cut off by the end of the file.
    static func isIncompleteTail(_ bytes: [UInt8], at offset: Int) -> Bool {
        let tail = bytes[offset...]
        guard let lead = tail.first, (1...3).contains(tail.count) else { return false }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return false
        }
        return tail.count < length && tail.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var minimum: UInt32
                var scalar: UInt32
                switch byte {
                case 0xC2...0xDF:
                    length = 2
                    scalar = UInt32(byte & 0x1F)
                    minimum = 0x80
                case 0xE0...0xEF:
                    length = 3
                    scalar = UInt32(byte & 0x0F)
                    minimum = 0x800
                case 0xF0...0xF4:
                    length = 4
                    scalar = UInt32(byte & 0x07)
                    minimum = 0x10000
                default: return index
                }
                guard index + length <= count else { return index }
                for offset in 1..<length {
                    let next = buffer[index + offset]
                    guard next & 0xC0 == 0x80 else { return index }
                    scalar = scalar << 6 | UInt32(next & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
                _ = minimum
                index += length
            }
            return nil
        }
    }
}
