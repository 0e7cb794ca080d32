/* kgraph explorer: legend, search, filters and the evidence panel over vis-network.
 *
 * Every string shown here comes from the JSON block "kg-data" and is untrusted source
 * text: it is put on the page with textContent / createTextNode only, never as markup,
 * and a URL becomes a link only when it parses as http: or https:.
 */
(function () {
  "use strict";

  var D = JSON.parse(document.getElementById("kg-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var fmt = new Intl.NumberFormat("en");

  /* ---- DOM helpers (text only) ---------------------------------------------------- */

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === "") { continue; }
      parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return parent;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function plural(n, one, many) { return fmt.format(n) + " " + (n === 1 ? one : many); }

  function webUrl(value) {
    if (typeof value !== "string" || !value) { return null; }
    var url;
    try { url = new URL(value); } catch (err) { return null; }
    return (url.protocol === "http:" || url.protocol === "https:") ? url.href : null;
  }

  var SVG = "http://www.w3.org/2000/svg";
  function shapeIcon(shape, color, size) {
    var s = size || 14, h = s / 2, svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", s); svg.setAttribute("height", s);
    svg.setAttribute("viewBox", "0 0 " + s + " " + s);
    svg.setAttribute("class", "swatch");
    svg.setAttribute("aria-hidden", "true");
    var shapeEl;
    function poly(points) {
      var p = document.createElementNS(SVG, "polygon");
      p.setAttribute("points", points.map(function (xy) { return xy.join(","); }).join(" "));
      return p;
    }
    if (shape === "dot") {
      shapeEl = document.createElementNS(SVG, "circle");
      shapeEl.setAttribute("cx", h); shapeEl.setAttribute("cy", h); shapeEl.setAttribute("r", h - 1);
    } else if (shape === "square") {
      shapeEl = document.createElementNS(SVG, "rect");
      shapeEl.setAttribute("x", 1.5); shapeEl.setAttribute("y", 1.5);
      shapeEl.setAttribute("width", s - 3); shapeEl.setAttribute("height", s - 3);
    } else if (shape === "diamond") {
      shapeEl = poly([[h, 0.5], [s - 0.5, h], [h, s - 0.5], [0.5, h]]);
    } else if (shape === "triangle") {
      shapeEl = poly([[h, 0.5], [s - 0.5, s - 1.5], [0.5, s - 1.5]]);
    } else if (shape === "triangleDown") {
      shapeEl = poly([[0.5, 1.5], [s - 0.5, 1.5], [h, s - 0.5]]);
    } else if (shape === "star") {
      var pts = [];
      for (var i = 0; i < 10; i++) {
        var r = i % 2 ? h * 0.45 : h - 0.5, a = Math.PI / 5 * i - Math.PI / 2;
        pts.push([h + r * Math.cos(a), h + r * Math.sin(a)]);
      }
      shapeEl = poly(pts);
    } else {
      var hex = [];
      for (var j = 0; j < 6; j++) {
        var b = Math.PI / 3 * j;
        hex.push([h + (h - 0.5) * Math.cos(b), h + (h - 0.5) * Math.sin(b)]);
      }
      shapeEl = poly(hex);
    }
    shapeEl.setAttribute("fill", color);
    shapeEl.setAttribute("stroke", "rgba(0,0,0,.35)");
    shapeEl.setAttribute("stroke-width", "0.8");
    svg.appendChild(shapeEl);
    return svg;
  }
  function lineIcon(color, dashes, arrow) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", 26); svg.setAttribute("height", 10);
    svg.setAttribute("viewBox", "0 0 26 10");
    svg.setAttribute("class", "swatch");
    svg.setAttribute("aria-hidden", "true");
    var line = document.createElementNS(SVG, "line");
    line.setAttribute("x1", 1); line.setAttribute("y1", 5);
    line.setAttribute("x2", arrow ? 19 : 25); line.setAttribute("y2", 5);
    line.setAttribute("stroke", color); line.setAttribute("stroke-width", 2);
    if (dashes) { line.setAttribute("stroke-dasharray", dashes.join(" ")); }
    svg.appendChild(line);
    if (arrow) {
      var head = document.createElementNS(SVG, "polygon");
      head.setAttribute("points", "18,1 25,5 18,9");
      head.setAttribute("fill", color);
      svg.appendChild(head);
    }
    return svg;
  }

  /* ---- Indexes ---------------------------------------------------------------------- */

  var typeStyle = {};
  D.types.forEach(function (t) { typeStyle[t.name] = t; });
  function styleOf(type) { return typeStyle[type] || D.otherType; }

  function dateOf(ev) { return ev.date || (D.docs[ev.doc] && D.docs[ev.doc].date) || ""; }
  D.entities.forEach(function (e) {
    e.dates = e.docs.map(function (k) { return D.docs[k].date || ""; });
    e.rels = []; e.coocs = [];
  });
  D.relations.forEach(function (r, k) {
    r.dates = r.ev.map(dateOf);
    D.entities[r.s].rels.push(k);
    if (r.o !== r.s) { D.entities[r.o].rels.push(k); }
  });
  D.cooc.forEach(function (c, k) {
    c.dates = c.docs.map(function (d) { return D.docs[d].date || ""; });
    D.entities[c.a].coocs.push(k);
    D.entities[c.b].coocs.push(k);
  });
  var allDates = [];
  D.docs.forEach(function (d) { if (d.date) { allDates.push(d.date); } });
  D.relations.forEach(function (r) { r.ev.forEach(function (ev) { if (ev.date) { allDates.push(ev.date); } }); });
  allDates.sort();

  /* ---- Filter state ----------------------------------------------------------------- */

  var S = {};
  function resetState() {
    S.types = {}; D.types.forEach(function (t) { S.types[t.name] = true; });
    S.preds = {}; D.predicates.forEach(function (p) { S.preds[p.name] = true; });
    S.cooc = D.showCooccurrence;
    S.minConf = 0; S.from = ""; S.to = ""; S.undated = true; S.hideUnlinked = false;
    S.pinned = new Set();
  }
  resetState();

  function dateOk(dates) {
    if (!S.from && !S.to) { return true; }
    if (!dates.length) { return S.undated; }
    return dates.some(function (d) {
      if (!d) { return S.undated; }
      return (!S.from || d >= S.from) && (!S.to || d <= S.to);
    });
  }

  var nodes = new vis.DataSet(D.nodes);
  var edges = new vis.DataSet(D.edges);
  var shown = { nodes: 0, relations: 0, cooc: 0 };

  function applyFilters() {
    var n = D.entities.length;
    var nodeOk = new Array(n), linked = new Uint8Array(n), i;
    for (i = 0; i < n; i++) {
      var e = D.entities[i];
      nodeOk[i] = S.pinned.has(i) || (S.types[e.type] !== false && dateOk(e.dates));
    }
    var edgeUpdates = [];
    shown.relations = 0; shown.cooc = 0;
    D.relations.forEach(function (r, k) {
      var ok = nodeOk[r.s] && nodeOk[r.o] && S.preds[r.p] !== false &&
        r.conf + 1e-9 >= S.minConf && dateOk(r.dates);
      if (ok) { linked[r.s] = 1; linked[r.o] = 1; shown.relations++; }
      edgeUpdates.push({ id: "r" + k, hidden: !ok });
    });
    D.cooc.forEach(function (c, k) {
      var ok = S.cooc && nodeOk[c.a] && nodeOk[c.b] && dateOk(c.dates);
      if (ok) { linked[c.a] = 1; linked[c.b] = 1; shown.cooc++; }
      edgeUpdates.push({ id: "c" + k, hidden: !ok });
    });
    var nodeUpdates = [];
    shown.nodes = 0;
    for (i = 0; i < n; i++) {
      var visible = nodeOk[i] && (!S.hideUnlinked || linked[i] === 1 || S.pinned.has(i));
      if (visible) { shown.nodes++; }
      nodeUpdates.push({ id: i, hidden: !visible });
    }
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    syncControls();
    updateStatus();
  }

  /* ---- Header, notice, status ------------------------------------------------------- */

  document.title = D.title;
  $("kg-title").textContent = D.title;
  var g = D.graph;
  $("kg-summary").textContent = plural(g.documents, "document", "documents") + " · " +
    plural(g.entities, "entity", "entities") + " · " +
    plural(g.relations, "typed relation", "typed relations") + " · " +
    plural(g.cooccurrences, "co-occurrence link", "co-occurrence links");

  var central = D.measure ? "most central" : "most connected";
  if (D.measure) { $("size-note").textContent = "Node size: " + D.measure + "."; }

  (function notice() {
    var lo = D.leftOut, box = $("notice"), parts = [];
    if (g.focus) {
      parts.push("This page shows " + plural(D.entities.length + lo.entities, "selected entity",
        "selected entities") + " of a graph of " + fmt.format(g.entities) + ".");
    }
    if (lo.entities) {
      var byType = Object.keys(lo.byType).map(function (t) { return t + " " + fmt.format(lo.byType[t]); });
      parts.push("Large graph: this page draws the " + fmt.format(D.entities.length) +
        " " + central + " of " + fmt.format(D.entities.length + lo.entities) +
        " entities" + (D.measure ? " by " + D.measure : "") + " (limit " + fmt.format(D.limits.maxNodes) + "). Left out: " +
        plural(lo.entities, "entity", "entities") + " (" + byType.join(", ") + ").");
    }
    if (lo.relations || lo.cooccurrences) {
      parts.push("Not drawn: " + plural(lo.relations, "typed relation", "typed relations") +
        " and " + plural(lo.cooccurrences, "co-occurrence link", "co-occurrence links") +
        " (an end is left out, or over the limit of " + fmt.format(D.limits.maxEdges) + " links).");
    }
    if (lo.entities) {
      parts.push("Search still finds left-out entities by name. Build with a larger --max-nodes to draw more.");
    }
    if (!parts.length) { return; }
    parts.forEach(function (text) { add(box, el("p", null, text)); });
    var close = el("button", "dismiss", "×");
    close.type = "button";
    close.setAttribute("aria-label", "Dismiss");
    close.addEventListener("click", function () { box.hidden = true; });
    box.appendChild(close);
    box.hidden = false;
  })();

  function updateStatus() {
    var text = "Showing " + plural(shown.nodes, "entity", "entities") + " of " +
      fmt.format(D.entities.length) + " drawn · " +
      plural(shown.relations, "relation", "relations") + " of " + fmt.format(D.relations.length);
    if (D.cooc.length) {
      text += " · " + (S.cooc ? plural(shown.cooc, "co-occurrence link", "co-occurrence links") :
        "co-occurrence links hidden (" + fmt.format(D.cooc.length) + ")");
    }
    $("status").textContent = text;
  }

  /* ---- Legend and filters ----------------------------------------------------------- */

  var typeBoxes = {}, predBoxes = {}, coocBox = null;

  function legendRow(list, icon, name, count, checked, onChange, extraClass) {
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); applyFilters(); });
    add(label, box, icon, el("span", "name" + (extraClass ? " " + extraClass : ""), name),
      el("span", "count", fmt.format(count)));
    add(li, label);
    list.appendChild(li);
    return box;
  }

  D.types.forEach(function (t) {
    typeBoxes[t.name] = legendRow($("type-filters"), shapeIcon(t.shape, t.color), t.name, t.count,
      true, function (on) { S.types[t.name] = on; });
  });
  if (!D.types.length) { add($("type-filters"), el("li", "note", "No entities.")); }

  var es = D.edgeStyle;
  D.predicates.forEach(function (p) {
    predBoxes[p.name] = legendRow($("edge-filters"), lineIcon(es.relation.color, null, true),
      p.name, p.count, true, function (on) { S.preds[p.name] = on; });
  });
  if (D.cooc.length) {
    coocBox = legendRow($("edge-filters"), lineIcon(es.cooccurrence.color, es.cooccurrence.dashes, false),
      "co-occurrence (untyped: named in the same sentence)", D.cooc.length, S.cooc,
      function (on) { S.cooc = on; }, "untyped");
  }
  if (D.relations.some(function (r) { return r.background; })) {
    var bg = el("li", "note");
    add(bg, lineIcon(es.background.color, es.background.dashes, true),
      " dotted: background fact from the gazetteer, not from the text");
    $("edge-filters").appendChild(bg);
  }
  if (!D.predicates.length && !D.cooc.length) {
    add($("edge-filters"), el("li", "note", "No links between the drawn entities."));
  } else if (!D.predicates.length) {
    add($("edge-filters"), el("li", "note", "No typed relations were found between the drawn entities."));
  }

  function syncControls() {
    Object.keys(typeBoxes).forEach(function (t) {
      typeBoxes[t].checked = S.types[t] !== false;
      typeBoxes[t].closest("li").classList.toggle("off", S.types[t] === false);
    });
    Object.keys(predBoxes).forEach(function (p) {
      predBoxes[p].checked = S.preds[p] !== false;
      predBoxes[p].closest("li").classList.toggle("off", S.preds[p] === false);
    });
    if (coocBox) {
      coocBox.checked = S.cooc;
      coocBox.closest("li").classList.toggle("off", !S.cooc);
    }
    $("min-confidence").value = S.minConf;
    $("min-confidence-value").textContent = Number(S.minConf).toFixed(2);
    $("date-from").value = S.from; $("date-to").value = S.to;
    $("include-undated").checked = S.undated;
    $("hide-unlinked").checked = S.hideUnlinked;
  }

  document.querySelectorAll("[data-all], [data-none]").forEach(function (b) {
    b.addEventListener("click", function () {
      var which = b.dataset.all || b.dataset.none, on = Boolean(b.dataset.all);
      if (which === "types") {
        Object.keys(S.types).forEach(function (t) { S.types[t] = on; });
      } else {
        Object.keys(S.preds).forEach(function (p) { S.preds[p] = on; });
        S.cooc = on && D.cooc.length > 0;
      }
      applyFilters();
    });
  });
  $("min-confidence").addEventListener("input", function () {
    S.minConf = Number($("min-confidence").value); applyFilters();
  });
  ["date-from", "date-to"].forEach(function (id) {
    $(id).addEventListener("change", function () {
      S.from = $("date-from").value; S.to = $("date-to").value; applyFilters();
    });
  });
  $("include-undated").addEventListener("change", function () {
    S.undated = $("include-undated").checked; applyFilters();
  });
  $("hide-unlinked").addEventListener("change", function () {
    S.hideUnlinked = $("hide-unlinked").checked; applyFilters();
  });
  if (allDates.length) {
    var first = allDates[0], last = allDates[allDates.length - 1];
    ["date-from", "date-to"].forEach(function (id) { $(id).min = first; $(id).max = last; });
    $("date-note").textContent = "Sources and evidence are dated " + first +
      (first === last ? "" : " to " + last) + ". A link is kept when one of its evidences falls in the range.";
  } else {
    $("date-note").textContent = "No dates in these sources.";
    $("date-from").disabled = true; $("date-to").disabled = true;
  }
  var confs = D.relations.map(function (r) { return r.conf; });
  if (!confs.length) { $("min-confidence").disabled = true; }

  /* ---- Network ---------------------------------------------------------------------- */

  applyFilters();
  var container = $("graph");
  var big = D.entities.length > 500 || D.edges.length > 3000;
  var options = {
    autoResize: true,
    nodes: {
      borderWidth: 1,
      borderWidthSelected: 3,
      scaling: {
        min: 9, max: 34,
        // Small graphs keep every label readable; big ones show small labels on zoom.
        label: D.entities.length <= 150 ?
          { enabled: true, min: 14, max: 22, drawThreshold: 3, maxVisible: 30 } :
          { enabled: true, min: 12, max: 20, drawThreshold: 7, maxVisible: 26 }
      },
      font: { face: "system-ui, sans-serif", color: "#1f2430", strokeWidth: 3, strokeColor: "#ffffff" }
    },
    edges: {
      smooth: false,
      dashes: false,
      arrows: { to: { enabled: true, scaleFactor: 0.6 } },
      selectionWidth: 1.5,
      hoverWidth: 0.5,
      arrowStrikethrough: false,
      scaling: { min: 1, max: 7, label: { enabled: false } },
      font: {
        face: "system-ui, sans-serif", size: 11, color: "#3b4252", strokeWidth: 3,
        strokeColor: "#ffffff", align: "horizontal"
      },
      color: { color: D.edgeStyle.relation.color, highlight: "#1d4f91", hover: "#1d4f91", inherit: false, opacity: 0.85 }
    },
    interaction: {
      hover: true, tooltipDelay: 300, navigationButtons: false, keyboard: false,
      hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false
    },
    layout: { improvedLayout: D.entities.length <= 150, randomSeed: 7 },
    physics: D.physics
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  var progress = $("layout-progress");
  var settled = false;
  function settle() {
    if (settled) { return; }
    settled = true;
    network.setOptions({ physics: { enabled: false } });
    network.fit({ animation: false });
    progress.hidden = true;
    document.documentElement.setAttribute("data-kg-ready", "true");
    if (D.select >= 0) { focusEntity(D.select, true); }
  }
  network.on("stabilizationProgress", function (p) {
    progress.textContent = "Laying out the graph… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settle);
  network.once("stabilized", settle);
  // Whatever happens, the layout stops within a few seconds.
  setTimeout(settle, D.entities.length ? 8000 : 0);
  if (!D.entities.length) {
    add($("stage"), el("div", "empty", "No entities were found in these sources."));
  }

  $("fit").addEventListener("click", function () { network.fit({ animation: { duration: 400 } }); });
  $("relayout").addEventListener("click", function () {
    progress.hidden = false;
    progress.textContent = "Laying out the graph…";
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(D.physics.stabilization.iterations);
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      progress.hidden = true;
      network.fit({ animation: { duration: 400 } });
    });
  });
  $("reset").addEventListener("click", function () {
    resetState(); applyFilters(); $("search-note").textContent = "";
  });

  /* ---- Search ----------------------------------------------------------------------- */

  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[\u2010-\u2015-]/g, " ").replace(/\s+/g, " ").trim();
  }
  var names = [];
  D.entities.forEach(function (e, i) {
    [e.label].concat(e.aliases).forEach(function (n) { names.push({ f: fold(n), name: n, i: i }); });
  });
  D.leftOut.names.forEach(function (x, j) {
    [x[0]].concat(x[2]).forEach(function (n) { names.push({ f: fold(n), name: n, j: j }); });
  });

  function search(query) {
    var q = fold(query);
    if (!q) { return []; }
    var best = new Map();
    names.forEach(function (x) {
      var pos = x.f.indexOf(q);
      if (pos < 0) { return; }
      var rank = x.f === q ? 0 : pos === 0 ? 1 : x.f.charAt(pos - 1) === " " ? 2 : 3;
      var key = x.i !== undefined ? "e" + x.i : "l" + x.j;
      var cur = best.get(key);
      if (!cur || rank < cur.rank) { best.set(key, { rank: rank, name: x.name, i: x.i, j: x.j }); }
    });
    return Array.from(best.values()).sort(function (a, b) {
      var da = a.i === undefined ? 1 : 0, db = b.i === undefined ? 1 : 0;
      return a.rank - b.rank || da - db || (a.i !== undefined ? a.i - b.i : a.j - b.j);
    }).slice(0, 15);
  }

  var results = [], active = 0;
  function renderResults() {
    var list = $("search-results");
    clear(list);
    results.forEach(function (r, k) {
      var li = el("li");
      if (r.i !== undefined) {
        var e = D.entities[r.i], b = el("button");
        b.type = "button";
        add(b, shapeIcon(styleOf(e.type).shape, styleOf(e.type).color, 10), " ", e.label);
        var small = el("small", null, e.type + (r.name !== e.label ? " · also “" + r.name + "”" : ""));
        b.appendChild(small);
        b.addEventListener("click", function () { choose(k); });
        li.appendChild(b);
        if (k === active) { li.className = "active"; }
      } else {
        var x = D.leftOut.names[r.j], span = el("span", "left-out", x[0]);
        span.appendChild(el("small", null, x[1] + " · not drawn: outside the " +
          fmt.format(D.entities.length) + " " + central + " entities"));
        li.appendChild(span);
      }
      list.appendChild(li);
    });
    var q = $("search").value.trim();
    $("search-note").textContent = q && !results.length ? "No entity is named “" + q + "”." : "";
  }
  function choose(k) {
    var r = results[k];
    if (!r || r.i === undefined) { return; }
    focusEntity(r.i, false);
  }
  $("search").addEventListener("input", function () {
    results = search($("search").value); active = 0; renderResults();
  });
  $("search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      ev.preventDefault();
      var k = active;
      while (k < results.length && results[k].i === undefined) { k++; }
      choose(k);
    } else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (results.length) {
        active = (active + (ev.key === "ArrowDown" ? 1 : results.length - 1)) % results.length;
        renderResults();
      }
    } else if (ev.key === "Escape") {
      $("search").value = ""; results = []; renderResults();
    }
  });
  document.addEventListener("keydown", function (ev) {
    var t = ev.target && ev.target.tagName;
    if (ev.key === "/" && t !== "INPUT" && t !== "TEXTAREA" && t !== "SELECT") {
      ev.preventDefault(); $("search").focus();
    }
  });

  function focusEntity(i, quiet) {
    var node = nodes.get(i);
    if (!node) { return; }
    var note = "";
    if (node.hidden) {
      S.pinned.add(i); applyFilters();
      note = "“" + D.entities[i].label + "” is hidden by the current filters; shown anyway.";
    }
    if (!quiet) { $("search-note").textContent = note; }
    network.selectNodes([i]);
    network.focus(i, {
      scale: Math.max(network.getScale(), 1.1),
      animation: { duration: 450, easingFunction: "easeInOutQuad" }
    });
    showEntity(i);
  }

  /* ---- Side panel ------------------------------------------------------------------- */

  var panel = $("panel"), body = $("panel-body");
  function resizeCanvas() {
    // The panel takes width from the drawing: let vis measure its frame again now,
    // rather than on its next polling tick (the view keeps its centre).
    network.setSize("100%", "100%");
    network.redraw();
  }
  $("panel-close").addEventListener("click", function () {
    panel.hidden = true; network.unselectAll(); resizeCanvas();
  });

  function openPanel(title) {
    clear(body);
    body.appendChild(el("h2", null, title));
    if (panel.hidden) { panel.hidden = false; resizeCanvas(); }
    panel.scrollTop = 0;
    return body;
  }
  function section(title) { var h = el("h3", null, title); body.appendChild(h); return h; }
  function entityButton(i) {
    var e = D.entities[i], b = el("button", "entity-link", e.label);
    b.type = "button";
    b.addEventListener("click", function () { focusEntity(i, true); });
    return b;
  }
  function docLine(k) {
    var d = D.docs[k], div = el("div", "doc");
    div.appendChild(el("span", "title", d.title || d.id));
    [d.outlet, d.date].forEach(function (v) { if (v) { add(div, " · " + v); } });
    var href = d.web ? webUrl(d.url) : null;
    if (href) {
      var a = el("a", null, d.url);
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.referrerPolicy = "no-referrer";
      add(div, " · ", a);
    } else if (d.url) {
      add(div, " · ", el("span", "unlinked", d.url + " (not a web address; not linked)"));
    }
    return div;
  }
  function highlighted(text, trigger) {
    var q = el("blockquote");
    var at = trigger ? text.indexOf(trigger) : -1;
    if (at < 0) { q.textContent = text; return q; }
    add(q, text.slice(0, at), el("mark", null, trigger), text.slice(at + trigger.length));
    return q;
  }
  function evidenceList(evs, limit) {
    var ul = el("ul", "evidence");
    var cut = limit && evs.length > limit + 1 ? limit : evs.length, more = null;
    if (cut < evs.length) {
      more = el("button", "entity-link", "Show all " + fmt.format(evs.length) + " evidences");
      more.type = "button";
      more.addEventListener("click", function () { ul.replaceWith(evidenceList(evs)); });
    }
    evs.slice(0, cut).forEach(function (ev) {
      var li = el("li");
      li.appendChild(highlighted(D.sentences[ev.text], ev.trigger));
      var meta = el("div", "meta");
      meta.appendChild(el("span", "badge", "confidence " + Number(ev.conf).toFixed(2)));
      if (ev.hedged) { meta.appendChild(el("span", "badge warn", "hedged")); }
      if (ev.by) { meta.appendChild(el("span", "badge", "according to " + ev.by)); }
      if (ev.date) { meta.appendChild(el("span", "badge", ev.date)); }
      if (ev.rule) { add(meta, "rule " + ev.rule); }
      li.appendChild(meta);
      li.appendChild(docLine(ev.doc));
      ul.appendChild(li);
    });
    if (more) { ul.appendChild(add(el("li"), more)); }
    return ul;
  }
  function relationHead(r, from) {
    var head = el("div", "relation-head");
    add(head, r.s === from ? el("strong", null, D.entities[r.s].label) : entityButton(r.s),
      el("span", "predicate", r.p + " →"),
      r.o === from ? el("strong", null, D.entities[r.o].label) : entityButton(r.o));
    return head;
  }

  function showEntity(i) {
    var e = D.entities[i], st = styleOf(e.type);
    openPanel(e.label);
    var kind = el("div", "kind");
    add(kind, shapeIcon(st.shape, st.color), e.type + (e.kind && e.kind !== e.type ? " · " + e.kind : ""));
    body.appendChild(kind);

    section("Names");
    var ul = el("ul");
    [e.label].concat(e.aliases).forEach(function (n) { ul.appendChild(el("li", null, n)); });
    body.appendChild(ul);

    section("Identifiers");
    var dl = el("dl");
    add(dl, el("dt", null, "IRI"), add(el("dd"), el("code", null, e.iri)));
    e.ids.forEach(function (pair) { add(dl, el("dt", null, pair[0]), el("dd", null, pair[1])); });
    body.appendChild(dl);

    section("Sources");
    body.appendChild(el("p", null, "Named " + plural(e.mentions, "time", "times") + " in " +
      plural(e.docs.length, "document", "documents") + ":"));
    var docs = el("ul", "plain");
    e.docs.forEach(function (k) { docs.appendChild(add(el("li"), docLine(k))); });
    body.appendChild(docs);

    section("Relations (" + e.rels.length + ")");
    if (!e.rels.length) { body.appendChild(el("p", "note", "No typed relation with a drawn entity.")); }
    // Many evidences: two per relation at first, each list opens in place.
    var total = e.rels.reduce(function (n, k) { return n + D.relations[k].ev.length; }, 0);
    var limit = total > 30 ? 2 : 0;
    e.rels.slice().sort(function (a, b) {
      return D.relations[b].ev.length - D.relations[a].ev.length || a - b;
    }).forEach(function (k) {
      var r = D.relations[k], box = el("div", "relation");
      box.appendChild(relationHead(r, i));
      if (r.background) { box.appendChild(el("div", "note", "Background fact from the gazetteer.")); }
      box.appendChild(evidenceList(r.ev, limit));
      body.appendChild(box);
    });

    if (e.coocs.length) {
      section("Named in the same sentence as (" + e.coocs.length + ")");
      body.appendChild(el("p", "note", "Co-occurrence is untyped: it is not a relation the text states."));
      var co = el("ul");
      e.coocs.slice().sort(function (a, b) { return D.cooc[b].w - D.cooc[a].w; }).forEach(function (k) {
        var c = D.cooc[k], other = c.a === i ? c.b : c.a;
        co.appendChild(add(el("li"), entityButton(other), " · " + plural(c.w, "sentence", "sentences")));
      });
      body.appendChild(co);
    }
    if (e.omitted) {
      body.appendChild(el("p", "note", plural(e.omitted, "more link", "more links") +
        " to entities that this page does not draw."));
    }
  }

  function showRelation(k) {
    var r = D.relations[k];
    openPanel(D.entities[r.s].label + " " + r.p + " " + D.entities[r.o].label);
    body.appendChild(relationHead(r, -1));
    var facts = el("p", "note", plural(r.ev.length, "evidence", "evidences") + " · best confidence " +
      Number(r.conf).toFixed(2) + (r.date ? " · earliest date " + r.date : ""));
    body.appendChild(facts);
    if (r.background) { body.appendChild(el("p", "note", "Background fact from the gazetteer, not from the text.")); }
    section("Evidence");
    body.appendChild(evidenceList(r.ev));
  }

  function showCooccurrence(k) {
    var c = D.cooc[k];
    openPanel(D.entities[c.a].label + " — " + D.entities[c.b].label);
    var head = el("div", "relation-head");
    add(head, entityButton(c.a), el("span", "predicate", "and"), entityButton(c.b));
    body.appendChild(head);
    body.appendChild(el("p", "untyped-note", "Named in the same sentence " + plural(c.w, "time", "times") +
      ". Co-occurrence is untyped: it says the two are mentioned together, not how they are related."));
    section("Documents");
    var ul = el("ul", "plain");
    c.docs.forEach(function (d) { ul.appendChild(add(el("li"), docLine(d))); });
    body.appendChild(ul);
  }

  network.on("click", function (p) {
    if (p.nodes.length) { showEntity(p.nodes[0]); return; }
    if (p.edges.length) {
      var id = String(p.edges[0]), k = Number(id.slice(1));
      if (id.charAt(0) === "r") { showRelation(k); } else { showCooccurrence(k); }
    }
  });

  window.kgExplorer = {
    network: network, nodes: nodes, edges: edges, data: D, state: S,
    search: search, focusEntity: focusEntity, applyFilters: applyFilters,
    showEntity: showEntity, showRelation: showRelation, showCooccurrence: showCooccurrence
  };
})();
