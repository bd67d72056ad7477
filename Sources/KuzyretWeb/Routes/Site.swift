import Hummingbird
import KuzyretCore

/// What every page needs from its request: the interface language and the page shell.
struct Site: Sendable {
    let configuration: WebConfiguration

    /// The interface language of `request`: `?ui=`, else the one chosen before (the `ui`
    /// cookie), else `Accept-Language`, else Russian.
    static func language(of request: Request) -> InterfaceLanguage {
        InterfaceLanguage.choose(
            ui: request.uri.queryParameters.get("ui") ?? request.cookies["ui"]?.value, acceptLanguage: request.headers[.acceptLanguage])
    }

    /// The page `body` inside the shell, in the request's interface language.
    static func page(_ request: Request, title: String, body: String, query: String = "", status: HTTPResponse.Status = .ok) -> Response {
        let ui = language(of: request)
        let path = request.uri.path
        var parameters: [String: String?] = [:]
        for (key, value) in request.uri.queryParameters where key != "ui" { parameters[String(key)] = String(value) }
        let languages = InterfaceLanguage.allCases.map { language in
            var withUI = parameters
            withUI["ui"] = language.rawValue
            return Layout.LanguageLink(code: language.rawValue, href: path + Links.query(withUI), current: language == ui)
        }
        let html = Layout.render(
            Layout.Context(title: title, lang: ui.htmlCode, l: ui.labels, body: body, query: query, languages: languages))
        var response = Responses.html(html, status: status)
        // A language chosen with ?ui= stays chosen on the pages its links lead to.
        if let chosen = request.uri.queryParameters.get("ui").flatMap({ InterfaceLanguage(rawValue: String($0)) }) {
            response.setCookie(Cookie(name: "ui", value: chosen.rawValue, maxAge: 365 * 86_400, path: "/", httpOnly: true, sameSite: .lax))
        }
        return response
    }

    /// An error page for `error`.
    static func errorPage(_ request: Request, _ error: PageError) -> Response {
        let ui = language(of: request)
        let title = error.status == .notFound ? ui.labels.notFound : error.status.code >= 500 ? ui.labels.error : ui.labels.badRequest
        return page(request, title: title, body: ErrorPage.body(title: title, message: error.message, ui: ui), status: error.status)
    }

    /// Parameter `name` of the URL query, trimmed; nil when absent or empty.
    static func parameter(_ request: Request, _ name: String) -> String? {
        guard let value = request.uri.queryParameters.get(name)?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// A date parameter (`YYYY-MM-DD`); a bad one is a ``PageError``.
    static func date(_ request: Request, _ name: String) throws -> LegalDate? {
        guard let text = parameter(request, name) else { return nil }
        guard let date = LegalDate(text) else { throw PageError.badRequest("\(name): \(text) is not a date (YYYY-MM-DD)") }
        return date
    }
}
