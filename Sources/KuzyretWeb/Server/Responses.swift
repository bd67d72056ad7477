import HTTPTypes
import Hummingbird

/// Responses with the headers every page carries: the type, no sniffing, and a policy that
/// allows only the server's own stylesheet and no script.
enum Responses {
    static let securityHeaders: [(HTTPField.Name, String)] = [
        (
            .contentSecurityPolicy,
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        ),
        (HTTPField.Name("X-Content-Type-Options")!, "nosniff"),
        (HTTPField.Name("Referrer-Policy")!, "no-referrer"),
    ]

    /// A response of `type`; `cache` lets browsers keep it a day (the stylesheet), else pages are
    /// not stored (the index may be rebuilt under them).
    static func make(
        _ body: String, type: String, status: HTTPResponse.Status = .ok, extra: [(HTTPField.Name, String)] = [], cache: Bool = false
    ) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = cache ? "public, max-age=86400" : "no-cache"
        for (name, value) in securityHeaders + extra { headers[name] = value }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        make(body, type: "text/html; charset=utf-8", status: status)
    }

    static func json(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        make(body, type: "application/json; charset=utf-8", status: status)
    }

    /// A file to download: `name` in Content-Disposition.
    static func download(_ body: String, type: String, name: String) -> Response {
        make(body, type: type, extra: [(.contentDisposition, "attachment; filename=\"\(name)\"")])
    }
}
