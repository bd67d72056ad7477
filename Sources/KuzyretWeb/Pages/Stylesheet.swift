/// The one stylesheet: readable text, two columns for the languages on a wide screen and one
/// on a phone, print without the navigation.
enum Stylesheet {
    static let css = """
        :root { --ink: #1d2430; --muted: #5d6675; --line: #d8dde5; --accent: #0b5c8a; --mark: #fff2a8; --ins: #dff5df; --del: #fbe1e1; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fbfcfd; }
        header.site { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .6rem 1rem; border-bottom: 1px solid var(--line); background: #fff; }
        .brand { font-weight: 700; color: var(--accent); text-decoration: none; font-size: 1.15rem; }
        form.search { display: flex; flex: 1 1 20rem; gap: .4rem; }
        form.search input { flex: 1; min-width: 0; padding: .45rem .6rem; font-size: 1rem; border: 1px solid var(--line); border-radius: 4px; }
        button, .button { padding: .45rem .8rem; font-size: 1rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; text-decoration: none; }
        nav.links a { margin-right: .6rem; color: var(--accent); }
        nav.links a.current { font-weight: 700; color: var(--ink); text-decoration: none; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; margin: .4rem 0 1rem; line-height: 1.3; }
        h2 { font-size: 1.2rem; margin: 1.6rem 0 .6rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
        a { color: var(--accent); }
        .address { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; color: var(--muted); word-break: break-all; }
        .muted { color: var(--muted); }
        mark { background: var(--mark); padding: 0 .1em; }
        ins { background: var(--ins); text-decoration: none; }
        del { background: var(--del); }
        .banner { border: 1px solid var(--line); border-left: 4px solid var(--accent); background: #fff; padding: .6rem .9rem; margin-bottom: 1rem; }
        .banner.old { border-left-color: #b36b00; }
        .crumbs { font-size: .9rem; margin-bottom: .6rem; }
        .crumbs a { margin-right: .3rem; }
        .subtitle { color: var(--muted); margin: -.6rem 0 .4rem; }
        .texts { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
        .text { background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: .8rem 1rem; }
        .text .lang { font-weight: 700; text-transform: uppercase; font-size: .8rem; color: var(--muted); }
        .text p { margin: .4rem 0 0; white-space: pre-line; }
        ul.plain { list-style: none; padding: 0; margin: 0; }
        ul.plain > li { padding: .5rem 0; border-bottom: 1px solid var(--line); }
        .hit .snippet { margin: .2rem 0 0; }
        .layout { display: grid; grid-template-columns: 14rem 1fr; gap: 1.5rem; }
        .facets h3 { font-size: .95rem; margin: .8rem 0 .2rem; }
        .facets ul { list-style: none; padding: 0; margin: 0; font-size: .9rem; }
        .facets li { margin: .15rem 0; }
        .count { color: var(--muted); font-size: .85rem; }
        .badge { display: inline-block; padding: 0 .35rem; border-radius: 3px; font-size: .8rem; border: 1px solid var(--line); color: var(--muted); }
        .badge.repealed { border-color: #b33; color: #b33; }
        .badge.pending { border-color: #b36b00; color: #b36b00; }
        .flag { border-left: 3px solid #b36b00; padding-left: .6rem; margin: .5rem 0; }
        .flag.open { border-left-color: #b33; }
        .message { border: 1px solid #e0b4b4; background: #fff6f6; padding: .6rem .9rem; border-radius: 4px; }
        table { border-collapse: collapse; width: 100%; font-size: .95rem; }
        th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        td.num { text-align: right; }
        .scroll { overflow-x: auto; margin-bottom: 1rem; }
        figure.history { margin: 0.5em 0; } figure.history svg { width: 100%; max-width: 720px; height: auto; }
        .act-life, .life { color: #6b3b00; }
        .toc .depth-1 { padding-left: 1.2rem; }
        .toc .depth-2 { padding-left: 2.4rem; }
        form.compare fieldset { border: 1px solid var(--line); margin: 0 0 1rem; padding: .8rem 1rem; background: #fff; }
        form.compare label { display: block; margin: .3rem 0; }
        footer { max-width: 72rem; margin: 2rem auto 1rem; padding: 0 1rem; color: var(--muted); font-size: .85rem; }
        @media (max-width: 40rem) {
          .layout { grid-template-columns: 1fr; }
          .facets { order: 2; }
          h1 { font-size: 1.25rem; }
          main { padding: .7rem; }
          th, td { padding: .25rem .3rem; font-size: .9rem; }
        }
        @media print { header.site, footer, .facets, .downloads { display: none; } body { background: #fff; } }

        """
}
