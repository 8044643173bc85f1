/* claimwire web page: a small single-page app over the JSON API.
 *
 * Article text, titles and names are untrusted. Every piece of data reaches the
 * page through textContent or a text node (the h() helper); nothing is ever
 * parsed as HTML, and links to the outside are only followed when http(s).
 * The server's Content-Security-Policy forbids inline scripts as a second wall.
 */
"use strict";

(function () {
  const main = document.getElementById("main");
  const SVG = "http://www.w3.org/2000/svg";
  const PAGE = 50;
  const MAP_EVENTS = 200;  // the newest events on the map; more would slow the first view
  const KINDS = ["source", "cue", "content", "place", "date", "quantity", "event", "response"];
  const KIND_LABEL = {
    source: "source", cue: "cue", content: "claim content", place: "place", date: "date",
    quantity: "quantity", event: "event trigger", response: "response",
  };
  let vocabulary = null;
  let countries = null;
  let currentMap = null;

  // ------------------------------------------------------------ DOM helpers

  /** An element with attributes (names from code, values set as text) and children. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    setAttrs(el, attrs);
    append(el, children);
    return el;
  }

  function s(tag, attrs, ...children) {
    const el = document.createElementNS(SVG, tag);
    setAttrs(el, attrs);
    append(el, children);
    return el;
  }

  function setAttrs(el, attrs) {
    if (!attrs) return;
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") el.setAttribute("class", value);
      else if (key === "text") el.textContent = String(value);
      else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? "" : String(value));
    }
  }

  function append(el, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  /** An outside link only when it is http(s); otherwise the text alone. */
  function outsideLink(url, text) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === "http:" || parsed.protocol === "https:") {
        return h("a", { href: parsed.href, rel: "noopener noreferrer nofollow", target: "_blank" }, text);
      }
    } catch (_) { /* not a URL */ }
    return document.createTextNode(text);
  }

  function route(...parts) {
    return "#/" + parts.map((p) => encodeURIComponent(p)).join("/");
  }

  function withQuery(hash, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) q.set(k, v);
    const text = q.toString();
    return text ? `${hash}?${text}` : hash;
  }

  function show(...nodes) {
    if (currentMap) { currentMap.remove(); currentMap = null; }
    main.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false));
  }

  function failure(err) {
    return h("p", { class: "error", role: "alert" }, `Could not load: ${err.message || err}`);
  }

  function badge(text, cls, title) {
    return h("span", { class: `badge ${cls}`, title: title || null }, text);
  }

  function responseBadge(r) {
    const label = { no_response: "no response", declined_comment: "declined comment" }[r.kind] || r.kind;
    return badge(`${r.party_name}: ${label}`, `resp resp-${r.kind}`, `response ${r.id}`);
  }

  function dateText(d) {
    return d ? (d.precision === "day" ? d.value : `${d.value} (${d.precision})`) : "";
  }

  function actorsText(actors) {
    return (actors || []).map((a) => a.code ? `${a.name} (${a.code})` : a.name).join(", ");
  }

  // ------------------------------------------------------------ API

  async function api(path, params) {
    const url = new URL(path, window.location.origin);
    if (params) {
      for (const [k, v] of Object.entries(params)) {
        if (v !== "" && v !== null && v !== undefined) url.searchParams.set(k, v);
      }
    }
    const res = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await res.json(); } catch (_) { body = null; }
    if (!res.ok) {
      const message = body && body.error ? body.error.message : `HTTP ${res.status}`;
      const err = new Error(message);
      err.status = res.status;
      throw err;
    }
    return body;
  }

  async function getVocabulary() {
    if (!vocabulary) vocabulary = await api("/api/vocabulary");
    return vocabulary;
  }

  // ------------------------------------------------------------ filters

  const FILTERS = ["q", "speaker", "flag", "type", "since", "until"];

  function filterForm(params, vocab, onApply) {
    const field = (name, label, control) => h("label", { for: `f-${name}` }, label, control);
    const select = (name, options) => h("select", { id: `f-${name}`, name },
      h("option", { value: "" }, "any"),
      options.map((o) => h("option", { value: o, selected: params.get(name) === o }, o.replace(/_/g, " "))));
    const input = (name, type, placeholder) => h("input", {
      id: `f-${name}`, name, type, placeholder, value: params.get(name) || "",
    });
    const form = h("form", { class: "filters panel", "aria-label": "Filters" },
      field("q", "Text", input("q", "search", "words in the claim")),
      field("speaker", "Speaker", input("speaker", "text", "e.g. Zelensky")),
      field("flag", "Flag", select("flag", vocab.claim_flags)),
      field("type", "Event type", select("type", vocab.event_types)),
      field("since", "From", input("since", "date")),
      field("until", "To", input("until", "date")),
      h("button", { type: "submit" }, "Apply"),
      h("button", { type: "reset", class: "secondary" }, "Clear"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const values = {};
      for (const name of FILTERS) values[name] = form.elements[name].value.trim();
      onApply(values);
    });
    form.addEventListener("reset", (ev) => {
      ev.preventDefault();
      onApply({});
    });
    return form;
  }

  // ------------------------------------------------------------ overview

  async function overview(params) {
    let vocab;
    try { vocab = await getVocabulary(); } catch (err) { show(failure(err)); return; }
    const f = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) || ""]));
    const mapEl = h("div", { id: "map", role: "region", "aria-label": "Map of events" });
    const mapNote = h("p", { class: "map-note muted" });
    const timelineEl = h("div", { class: "timeline", id: "timeline" });
    const claimsEl = h("div", { id: "claims" });
    const eventsEl = h("div", { id: "events" });
    show(
      h("h1", null, "Claims and events"),
      filterForm(params, vocab, (values) => { window.location.hash = withQuery("#/", values); }),
      h("div", { class: "overview" },
        h("section", { class: "panel", "aria-labelledby": "map-h" }, h("h2", { id: "map-h" }, "Map"), mapEl, mapNote),
        h("section", { class: "panel", "aria-labelledby": "tl-h" }, h("h2", { id: "tl-h" }, "Timeline"), timelineEl)),
      h("section", { "aria-labelledby": "claims-h" }, h("h2", { id: "claims-h" }, "Claims"), claimsEl),
      h("section", { "aria-labelledby": "events-h" }, h("h2", { id: "events-h" }, "Events"), eventsEl),
    );
    const map = makeMap(mapEl);
    const eventQuery = { type: f.type, since: f.since, until: f.until, asserted_by: f.speaker, limit: MAP_EVENTS };
    const claimQuery = { q: f.q, speaker: f.speaker, flag: f.flag, since: f.since, until: f.until, limit: PAGE };
    const timelineQuery = { type: f.type, since: f.since, until: f.until, speaker: f.speaker, flag: f.flag };
    api("/api/events", eventQuery).then((page) => {
      if (map !== currentMap) return;  // the reader has moved on
      const shown = plotEvents(map, page.items);
      mapNote.textContent = `${shown} of ${page.items.length} events have a place on the map` +
        (page.next ? ` (the newest ${MAP_EVENTS} shown)` : "") + ".";
    }).catch((err) => mapNote.replaceChildren(failure(err)));
    api("/api/timeline", timelineQuery).then((data) => drawTimeline(timelineEl, data.days, f))
      .catch((err) => timelineEl.replaceChildren(failure(err)));
    pagedTable(claimsEl, "/api/claims", claimQuery, claimTable, "No claims match these filters.");
    pagedTable(eventsEl, "/api/events", { ...eventQuery, limit: PAGE }, eventTable, "No events match these filters.");
  }

  /** Loads a list page by page into a table, with a "More" button while there is a next page. */
  function pagedTable(container, path, query, build, emptyText) {
    const status = h("p", { class: "muted" }, "Loading…");
    container.replaceChildren(status);
    let tbody = null;
    const load = (next) => {
      const request = next ? fetch(next, { headers: { Accept: "application/json" } })
        .then((r) => r.json().then((b) => { if (!r.ok) throw new Error(b.error.message); return b; }))
        : api(path, query);
      return request.then((page) => {
        if (!tbody) {
          if (!page.items.length) { status.textContent = emptyText; return; }
          const table = build(page.items);
          tbody = table.tBodies[0];
          container.replaceChildren(table);
        } else {
          const more = build(page.items).tBodies[0];
          tbody.append(...more.rows);
        }
        const old = container.querySelector(".more");
        if (old) old.remove();
        if (page.next) {
          container.append(h("p", { class: "more" }, h("button", {
            type: "button", class: "secondary",
            onclick: (ev) => { ev.target.disabled = true; load(page.next); },
          }, "More")));
        }
      }).catch((err) => container.replaceChildren(failure(err)));
    };
    load(null);
  }

  function claimTable(items) {
    return h("table", { class: "claims-table" },
      h("caption", { class: "visually-hidden" }, "Claims, newest first"),
      h("thead", null, h("tr", null,
        ["Date", "Speaker", "Claim", "Kind", "Flags", "Responses", "Article"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", null, items.map((c) => h("tr", { "data-article": c.article, "data-claim": c.id },
        h("td", { class: "nowrap" }, c.date ? dateText(c.date) : (c.published || "")),
        h("td", { class: "speaker wrap" }, c.speaker_name),
        h("td", { class: "claim-text wrap" }, h("span", { class: "cue" }, c.cue.text), " ", c.content.text),
        h("td", null, badge(c.kind.replace(/_/g, " "), "kind")),
        h("td", { class: "flags" }, c.flags.map((fl) => badge(fl, `flag flag-${fl}`))),
        h("td", { class: "responses" }, c.responses.map(responseBadge)),
        h("td", { class: "wrap" }, h("a", { href: withQuery(route("article", c.article), { claim: c.id }) },
          c.article_title || c.article))))));
  }

  function eventTable(items) {
    return h("table", { class: "events-table" },
      h("caption", { class: "visually-hidden" }, "Events, newest first"),
      h("thead", null, h("tr", null,
        ["Date", "Type", "What", "Actors", "Place", "Asserted by", ""].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", null, items.map((e) => h("tr", null,
        h("td", { class: "nowrap" }, e.date ? dateText(e.date) : (e.published || "")),
        h("td", null, badge(e.type, "type"), e.modality !== "actual" ? badge(e.modality, "modality") : null),
        h("td", null, e.trigger.text),
        h("td", null, actorsText(e.actors), e.recipients.length ? ` → ${actorsText(e.recipients)}` : ""),
        h("td", { class: "wrap" }, e.place_ref ? e.place_ref.name : ""),
        h("td", { class: "wrap" }, e.asserted_by || h("span", { class: "muted" }, "the reporter")),
        h("td", { class: "nowrap" }, h("a", { href: route("event", e.article, e.id) }, "details"))))));
  }

  // ------------------------------------------------------------ map

  async function loadCountries() {
    if (!countries) {
      const res = await fetch("/static/vendor/world-atlas/countries-50m.json");
      const topo = await res.json();
      countries = window.topojson.feature(topo, topo.objects.countries);
    }
    return countries;
  }

  function makeMap(el) {
    const map = window.L.map(el, {
      worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5, fadeAnimation: false,
    });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth");
    map.setView([35, 25], 2);
    loadCountries().then((geo) => {
      if (map !== currentMap) return;
      window.L.geoJSON(geo, {
        interactive: false,
        style: { color: "#8c959f", weight: 0.7, fillColor: "#f6f8fa", fillOpacity: 1 },
      }).addTo(map).bringToBack();
    }).catch(() => { /* the markers still show without outlines */ });
    currentMap = map;
    return map;
  }

  function plotEvents(map, events) {
    const byPlace = new Map();
    for (const e of events) {
      if (!e.place_ref) continue;
      const key = `${e.place_ref.lat.toFixed(4)},${e.place_ref.lon.toFixed(4)}`;
      if (!byPlace.has(key)) byPlace.set(key, { place: e.place_ref, events: [] });
      byPlace.get(key).events.push(e);
    }
    const bounds = [];
    let shown = 0;
    for (const { place, events: here } of byPlace.values()) {
      shown += here.length;
      const marker = window.L.circleMarker([place.lat, place.lon], {
        radius: Math.min(6 + 2 * Math.sqrt(here.length), 22),
        color: "#1f3a5f", weight: 1.5, fillColor: "#f4c542", fillOpacity: 0.85,
        className: "event-marker",
      }).addTo(map);
      const popup = h("div", { class: "popup" },
        h("strong", null, place.name), " ", h("span", { class: "muted" }, `${here.length} event(s)`),
        h("ul", { class: "plain" }, here.slice(0, 8).map((e) => h("li", null,
          badge(e.type, "type"), " ", e.trigger.text, " — ",
          e.asserted_by ? `claimed by ${e.asserted_by}` : "reported", " ",
          h("a", { href: route("event", e.article, e.id) }, "details")))));
      marker.bindPopup(popup);
      bounds.push([place.lat, place.lon]);
    }
    if (bounds.length === 1) map.setView(bounds[0], 6, { animate: false });
    else if (bounds.length > 1) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 7, animate: false });
    return shown;
  }

  // ------------------------------------------------------------ timeline

  function drawTimeline(el, days, filters) {
    if (!days.length) { el.replaceChildren(h("p", { class: "muted" }, "No dated events or claims.")); return; }
    const dayMs = 86400000;
    const t = (d) => Date.parse(`${d}T00:00:00Z`);
    const first = t(days[0].day);
    const last = t(days[days.length - 1].day);
    const span = Math.max(1, Math.round((last - first) / dayMs) + 1);
    const W = 420, H = 200, left = 28, bottom = 22, top = 8;
    const plotW = W - left - 8, plotH = H - top - bottom;
    const slot = plotW / span;
    const barW = Math.max(1.5, Math.min(24, slot * 0.8) / 2);
    const maxCount = Math.max(1, ...days.map((d) => Math.max(d.events, d.claims)));
    const y = (n) => top + plotH - (n / maxCount) * plotH;
    const total = days.reduce((a, d) => [a[0] + d.events, a[1] + d.claims], [0, 0]);
    const svg = s("svg", {
      viewBox: `0 0 ${W} ${H}`, role: "img",
      "aria-label": `${total[0]} events and ${total[1]} claims from ${days[0].day} to ${days[days.length - 1].day}`,
    });
    svg.append(s("line", { x1: left, x2: W - 8, y1: top + plotH, y2: top + plotH, stroke: "#8c959f" }));
    svg.append(s("text", { x: left - 4, y: top + 10, "text-anchor": "end" }, String(maxCount)));
    svg.append(s("text", { x: left - 4, y: top + plotH, "text-anchor": "end" }, "0"));
    svg.append(s("text", { x: left, y: H - 6 }, days[0].day));
    svg.append(s("text", { x: W - 8, y: H - 6, "text-anchor": "end" }, days[days.length - 1].day));
    for (const d of days) {
      const x = left + ((t(d.day) - first) / dayMs) * slot + (slot - 2 * barW) / 2;
      if (d.events) svg.append(s("rect", { class: "bar-events", x, y: y(d.events), width: barW, height: top + plotH - y(d.events) }));
      if (d.claims) svg.append(s("rect", { class: "bar-claims", x: x + barW, y: y(d.claims), width: barW, height: top + plotH - y(d.claims) }));
      const hit = s("rect", {
        class: "bar-hit", x: x - 1, y: top, width: 2 * barW + 2, height: plotH, tabindex: 0, role: "button",
        "aria-label": `${d.day}: ${d.events} events, ${d.claims} claims; show this day`,
      }, s("title", null, `${d.day}: ${d.events} events, ${d.claims} claims`));
      const pick = () => { window.location.hash = withQuery("#/", { ...filters, since: d.day, until: d.day }); };
      hit.addEventListener("click", pick);
      hit.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); } });
      svg.append(hit);
    }
    el.replaceChildren(svg, h("ul", { class: "legend" },
      h("li", null, h("span", { class: "swatch events" }), "events per day"),
      h("li", null, h("span", { class: "swatch claims" }), "claims per day")));
  }

  // ------------------------------------------------------------ articles

  async function articleList(params) {
    const list = h("div");
    show(h("h1", null, "Articles"), list);
    pagedTable(list, "/api/articles", { since: params.get("since"), until: params.get("until"), source: params.get("source"), limit: PAGE },
      (items) => h("table", null,
        h("thead", null, h("tr", null, ["Published", "Title", "Source", "Claims", "Events"].map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", null, items.map((a) => h("tr", null,
          h("td", null, a.published || ""),
          h("td", null, h("a", { href: route("article", a.id) }, a.title || a.id)),
          h("td", null, a.source || ""),
          h("td", null, String(a.claims)),
          h("td", null, String(a.events)))))),
      "No articles stored yet. Add some with `claimwire ingest` or POST /api/articles.");
  }

  /** Every span of the extraction, with its kind and a line of details. */
  function spansOf(x) {
    const spans = [];
    const place = new Map(x.places.map((p) => [p.id, p]));
    for (const c of x.claims) {
      const who = `claim ${c.id} by ${c.speaker_name}`;
      const flags = c.flags.length ? `; flags: ${c.flags.join(", ")}` : "";
      if (c.source) spans.push({ kind: "source", span: c.source, ref: c.id, detail: `source of ${who}` });
      spans.push({ kind: "cue", span: c.cue, ref: c.id, detail: `cue of ${who} (${c.kind.replace(/_/g, " ")})` });
      spans.push({ kind: "content", span: c.content, ref: c.id, detail: `content of ${who}${flags}` });
    }
    for (const r of x.responses) {
      spans.push({ kind: "response", span: r.span, ref: r.id,
        detail: `response by ${r.party_name}: ${r.kind.replace(/_/g, " ")}${r.claims.length ? ` to ${r.claims.join(", ")}` : ""}` });
    }
    for (const p of x.places) {
      const where = [p.part, p.level, p.country].filter(Boolean).join(", ");
      for (const m of p.mentions) {
        spans.push({ kind: "place", span: m, ref: p.id, detail: `place ${p.name} (${where}) at ${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}` });
      }
    }
    for (const d of x.dates) {
      spans.push({ kind: "date", span: d.span, ref: null,
        detail: d.value ? `date ${d.value} (${d.precision})${d.anchor ? ", a start point" : ""}` : `date, unresolved${d.reason ? `: ${d.reason}` : ""}` });
    }
    for (const q of x.quantities) {
      const value = q.upper !== null ? `${q.value}–${q.upper}` : String(q.value);
      spans.push({ kind: "quantity", span: q.span, ref: q.id,
        detail: `quantity ${q.qualifier.replace(/_/g, " ")} ${value}${q.unit ? ` ${q.unit}` : ""} (${q.category}${q.counted ? `: ${q.counted}` : ""})` });
    }
    for (const e of x.events) {
      const at = e.place && place.has(e.place) ? ` in ${place.get(e.place).name}` : "";
      const by = e.claim ? ` (claimed in ${e.claim})` : "";
      spans.push({ kind: "event", span: e.trigger, ref: e.id, detail: `event ${e.type}${at}${by}` });
    }
    return spans.filter((sp) => sp.span.end > sp.span.start && sp.span.end <= x.article.text.length);
  }

  /** The article text as text nodes and <mark>s: one per stretch covered by the same spans. */
  function highlightedText(text, spans, onFocus) {
    const cuts = new Set([0, text.length]);
    for (const sp of spans) { cuts.add(sp.span.start); cuts.add(sp.span.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = spans.filter((sp) => sp.span.start <= a && sp.span.end >= b);
      if (!covering.length) { out.push(document.createTextNode(piece)); continue; }
      const kinds = [...new Set(covering.map((sp) => sp.kind))];
      const mark = h("mark", {
        class: ["hl", ...kinds.map((k) => `hl-${k}`)].join(" "),
        "data-kinds": kinds.join(" "),
        "data-refs": covering.map((sp) => sp.ref).filter(Boolean).join(" "),
        title: covering.map((sp) => sp.detail).join("\n"),
        tabindex: 0,
      }, piece);
      mark.addEventListener("mouseenter", () => onFocus(covering, mark));
      mark.addEventListener("focus", () => onFocus(covering, mark));
      out.push(mark);
    }
    return out;
  }

  async function articleView(id, params) {
    let x;
    try { x = await api(`/api/articles/${encodeURIComponent(id)}`); } catch (err) { show(failure(err)); return; }
    const a = x.article;
    const spans = spansOf(x);
    const details = h("div", { class: "panel span-details", "aria-live": "polite" },
      h("h2", null, "Details"), h("p", { class: "muted" }, "Point at or focus a highlighted stretch of text to see what was extracted from it."));
    let active = [];
    const focusSpans = (covering, mark) => {
      for (const m of active) m.classList.remove("active");
      active = [mark];
      mark.classList.add("active");
      details.replaceChildren(h("h2", null, "Details"), h("dl", null, covering.map((sp) => [
        h("dt", null, KIND_LABEL[sp.kind]), h("dd", null, `“${sp.span.text}” — ${sp.detail}`)])));
    };
    const textEl = h("div", { class: "article-text", id: "article-text" }, highlightedText(a.text, spans, focusSpans));
    const counts = Object.fromEntries(KINDS.map((k) => [k, spans.filter((sp) => sp.kind === k).length]));
    show(
      h("p", null, h("a", { href: "#/articles" }, "← Articles")),
      h("h1", { id: "article-title" }, a.title || a.id),
      h("p", { class: "article-meta" },
        [a.source, a.published, a.author ? `by ${a.author}` : null].filter(Boolean).join(" · "),
        a.url ? [" · ", outsideLink(a.url, "original")] : null),
      h("ul", { class: "legend", "aria-label": "Highlight colours" }, KINDS.map((k) =>
        h("li", null, h("span", { class: `swatch k-${k}` }), `${KIND_LABEL[k]} (${counts[k]})`))),
      h("div", { class: "article-layout" }, textEl, details),
      x.claims.length ? [h("h2", null, "Claims"), claimTable(x.claims.map((c) => ({
        ...c, article: a.id, article_title: a.title, published: a.published,
        responses: x.responses.filter((r) => r.claims.includes(c.id)),
      })))] : h("p", { class: "muted" }, "No claims were extracted from this article."),
      x.events.length ? [h("h2", null, "Events"), eventTable(x.events.map((e) => {
        const p = x.places.find((pl) => pl.id === e.place);
        return { ...e, article: a.id, published: a.published, place_ref: p || null };
      }))] : null,
    );
    const claim = params.get("claim");
    if (claim) {
      const marks = [...textEl.querySelectorAll("mark")].filter((m) => m.dataset.refs.split(" ").includes(claim));
      if (marks.length) {
        for (const m of marks) m.classList.add("active");
        active = marks;
        marks[0].scrollIntoView({ block: "center" });
      }
    }
  }

  // ------------------------------------------------------------ event

  async function eventView(articleId, eventId) {
    let d;
    try { d = await api(`/api/articles/${encodeURIComponent(articleId)}/events/${encodeURIComponent(eventId)}`); }
    catch (err) { show(failure(err)); return; }
    const e = d.event;
    const facts = h("dl", { class: "facts" },
      h("dt", null, "Type"), h("dd", null, badge(e.type, "type"), e.mode ? ` ${e.mode}` : "", e.modality !== "actual" ? badge(e.modality, "modality") : null),
      h("dt", null, "Trigger"), h("dd", null, `“${e.trigger.text}”`),
      h("dt", null, "Actors"), h("dd", null, actorsText(e.actors) || "—"),
      h("dt", null, "Recipients"), h("dd", null, actorsText(e.recipients) || "—"),
      h("dt", null, "Place"), h("dd", null, e.place_ref ? `${e.place_ref.name} (${e.place_ref.lat.toFixed(3)}, ${e.place_ref.lon.toFixed(3)})` : "—"),
      h("dt", null, "Date"), h("dd", null, e.date ? dateText(e.date) : "—"),
      h("dt", null, "Asserted by"), h("dd", null, e.asserted_by || "the reporter"),
      h("dt", null, "Article"), h("dd", null, h("a", { href: withQuery(route("article", e.article), e.claim ? { claim: e.claim } : {}) }, e.article_title || e.article)));
    const own = [];
    if (d.claim) {
      own.push(h("div", { class: "card for" }, h("h3", null, `${d.claim.speaker_name} ${d.claim.cue.text}`),
        h("p", null, d.claim.content.text), d.claim.flags.map((fl) => badge(fl, `flag flag-${fl}`))));
    }
    for (const r of d.responses) {
      const against = ["denied", "disputed"].includes(r.kind);
      own.push(h("div", { class: `card ${against ? "against" : ""}` }, h("h3", null, responseBadge(r)), h("p", null, r.span.text)));
    }
    const across = h("section", { id: "cluster", "aria-label": "Across articles" }, h("p", { class: "muted" }, "Looking for other reports of this event…"));
    show(
      h("p", null, h("a", { href: "#/" }, "← Overview")),
      h("h1", null, `${e.type}: ${e.trigger.text}`),
      h("div", { class: "panel" }, facts),
      h("h2", null, "In this article"),
      own.length ? h("div", { class: "cards" }, own) : h("p", { class: "muted" }, "Narrated by the reporter; no claim or response in this article."),
      across,
    );
    await clusterSection(across, articleId, eventId);
  }

  /** A link for an `ARTICLE/ID` key: an event page, or the article (at the claim). */
  function keyLink(key, text) {
    const cut = key.lastIndexOf("/");
    const article = key.slice(0, cut), id = key.slice(cut + 1);
    const href = /^e\d+$/.test(id) ? route("event", article, id)
      : withQuery(route("article", article), /^c\d+$/.test(id) ? { claim: id } : {});
    return h("a", { href }, text || key);
  }

  /** The event across articles: corroborating and contradicting sources. */
  async function clusterSection(container, articleId, eventId) {
    const self = `${articleId}/${eventId}`;
    let p;
    try {
      p = await api(`/api/clusters/${encodeURIComponent(articleId)}/${encodeURIComponent(eventId)}`);
    } catch (err) {
      container.replaceChildren(h("h2", null, "Across articles"), failure(err));
      return;
    }
    const against = new Set();
    for (const c of p.contradictions) {
      if (c.first === self) against.add(c.second);
      if (c.second === self) against.add(c.first);
    }
    const deniers = new Set(p.deniers);
    const others = p.sources.filter((src) => src.mention !== self);
    const contra = others.filter((src) => against.has(src.mention) || deniers.has(src.speaker));
    const support = others.filter((src) => !contra.includes(src));
    const sourceItem = (src) => h("li", null,
      h("strong", null, src.speaker || "the reporter"), ` (${[src.outlet, (src.published || "").slice(0, 10)].filter(Boolean).join(", ")}) `,
      src.claim ? `“${src.claim}” ` : "", keyLink(src.mention, "report"),
      src.independent !== src.article ? h("span", { class: "muted" }, ` · same origin as ${src.independent}`) : null);
    const denials = p.responses.filter((r) => ["denied", "disputed"].includes(r.kind));
    const when = p.when ? (p.when[0] === p.when[1] ? p.when[0] : `${p.when[0]} to ${p.when[1]}`) : "date unknown";
    container.replaceChildren(...[
      h("h2", null, "Across articles"),
      h("p", { id: "cluster-summary" },
        `${badgeText(p.type)} at ${p.place || "an unknown place"}, ${when}: reported by ${p.sources.length} source(s), `,
        h("strong", null, `${p.independent_sources} independent`),
        p.asserted_by.length ? `; asserted by ${p.asserted_by.join(", ")}` : "",
        p.deniers.length ? `; denied or disputed by ${p.deniers.join(", ")}` : "", "."),
      h("div", { class: "cards" },
        h("div", { class: "card for", id: "corroborating" }, h("h3", null, "Corroborating sources"),
          support.length ? h("ul", { class: "plain" }, support.map(sourceItem)) : h("p", { class: "muted" }, "None yet")),
        h("div", { class: "card against", id: "contradicting" }, h("h3", null, "Contradicting sources"),
          contra.length || denials.length ? h("ul", { class: "plain" },
            contra.map(sourceItem),
            denials.map((r) => h("li", null, responseBadge({ id: r.response, party_name: r.party, kind: r.kind }), " ", `“${r.text}”`, " ", keyLink(`${r.article}/${r.response}`, "report"))))
            : h("p", { class: "muted" }, "None"))),
      p.contradictions.length ? [h("h3", null, "Contradictions"), h("ul", { class: "plain", id: "contradictions" },
        p.contradictions.map((c) => h("li", null, badge(c.kind, "flag flag-denial"), " ", c.detail, " (",
          keyLink(c.first), " vs ", keyLink(c.second), ")")))] : null,
    ].flat().filter(Boolean));
  }

  function badgeText(type) { return type.charAt(0) + type.slice(1).toLowerCase(); }

  // ------------------------------------------------------------ contradictions

  async function contradictionsView(params) {
    const list = h("div", { id: "contradiction-list" });
    show(h("h1", null, "Contradictions"),
      h("p", { class: "muted" }, "Sources that cannot all be right about one event: taken vs repelled, asserted vs denied, tallies that do not overlap."),
      list);
    pagedTable(list, "/api/contradictions", { since: params.get("since"), limit: PAGE },
      (items) => h("table", null,
        h("thead", null, h("tr", null, ["Last day", "Kind", "What", "Between", "Event"].map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", null, items.map((c) => h("tr", null,
          h("td", { class: "nowrap" }, c.last_day || ""),
          h("td", null, badge(c.kind, "flag flag-denial")),
          h("td", { class: "wrap" }, c.detail),
          h("td", { class: "wrap" }, keyLink(c.first), " vs ", keyLink(c.second)),
          h("td", { class: "nowrap" }, keyLink(c.cluster, "event")))))),
      "No contradictions found between the stored reports.");
  }

  // ------------------------------------------------------------ search

  async function searchView(params) {
    const q = params.get("q") || "";
    document.getElementById("search-input").value = q;
    if (!q) { show(h("h1", null, "Search"), h("p", { class: "muted" }, "Type words in the search box.")); return; }
    let page;
    try { page = await api("/api/search", { q, limit: PAGE }); } catch (err) { show(failure(err)); return; }
    show(h("h1", null, `Search: ${q}`),
      page.items.length ? h("ul", { class: "plain", id: "search-results" }, page.items.map((hit) => h("li", null,
        badge(hit.kind, "kind"), " ",
        h("a", { href: withQuery(route("article", hit.article), hit.kind === "claim" ? { claim: hit.id } : {}) }, hit.title || hit.article),
        h("div", { class: "muted" }, hit.text))))
        : h("p", { class: "muted" }, "Nothing found."));
  }

  // ------------------------------------------------------------ router

  async function dispatch() {
    const hash = window.location.hash || "#/";
    const [path, query] = hash.slice(1).split("?");
    const params = new URLSearchParams(query || "");
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    document.body.dataset.view = parts[0] || "overview";
    for (const link of document.querySelectorAll(".masthead nav a")) {
      const section = link.getAttribute("href").replace(/^#\/?/, "");
      if (link.getAttribute("href").startsWith("#") && section === (parts[0] || "")) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
    main.dataset.ready = "false";
    try {
      if (parts.length === 0) await overview(params);
      else if (parts[0] === "articles") await articleList(params);
      else if (parts[0] === "article" && parts.length === 2) await articleView(parts[1], params);
      else if (parts[0] === "event" && parts.length === 3) await eventView(parts[1], parts[2]);
      else if (parts[0] === "search") await searchView(params);
      else if (parts[0] === "contradictions") await contradictionsView(params);
      else show(h("h1", null, "Not found"), h("p", null, h("a", { href: "#/" }, "Back to the overview")));
    } catch (err) {
      show(failure(err));
    }
    // Tests (and anyone) can wait for: this hash has been rendered.
    main.dataset.hash = hash;
    main.dataset.ready = "true";
  }

  document.getElementById("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = document.getElementById("search-input").value.trim();
    window.location.hash = withQuery("#/search", { q });
  });
  window.addEventListener("hashchange", dispatch);
  dispatch();
})();
