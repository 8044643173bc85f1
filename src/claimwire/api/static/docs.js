/* The API reference: renders /openapi.json as a readable list of operations.
 * (FastAPI's Swagger UI loads its scripts from a CDN; this page needs nothing outside.)
 * Text from the document goes through textContent only. */
"use strict";

(function () {
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else el.setAttribute(k, String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  function resolve(doc, schema) {
    let seen = 0;
    while (schema && schema.$ref && seen++ < 10) {
      const path = schema.$ref.replace(/^#\//, "").split("/");
      schema = path.reduce((node, key) => (node ? node[key] : undefined), doc);
    }
    return schema || {};
  }

  function typeOf(doc, schema) {
    schema = resolve(doc, schema);
    if (schema.anyOf) return schema.anyOf.map((x) => typeOf(doc, x)).join(" | ");
    if (schema.enum) return schema.enum.join(" | ");
    if (schema.type === "array") return `${typeOf(doc, schema.items)}[]`;
    return schema.title && !schema.type ? schema.title : (schema.type || schema.title || "object");
  }

  function paramTable(doc, params) {
    if (!params || !params.length) return null;
    return h("table", null,
      h("thead", null, h("tr", null, ["Parameter", "In", "Type", "Description"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", null, params.map((p) => h("tr", null,
        h("td", null, h("code", null, p.name), p.required ? " *" : ""),
        h("td", null, p.in),
        h("td", null, typeOf(doc, p.schema)),
        h("td", null, p.description || (p.schema && resolve(doc, p.schema).description) || "")))));
  }

  function operation(doc, path, method, op) {
    const responses = Object.entries(op.responses || {}).map(([code, r]) => {
      const content = r.content && r.content["application/json"];
      const model = content && content.schema ? typeOf(doc, content.schema) : "";
      return h("li", null, h("code", null, code), ` ${r.description || ""}`, model ? ` — ${model}` : "");
    });
    const example = `curl -s 'http://127.0.0.1:8000${path}'` + (method === "post" ? " -H 'Authorization: Bearer $CLAIMWIRE_API_TOKEN' -H 'Content-Type: text/plain' --data-binary @article.txt" : "");
    return h("details", { class: "docs-op", id: op.operationId || null },
      h("summary", null, h("span", { class: `method ${method}` }, method.toUpperCase()), " ",
        h("span", { class: "path" }, path), " — ", op.summary || ""),
      op.description ? h("p", null, op.description) : null,
      paramTable(doc, op.parameters),
      op.requestBody ? h("p", null, "Body: ", Object.keys(op.requestBody.content || {}).map((c) => h("code", null, c, " "))) : null,
      h("p", null, "Responses:"), h("ul", null, responses),
      h("pre", null, example));
  }

  fetch("/openapi.json").then((r) => r.json()).then((doc) => {
    document.getElementById("api-title").textContent = `${doc.info.title} API`;
    document.getElementById("api-version").textContent = `version ${doc.info.version} · OpenAPI ${doc.openapi}`;
    document.getElementById("api-description").replaceChildren(
      ...String(doc.info.description || "").split("\n\n").map((para) => h("p", null, para)));
    const ops = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) ops.push(operation(doc, path, method, op));
    }
    document.getElementById("api-operations").replaceChildren(...ops);
  }).catch((err) => {
    document.getElementById("api-operations").replaceChildren(h("p", { class: "error" }, `Could not load /openapi.json: ${err}`));
  });
})();
