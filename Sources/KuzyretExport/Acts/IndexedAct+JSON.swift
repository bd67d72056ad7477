import KuzyretCore

extension IndexedAct {
    /// `{"acts":[{"id","title","texts":[{"lang","edition","title","newest","partial"}]}]}`: the
    /// acts an index holds (`/api/acts`).
    public static func json(_ acts: [IndexedAct]) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("acts")
        writer.beginArray()
        for act in acts { act.write(into: &writer) }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return writer.text
    }

    /// The act as one JSON object.
    public func write(into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("title", title(in: .rus))
        writer.key("texts")
        writer.beginArray()
        for text in texts {
            writer.beginObject()
            writer.field("lang", text.lang.rawValue)
            writer.field("edition", text.edition)
            writer.field("title", text.title)
            writer.field("newest", text.isNewest)
            writer.field("partial", text.isPartial)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }
}

extension TableOfContents {
    /// `{"act","lang","edition","entries":[{"address","kind","label","depth","status"}]}`.
    public func write(into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("act", act)
        writer.field("lang", lang.rawValue)
        writer.field("edition", edition)
        writer.key("entries")
        writer.beginArray()
        for entry in entries {
            writer.beginObject()
            writer.field("address", entry.address.description)
            writer.field("kind", entry.kind)
            writer.field("label", entry.label)
            writer.field("depth", entry.depth)
            writer.field("status", entry.status)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    /// The act page's answer (`/api/act/{id}`): `{"act":{…},"contents":{…}}`.
    public static func json(act: IndexedAct, contents: TableOfContents) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("act")
        act.write(into: &writer)
        writer.key("contents")
        contents.write(into: &writer)
        writer.endObject()
        writer.newline()
        return writer.text
    }
}

extension ProvisionView {
    /// The provision page's answer (`/api/provision/…`): `{"provision":{…},"editions":[{"edition",
    /// "status","partial"}]}`; an edition without the provision has status null.
    public func json(editions: [ProvisionEdition]) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("provision")
        writer.raw(json())
        writer.key("editions")
        writer.beginArray()
        for edition in editions {
            writer.beginObject()
            writer.field("edition", edition.edition)
            writer.field("status", edition.status)
            writer.field("partial", edition.isPartial)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return writer.text
    }
}

extension SearchResults {
    /// The search page's answer (`/api/search`): the hits of one page as ``json()`` writes them,
    /// with `"page"`, `"total"` (every match, from the facets) and `"facets":[{"name","values":
    /// [{"value","count"}]}]`.
    public func json(page: Int, total: Int, facets: [SearchFacet]) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("query", query)
        writer.field("page", page)
        writer.field("total", total)
        writer.key("results")
        writer.raw(json())
        writer.key("facets")
        writer.beginArray()
        for facet in facets {
            writer.beginObject()
            writer.field("name", facet.name)
            writer.key("values")
            writer.beginArray()
            for value in facet.values {
                writer.beginObject()
                writer.field("value", value.value)
                writer.field("count", value.count)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return writer.text
    }
}
